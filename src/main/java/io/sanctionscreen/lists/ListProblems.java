package io.sanctionscreen.lists;

import io.sanctionscreen.web.ProblemException;
import jakarta.ws.rs.core.Response;

/** The problems of list imports and refreshes, each with its HTTP status and problem type. */
public final class ListProblems {

  /** 422: the request was understood, but the file cannot be imported. */
  public static final Response.StatusType UNPROCESSABLE =
      new Response.StatusType() {
        @Override
        public int getStatusCode() {
          return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
          return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
          return "Unprocessable Content";
        }
      };

  /** Problem type of a file that is malformed, truncated, of the wrong format or empty. */
  public static final String REJECTED = "list-rejected";

  /** Problem type of a file that would remove too much of the active version. */
  public static final String SHRUNK = "list-shrunk";

  private ListProblems() {}

  /** 422: the file is not a list in the expected format; nothing was imported. */
  public static ProblemException rejected(String detail) {
    return new ProblemException(UNPROCESSABLE, REJECTED, "List file rejected", detail);
  }

  /** 422: the file would remove more of the list than allowed; nothing was imported. */
  public static ProblemException shrunk(String detail) {
    return new ProblemException(UNPROCESSABLE, SHRUNK, "List shrank too much", detail);
  }

  /** 413: the file is larger than the configured limit. */
  public static ProblemException tooLarge(String detail) {
    return new ProblemException(
        Response.Status.REQUEST_ENTITY_TOO_LARGE, "file-too-large", "File too large", detail);
  }

  /** 409: another import holds the import lock; the caller may retry. */
  public static ProblemException busy() {
    return new ProblemException(
        Response.Status.CONFLICT,
        "import-in-progress",
        "Import in progress",
        "Another list import is running (on this or another replica); retry when it is done.");
  }

  /** 409: the source has no download address. */
  public static ProblemException notConfigured(String detail) {
    return new ProblemException(
        Response.Status.CONFLICT, "refresh-not-configured", "No download address", detail);
  }

  /** 502: the download address answered with an error or could not be reached. */
  public static ProblemException downloadFailed(String detail) {
    return new ProblemException(
        Response.Status.BAD_GATEWAY, "download-failed", "Download failed", detail);
  }

  /** 504: the download did not finish in time. */
  public static ProblemException downloadTimedOut(String detail) {
    return new ProblemException(
        Response.Status.GATEWAY_TIMEOUT, "download-timeout", "Download timed out", detail);
  }

  /** 404: no such source. */
  public static ProblemException unknownSource(String sourceId) {
    String known =
        SourceCatalog.known().stream()
            .map(SourceCatalog.SourceInfo::id)
            .collect(java.util.stream.Collectors.joining(", "));
    return ProblemException.notFound(
        "No list source '"
            + sourceId
            + "'; the sources are "
            + known
            + ", custom-<name> and opensanctions-<dataset>");
  }
}
