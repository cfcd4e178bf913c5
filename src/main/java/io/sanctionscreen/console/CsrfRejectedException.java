package io.sanctionscreen.console;

/** A console form was posted without the CSRF token of the browser and user. */
public class CsrfRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CsrfRejectedException() {
    super("The form's CSRF token is missing or not valid.");
  }
}
