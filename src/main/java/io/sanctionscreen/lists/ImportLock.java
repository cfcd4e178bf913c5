package io.sanctionscreen.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.Set;

/**
 * The one import lock of all replicas: a row of {@code list_import_lock} held for update until the
 * transaction that took it ends, so that imports and refresh bookkeeping never interleave.
 */
@ApplicationScoped
public class ImportLock {

  /** H2's and PostgreSQL's SQL states of a lock wait that gave up. */
  private static final Set<String> LOCK_TIMEOUT_STATES = Set.of("HYT00", "55P03");

  private final EntityManager em;

  ImportLock(EntityManager em) {
    this.em = em;
  }

  /**
   * Takes the lock for the rest of the current transaction: a second importer, on this replica or
   * another, waits until this transaction ends.
   *
   * @throws io.sanctionscreen.errors.ConflictException if the wait times out
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void take() {
    try {
      em.createNativeQuery("select name from list_import_lock where name = 'import' for update")
          .getSingleResult();
    } catch (PersistenceException e) {
      if (isLockTimeout(e)) {
        throw ListProblems.busy();
      }
      throw e;
    }
  }

  /**
   * Whether a failure was a lock wait that gave up. Failures of a broken connection may carry no
   * SQL state at all; they are database failures (503), not a busy lock.
   */
  static boolean isLockTimeout(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s
          && s.getSQLState() != null
          && LOCK_TIMEOUT_STATES.contains(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
