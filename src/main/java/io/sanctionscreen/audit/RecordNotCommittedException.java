package io.sanctionscreen.audit;

import io.sanctionscreen.errors.UnavailableException;

/** A screening's audit record was not committed (database away, or too slow): no answer. */
public class RecordNotCommittedException extends UnavailableException {

  private static final long serialVersionUID = 1L;

  RecordNotCommittedException(Throwable cause) {
    super(
        "storage-unavailable",
        "Storage unavailable",
        "The audit record could not be written; no answer is given without it. Retry later.",
        cause);
  }
}
