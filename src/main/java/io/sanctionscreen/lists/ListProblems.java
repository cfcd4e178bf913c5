package io.sanctionscreen.lists;

import io.sanctionscreen.errors.ConflictException;
import io.sanctionscreen.errors.NotFoundException;
import io.sanctionscreen.errors.RejectedContentException;
import io.sanctionscreen.errors.TooLargeException;
import io.sanctionscreen.errors.UpstreamException;
import java.util.stream.Collectors;

/**
 * The failures of list imports and refreshes, each as the {@code errors} kind that says what went
 * wrong and its stable problem type; the web layer alone decides the HTTP status.
 */
public final class ListProblems {

  /** Problem type of a file that is malformed, truncated, of the wrong format or empty. */
  public static final String REJECTED = "list-rejected";

  /** Problem type of a file that would remove too much of the active version. */
  public static final String SHRUNK = "list-shrunk";

  private ListProblems() {}

  /** The file is not a list in the expected format; nothing was imported. */
  public static RejectedContentException rejected(String detail) {
    return new RejectedContentException(REJECTED, "List file rejected", detail);
  }

  /** The file would remove more of the list than allowed; nothing was imported. */
  public static RejectedContentException shrunk(String detail) {
    return new RejectedContentException(SHRUNK, "List shrank too much", detail);
  }

  /** The file is larger than the configured limit. */
  public static TooLargeException tooLarge(String detail) {
    return new TooLargeException("file-too-large", "File too large", detail);
  }

  /** Another import holds the import lock; the caller may retry. */
  public static ConflictException busy() {
    return new ConflictException(
        "import-in-progress",
        "Import in progress",
        "Another list import is running (on this or another replica); retry when it is done.");
  }

  /** The source has no download address. */
  public static ConflictException notConfigured(String detail) {
    return new ConflictException("refresh-not-configured", "No download address", detail);
  }

  /** The download address answered with an error or could not be reached. */
  public static UpstreamException downloadFailed(String detail) {
    return new UpstreamException("download-failed", "Download failed", detail, false);
  }

  /** The download did not finish in time. */
  public static UpstreamException downloadTimedOut(String detail) {
    return new UpstreamException("download-timeout", "Download timed out", detail, true);
  }

  /** No such source. */
  public static NotFoundException unknownSource(String sourceId) {
    String known =
        SourceCatalog.known().stream()
            .map(SourceCatalog.SourceInfo::id)
            .collect(Collectors.joining(", "));
    return new NotFoundException(
        "No list source '"
            + sourceId
            + "'; the sources are "
            + known
            + ", custom-<name> and opensanctions-<dataset>");
  }
}
