package io.sanctionscreen.errors;

/** Something the caller named (an entry, a source, a record) does not exist. */
public class NotFoundException extends ServiceException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String detail) {
    super("not-found", "Not found", detail, null);
  }
}
