package io.sanctionscreen.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Monitoring's meters: alerts raised (counted once their transaction commits), alerts open and
 * pending approval (read from the database every 15 s, so every replica reports the shared
 * figures), and the duration of full re-screens.
 */
@ApplicationScoped
@Startup
public class MonitoringMetrics {

  /** Alerts raised on this replica. */
  public static final String RAISED = "monitoring.alerts.raised";

  /** Alerts by status: open, escalated, pending approval. */
  public static final String ALERTS = "monitoring.alerts";

  /** Time a full re-screen took, from its start to its last chunk. */
  public static final String RESCREEN = "monitoring.rescreen.duration";

  private final Counter raised;
  private final Timer rescreen;
  private final AtomicLong open = new AtomicLong();
  private final AtomicLong escalated = new AtomicLong();
  private final AtomicLong pending = new AtomicLong();
  private final AlertService alerts;

  public MonitoringMetrics(MeterRegistry registry, AlertService alerts) {
    this.alerts = alerts;
    this.raised =
        Counter.builder(RAISED).description("Alerts raised on this replica").register(registry);
    this.rescreen =
        Timer.builder(RESCREEN).description("Duration of full re-screens").register(registry);
    registry.gauge(ALERTS, io.micrometer.core.instrument.Tags.of("status", "open"), open);
    registry.gauge(ALERTS, io.micrometer.core.instrument.Tags.of("status", "escalated"), escalated);
    registry.gauge(
        ALERTS, io.micrometer.core.instrument.Tags.of("status", "pending_approval"), pending);
  }

  void alertRaised(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertRaised a) {
    raised.increment();
  }

  void rescreenFinished(Duration d) {
    rescreen.record(d);
  }

  /** Reads the shared counts of open and pending alerts. */
  @Scheduled(
      identity = "monitoring-alert-counts",
      every = "15s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @Transactional
  void refresh() {
    open.set(alerts.count(AlertStatus.OPEN));
    escalated.set(alerts.count(AlertStatus.ESCALATED));
    pending.set(alerts.count(AlertStatus.PENDING_APPROVAL));
  }
}
