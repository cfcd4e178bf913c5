package io.sanctionscreen.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.sanctionscreen.index.IndexGeneration;
import io.sanctionscreen.index.IndexService;
import io.sanctionscreen.lists.ListInfo;
import io.sanctionscreen.lists.ListQueryService;
import io.sanctionscreen.lists.ListVersionCommitted;
import io.sanctionscreen.lists.ListsConfig;
import io.sanctionscreen.lists.ListsReady;
import io.sanctionscreen.lists.RefreshOutcome;
import io.sanctionscreen.lists.importing.ImportOutcome;
import io.sanctionscreen.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.jboss.logging.Logger;

/**
 * Measures the lists: per source, the version this replica's index serves and its entry count (read
 * from the index in memory), and how old the list is and whether it is stale (the same reckoning as
 * the lists readiness check, from list state read every {@value #READ_EVERY} and after every
 * import, never during a scrape); and counts imports by source, trigger and result.
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
  private final IndexService index;
  private final ListQueryService lists;
  private final Duration maxAge;
  private final Clock clock;
  private final Set<String> registered = ConcurrentHashMap.newKeySet();
  private final Map<String, Counter> imports = new ConcurrentHashMap<>();

  /** The list state last read, by source; null while the last read failed. */
  private volatile Map<String, State> states;

  public ListMetrics(
      MeterRegistry registry,
      IndexService index,
      ListQueryService lists,
      ListsConfig config,
      Clock clock) {
    this.registry = registry;
    this.index = index;
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
    served(
        source,
        "screening.list.version",
        "The list version this replica serves",
        null,
        v -> v.versionId());
    served(
        source,
        "screening.list.entries",
        "Entries in the version this replica serves",
        null,
        v -> v.entryCount());
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

  /** A gauge of a source's version in the current index generation; NaN if it holds none. */
  private void served(
      String source,
      String name,
      String description,
      String unit,
      ToDoubleFunction<IndexGeneration.SourceVersion> value) {
    Gauge.builder(
            name,
            this,
            m ->
                m.index
                    .current()
                    .flatMap(
                        g ->
                            g.versions().stream()
                                .filter(v -> v.source().equals(source))
                                .findFirst())
                    .map(value::applyAsDouble)
                    .orElse(Double.NaN))
        .description(description)
        .tag("source", source)
        .baseUnit(unit)
        .strongReference(true)
        .register(registry);
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
                    .tag("trigger", ScreeningMetrics.tag(trigger))
                    .tag("result", ScreeningMetrics.tag(result))
                    .register(registry))
        .increment();
  }

  /**
   * Runs an upload's import and counts how it ended: imported, unchanged, rejected (the file or a
   * parameter was refused) or failed (the import lock was busy, or the server failed).
   */
  public ImportOutcome upload(String source, Supplier<ImportOutcome> work) {
    ImportOutcome outcome;
    try {
      outcome = work.get();
    } catch (ProblemException e) {
      int status = e.status().getStatusCode();
      imported(
          source,
          Trigger.UPLOAD,
          status < 500 && status != 409 ? RefreshOutcome.REJECTED : RefreshOutcome.FAILED);
      throw e;
    } catch (RuntimeException e) {
      imported(source, Trigger.UPLOAD, RefreshOutcome.FAILED);
      throw e;
    }
    imported(
        source,
        Trigger.UPLOAD,
        outcome.created() ? RefreshOutcome.IMPORTED : RefreshOutcome.UNCHANGED);
    return outcome;
  }
}
