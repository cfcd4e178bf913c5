package io.sanctionscreen.errors;

/**
 * A failure a feature reports by what went wrong, never by how it is answered: the subclass says
 * the kind (not found, invalid input, conflict...), {@link #code()} the stable problem type, and
 * the message what exactly was wrong. The web layer alone turns these into HTTP answers.
 */
public abstract class ServiceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String title;

  protected ServiceException(String code, String title, String detail, Throwable cause) {
    super(detail, cause);
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("code must not be blank");
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("title must not be blank");
    }
    this.code = code;
    this.title = title;
  }

  /** A short, stable slug naming the problem (such as {@code list-rejected}). */
  public String code() {
    return code;
  }

  /** A short, fixed summary of the problem. */
  public String title() {
    return title;
  }
}
