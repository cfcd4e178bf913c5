package io.sanctionscreen.monitoring;

import io.quarkus.scheduler.Scheduled;
import io.sanctionscreen.errors.ServiceException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Runs the re-screen jobs this replica can claim, one chunk (one transaction) at a time. A replica
 * that stops mid-job leaves the job with its cursor and a lease that runs out; whichever replica
 * looks next resumes it.
 */
@ApplicationScoped
public class RescreenWorker {

  private static final Logger LOG = Logger.getLogger(RescreenWorker.class);

  /** This replica, as a lease owner. */
  private final String owner = "replica-" + UUID.randomUUID();

  private final RescreenService jobs;
  private final MonitoringMetrics metrics;

  public RescreenWorker(RescreenService jobs, MonitoringMetrics metrics) {
    this.jobs = jobs;
    this.metrics = metrics;
  }

  @Scheduled(
      identity = "monitoring-rescreen",
      every = "${screening.monitoring.rescreen-poll:2s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void poll() {
    try {
      for (long id : jobs.claimable()) {
        if (jobs.claim(id, owner)) {
          run(id);
        }
      }
    } catch (RuntimeException e) {
      // The database away, say: the lease runs out and a replica resumes the job later.
      LOG.warnf("Re-screen jobs could not be run now: %s", e.toString());
    }
  }

  private void run(long id) {
    LOG.infof("Re-screen %d taken by %s", id, owner);
    while (true) {
      RescreenService.Chunk c;
      try {
        c = jobs.runChunk(id, owner);
      } catch (ServiceException e) {
        // The index is not ready, say: stop here, the lease runs out and the job is resumed.
        LOG.warnf("Re-screen %d paused: %s", id, e.getMessage());
        return;
      }
      if (c.finishedAfter() != null) {
        metrics.rescreenFinished(c.finishedAfter());
        LOG.infof("Re-screen %d done in %s", id, c.finishedAfter());
      }
      if (!c.more()) {
        return;
      }
    }
  }
}
