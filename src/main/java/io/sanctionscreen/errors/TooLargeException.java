package io.sanctionscreen.errors;

/** The content is larger than a configured bound; it was refused before or while being read. */
public class TooLargeException extends ServiceException {

  private static final long serialVersionUID = 1L;

  public TooLargeException(String code, String title, String detail) {
    super(code, title, detail, null);
  }
}
