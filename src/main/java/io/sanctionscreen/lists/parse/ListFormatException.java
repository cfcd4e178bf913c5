package io.sanctionscreen.lists.parse;

/** A list file that cannot be read as the format it claims: nothing of it is imported. */
public class ListFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ListFormatException(String message) {
    super(message);
  }

  public ListFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
