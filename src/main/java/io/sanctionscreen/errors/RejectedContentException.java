package io.sanctionscreen.errors;

/** The content was read but cannot be used: malformed, truncated, of the wrong kind, or unsafe. */
public class RejectedContentException extends ServiceException {

  private static final long serialVersionUID = 1L;

  public RejectedContentException(String code, String title, String detail) {
    super(code, title, detail, null);
  }

  public RejectedContentException(String code, String title, String detail, Throwable cause) {
    super(code, title, detail, cause);
  }
}
