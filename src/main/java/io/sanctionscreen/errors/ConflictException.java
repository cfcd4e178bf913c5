package io.sanctionscreen.errors;

/** The request cannot be carried out in the current state (a lock held, a rule of the workflow). */
public class ConflictException extends ServiceException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String code, String title, String detail) {
    super(code, title, detail, null);
  }
}
