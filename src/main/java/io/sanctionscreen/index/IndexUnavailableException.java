package io.sanctionscreen.index;

import io.sanctionscreen.web.ProblemException;
import jakarta.ws.rs.core.Response;

/** No index generation is built yet: screening cannot answer, so it fails closed. */
public class IndexUnavailableException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public IndexUnavailableException() {
    super(
        Response.Status.SERVICE_UNAVAILABLE,
        "index-unavailable",
        "Screening index not ready",
        "The sanctions lists are still being loaded; retry shortly.");
  }
}
