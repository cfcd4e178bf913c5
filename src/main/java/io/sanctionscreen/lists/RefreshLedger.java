package io.sanctionscreen.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * When each source was last refreshed and how that ended, kept on its source row. Each step is its
 * own transaction under the import lock, so of several replicas only one refreshes a source at a
 * time, and the ledger survives a refresh that fails.
 */
@ApplicationScoped
public class RefreshLedger {

  private final ImportLock lock;
  private final ListSourceRepository sources;

  RefreshLedger(ImportLock lock, ListSourceRepository sources) {
    this.lock = lock;
    this.sources = sources;
  }

  /**
   * Marks the start of a refresh of a source, if one is due: none began within {@code interval} on
   * any replica. The check and the mark happen under the import lock, so of several replicas
   * checking at once only one refreshes.
   *
   * @return whether the caller should refresh now
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claim(String sourceId, Duration interval) {
    lock.take();
    ListSource source = sources.findOrCreate(sourceId);
    Instant now = Instant.now();
    if (source.lastRefreshAt != null && source.lastRefreshAt.isAfter(now.minus(interval))) {
      return false;
    }
    markRunning(source, now);
    return true;
  }

  /** Marks the start of a refresh asked for now, due or not. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void start(String sourceId) {
    lock.take();
    markRunning(sources.findOrCreate(sourceId), Instant.now());
  }

  /** Records how a refresh ended; {@code error} says why it failed (null on success). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void end(String sourceId, RefreshOutcome outcome, String error) {
    lock.take();
    ListSource source = sources.findOrCreate(sourceId);
    source.lastRefreshOutcome = outcome;
    source.lastRefreshError = Text.truncate(error, 2000);
    if (outcome == RefreshOutcome.IMPORTED || outcome == RefreshOutcome.UNCHANGED) {
      source.lastRefreshOkAt = Instant.now();
    }
  }

  private static void markRunning(ListSource source, Instant now) {
    source.lastRefreshAt = now;
    source.lastRefreshOutcome = RefreshOutcome.RUNNING;
    source.lastRefreshError = null;
  }
}
