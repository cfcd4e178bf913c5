package io.sanctionscreen.web;

import jakarta.ws.rs.core.Response;

/** A 400 for one field or parameter the caller sent with a bad value. */
public class InvalidFieldException extends ProblemException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidFieldException(String field, String message) {
    super(
        Response.Status.BAD_REQUEST, "invalid-request", "Invalid request", field + ": " + message);
    this.field = field;
  }

  /** The field or parameter that was wrong. */
  public String field() {
    return field;
  }

  /** What was wrong with it. */
  public String reason() {
    String m = getMessage();
    return m.substring(field.length() + 2);
  }
}
