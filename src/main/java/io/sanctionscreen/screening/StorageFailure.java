package io.sanctionscreen.screening;

import io.sanctionscreen.audit.RecordNotCommittedException;
import io.sanctionscreen.errors.UnavailableException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/** Recognizes a failure of the database behind the audit trail, and says it as screening does. */
public final class StorageFailure {

  private StorageFailure() {}

  /** Whether the database failed somewhere under this exception. */
  public static boolean causes(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PersistenceException
          || t instanceof SQLException
          || t instanceof RecordNotCommittedException) {
        return true;
      }
    }
    return false;
  }

  /** The answer to a screening that could not be recorded: nothing was, retry later. */
  public static UnavailableException unavailable(Throwable cause) {
    return new UnavailableException(
        "storage-unavailable",
        "Storage unavailable",
        "The database cannot be reached; nothing was recorded. Retry later.",
        cause);
  }
}
