package io.sanctionscreen.screening;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Counts screenings by outcome, purpose and channel, times them by channel and measures how many
 * hits they return, from the events screening publishes. Tags take only these enumerations' values,
 * never names or callers, so the number of series stays fixed.
 */
@ApplicationScoped
@Startup
public class ScreeningMetrics {

  /** Screenings recorded, by outcome, purpose and channel. */
  public static final String SCREENINGS = "screening.screenings";

  /** Time from request to audit record, by channel. */
  public static final String DURATION = "screening.duration";

  /** Hits per screening, by channel. */
  public static final String HITS = "screening.hits";

  /** Screenings that could not be recorded in the audit trail, by channel. */
  public static final String AUDIT_FAILURES = "screening.audit.failures";

  /** The purpose tag of a screening that states none. */
  static final String NO_PURPOSE = "none";

  /** Buckets an SLO is likely stated in; the percentile histogram adds its own between them. */
  private static final Duration[] LATENCY_SLOS = {
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofSeconds(2)
  };

  private static final double[] HIT_BUCKETS = {1, 2, 5, 10, 25, 50, 100};

  private final MeterRegistry registry;
  private final Map<Channel, ChannelMeters> channels = new ConcurrentHashMap<>();

  /** The meters of one channel. */
  private record ChannelMeters(
      Map<Outcome, Map<String, Counter>> screenings,
      Timer duration,
      DistributionSummary hits,
      Counter auditFailures) {}

  public ScreeningMetrics(MeterRegistry registry) {
    this.registry = registry;
    // The channels of the service exist from the start at zero, so that rate() sees the first
    // screening of a kind; the others appear with their first screening.
    for (Channel channel : EnumSet.of(Channel.API, Channel.BATCH, Channel.CLI, Channel.CONSOLE)) {
      meters(channel);
    }
  }

  /** Counts a recorded screening, its duration and its hits. */
  void screened(@Observes ScreeningDone s) {
    ChannelMeters m = meters(s.channel());
    m.screenings()
        .get(s.outcome())
        .get(s.purpose() == null ? NO_PURPOSE : tag(s.purpose()))
        .increment();
    m.duration().record(s.elapsedNanos(), TimeUnit.NANOSECONDS);
    m.hits().record(s.hitCount());
  }

  /** Counts a screening, or a chunk of batch rows, refused because it could not be recorded. */
  void auditFailed(@Observes AuditWriteFailed f) {
    meters(f.channel()).auditFailures().increment();
  }

  private ChannelMeters meters(Channel channel) {
    return channels.computeIfAbsent(channel, this::register);
  }

  private ChannelMeters register(Channel channel) {
    Map<Outcome, Map<String, Counter>> screenings = new EnumMap<>(Outcome.class);
    for (Outcome outcome : Outcome.values()) {
      Map<String, Counter> byPurpose = new HashMap<>();
      byPurpose.put(NO_PURPOSE, counter(channel, outcome, NO_PURPOSE));
      for (Purpose purpose : Purpose.values()) {
        byPurpose.put(tag(purpose), counter(channel, outcome, tag(purpose)));
      }
      screenings.put(outcome, byPurpose);
    }
    return new ChannelMeters(
        screenings,
        Timer.builder(DURATION)
            .description("Time to screen a name and write its audit record")
            .tag("channel", tag(channel))
            .publishPercentileHistogram()
            .serviceLevelObjectives(LATENCY_SLOS)
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(Duration.ofSeconds(10))
            .register(registry),
        DistributionSummary.builder(HITS)
            .description("Hits returned per screening")
            .tag("channel", tag(channel))
            .serviceLevelObjectives(HIT_BUCKETS)
            .register(registry),
        Counter.builder(AUDIT_FAILURES)
            .description(
                "Screenings, or chunks of batch rows, refused because their audit record could"
                    + " not be written")
            .tag("channel", tag(channel))
            .register(registry));
  }

  private Counter counter(Channel channel, Outcome outcome, String purpose) {
    return Counter.builder(SCREENINGS)
        .description("Screenings answered and recorded, by outcome, purpose and channel")
        .tag("channel", tag(channel))
        .tag("outcome", tag(outcome))
        .tag("purpose", purpose)
        .register(registry);
  }

  /** The tag value of an enumeration constant: its name in lower case. */
  static String tag(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
