package io.sanctionscreen.errors;

/** One field or parameter the caller sent has a value that cannot be used. */
public class InvalidInputException extends ServiceException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String reason;

  public InvalidInputException(String field, String reason) {
    super("invalid-request", "Invalid request", field + ": " + reason, null);
    this.field = field;
    this.reason = reason;
  }

  /** The field or parameter that was wrong. */
  public String field() {
    return field;
  }

  /** What was wrong with it. */
  public String reason() {
    return reason;
  }
}
