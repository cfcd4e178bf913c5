package io.sanctionscreen.lists;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Telling a busy import lock (409) from a database failure (503). A connection that breaks while an
 * import takes the lock fails with exceptions that may carry no SQL state at all (Agroal's
 * "Exception in association of connection to existing transaction"); that used to end in a
 * NullPointerException and a 500 (seen in io.sanctionscreen.failure.DatabaseOutageTest with the
 * pool's validation off).
 */
class ImportLockFailureTest {

  @Test
  void lockWaitsThatGaveUpAreLockTimeouts() {
    assertThat(ImportLock.isLockTimeout(wrapped(new SQLException("timeout", "HYT00")))).isTrue();
    assertThat(ImportLock.isLockTimeout(wrapped(new SQLException("lock", "55P03")))).isTrue();
  }

  @Test
  void brokenConnectionsAreNotLockTimeoutsWhateverTheirState() {
    assertThat(ImportLock.isLockTimeout(wrapped(new SQLException("no state")))).isFalse();
    assertThat(ImportLock.isLockTimeout(wrapped(new SQLException("broken", "08006")))).isFalse();
    assertThat(ImportLock.isLockTimeout(new PersistenceException("no cause"))).isFalse();
  }

  private static PersistenceException wrapped(SQLException e) {
    return new PersistenceException("Unable to acquire JDBC Connection", e);
  }
}
