package io.sanctionscreen.errors;

/**
 * The service cannot answer now (lists still loading, the database away, the audit trail not
 * writable), and the caller may retry; nothing was done.
 */
public class UnavailableException extends ServiceException {

  private static final long serialVersionUID = 1L;

  public UnavailableException(String code, String title, String detail) {
    super(code, title, detail, null);
  }

  public UnavailableException(String code, String title, String detail, Throwable cause) {
    super(code, title, detail, cause);
  }
}
