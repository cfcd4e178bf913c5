package io.sanctionscreen.lists;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.sanctionscreen.errors.ConflictException;
import io.sanctionscreen.errors.ServiceException;
import io.sanctionscreen.errors.UnavailableException;
import io.sanctionscreen.errors.UpstreamException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.jboss.logging.Logger;

/**
 * Measures the lists: per source, how old the list is and whether it is stale (the same reckoning
 * as the lists readiness check, from list state read every {@value #READ_EVERY} and after every
 * import, never during a scrape); and counts imports by source, trigger and result. What version
 * this replica's index serves is the index's to measure ({@code screening.list.version} and {@code
 * .entries} in {@code io.sanctionscreen.index.IndexMetrics}): lists never reach into the index.
 */
@ApplicationScoped
@Startup
public class ListMetrics {

  private static final String SECONDS = "seconds";

  private static final Logger LOG = Logger.getLogger(ListMetrics.class);

  /** How often the list state behind the age and staleness gauges is read from the database. */
  static final String READ_EVERY = "30s";

  /** Imports and refreshes by source, trigger and result. */
  public static final String IMPORTS = "screening.list.imports";

  /** What started an import. */
  public enum Trigger {
    /** The bundled snapshot imported at start-up. */
    BUNDLED,
    /** A file uploaded over the API. */
    UPLOAD,
    /** A refresh from the download address, asked for or scheduled. */
    REFRESH
  }

  /** What the age and staleness gauges need of a source: currentAsOf is null without a version. */
  private record State(Instant currentAsOf) {}

  private final MeterRegistry registry;
  private final ListQueryService lists;
  private final Duration maxAge;
  private final Clock clock;
  private final Set<String> registered = ConcurrentHashMap.newKeySet();
  private final Map<String, Counter> imports = new ConcurrentHashMap<>();

  /** The list state last read, by source; null while the last read failed. */
  private volatile Map<String, State> states;

  public ListMetrics(
      MeterRegistry registry, ListQueryService lists, ListsConfig config, Clock clock) {
    this.registry = registry;
    this.lists = lists;
    this.maxAge = config.maxAge();
    this.clock = clock;
    Gauge.builder("screening.list.max.age", () -> maxAge.toMillis() / 1000.0)
        .description("The age above which a list counts as stale (screening.lists.max-age)")
        .baseUnit(SECONDS)
        .register(registry);
  }

  void onListsReady(@Observes ListsReady event) {
    read();
  }

  void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListVersionCommitted event) {
    read();
  }

  @Scheduled(
      every = READ_EVERY,
      delayed = READ_EVERY,
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    read();
  }

  /**
   * Reads the list state behind the age and staleness gauges, and registers the gauges of sources
   * seen for the first time. If the database cannot be read, those gauges are NaN until it can.
   */
  public void read() {
    List<ListInfo> all;
    try {
      all = QuarkusTransaction.requiringNew().call(lists::lists);
    } catch (RuntimeException e) {
      states = null;
      LOG.warnf("List state for metrics cannot be read (%s); list ages are NaN meanwhile", e);
      return;
    }
    Map<String, State> next = new HashMap<>();
    for (ListInfo l : all) {
      next.put(l.source(), new State(l.version() == null ? null : l.currentAsOf()));
    }
    states = Map.copyOf(next);
    for (String source : next.keySet()) {
      if (registered.add(source)) {
        register(source);
      }
    }
  }

  private void register(String source) {
    stated(
        source,
        "screening.list.age",
        "Time since the list date or the last refresh that confirmed the content",
        SECONDS,
        s -> s.currentAsOf() == null ? Double.NaN : ageSeconds(s.currentAsOf()));
    stated(
        source,
        "screening.list.stale",
        "1 when the list is older than the maximum age (or has no version), else 0",
        null,
        s ->
            s.currentAsOf() == null || ageSeconds(s.currentAsOf()) > maxAge.toMillis() / 1000.0
                ? 1
                : 0);
  }

  private double ageSeconds(Instant currentAsOf) {
    return Math.max(0, Duration.between(currentAsOf, clock.instant()).toMillis() / 1000.0);
  }

  /** A gauge of a source's state as last read; NaN if the last read failed. */
  private void stated(
      String source, String name, String description, String unit, ToDoubleFunction<State> value) {
    Gauge.builder(
            name,
            this,
            m -> {
              Map<String, State> s = m.states;
              State state = s == null ? null : s.get(source);
              return state == null ? Double.NaN : value.applyAsDouble(state);
            })
        .description(description)
        .tag("source", source)
        .baseUnit(unit)
        .strongReference(true)
        .register(registry);
  }

  /** Counts how an import or refresh of a known source ended. */
  public void imported(String source, Trigger trigger, RefreshOutcome result) {
    imports
        .computeIfAbsent(
            source + ' ' + trigger + ' ' + result,
            k ->
                Counter.builder(IMPORTS)
                    .description("List imports and refreshes by source, trigger and result")
                    .tag("source", source)
                    .tag("trigger", tag(trigger))
                    .tag("result", tag(result))
                    .register(registry))
        .increment();
  }

  /**
   * Runs an upload's import and counts how it ended: imported, unchanged, rejected (the file or a
   * parameter was refused) or failed (the import lock was busy, or the server failed).
   *
   * @param created whether the import's outcome stored a new version
   */
  public <T> T upload(String source, Supplier<T> work, Predicate<T> created) {
    T outcome;
    try {
      outcome = work.get();
    } catch (RuntimeException e) {
      imported(source, Trigger.UPLOAD, failure(e));
      throw e;
    }
    imported(
        source,
        Trigger.UPLOAD,
        created.test(outcome) ? RefreshOutcome.IMPORTED : RefreshOutcome.UNCHANGED);
    return outcome;
  }

  /**
   * Rejected when the caller's file or parameters were refused; failed when the import could not
   * run (the lock busy, the database or a dependency away, a server error).
   */
  static RefreshOutcome failure(RuntimeException e) {
    if (e instanceof ServiceException
        && !(e instanceof ConflictException
            || e instanceof UnavailableException
            || e instanceof UpstreamException)) {
      return RefreshOutcome.REJECTED;
    }
    return RefreshOutcome.FAILED;
  }

  /** The tag value of an enumeration constant: its name in lower case. */
  private static String tag(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
