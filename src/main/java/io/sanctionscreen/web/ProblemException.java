package io.sanctionscreen.web;

import jakarta.ws.rs.core.Response;

/**
 * An error the caller is told about as an RFC 7807 problem: it carries its HTTP status, a short
 * problem type and title, and a detail that says what was wrong.
 */
public class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Response.StatusType status;
  private final String type;
  private final String title;

  public ProblemException(Response.StatusType status, String type, String title, String detail) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
  }

  /** The HTTP status. */
  public Response.StatusType status() {
    return status;
  }

  /** The problem type, a short slug appended to the problem type base URI. */
  public String type() {
    return type;
  }

  /** A short, fixed summary of the problem type. */
  public String title() {
    return title;
  }

  /** A 404 for something the caller named that does not exist. */
  public static ProblemException notFound(String what) {
    return new ProblemException(Response.Status.NOT_FOUND, "not-found", "Not found", what);
  }

  /** A 400 for a parameter with a bad value. */
  public static ProblemException badRequest(String field, String message) {
    return new InvalidFieldException(field, message);
  }
}
