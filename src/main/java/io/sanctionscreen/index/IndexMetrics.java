package io.sanctionscreen.index;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * Measures this replica's name index from the events the index publishes: the current generation's
 * size and age, how long builds take, how often rebuilding failed, and per source the list version
 * the generation serves and its entry count. A scrape never touches the index or the database.
 */
@ApplicationScoped
@Startup
public class IndexMetrics {

  private static final String SECONDS = "seconds";

  private final MeterRegistry registry;
  private final Timer builds;
  private final Counter failures;
  private final Set<String> sources = ConcurrentHashMap.newKeySet();
  private volatile IndexGenerationBuilt current;

  public IndexMetrics(MeterRegistry registry, Clock clock) {
    this.registry = registry;
    this.builds =
        Timer.builder("screening.index.build")
            .description("Builds of the name index; the count is the number of (re)builds")
            .register(registry);
    this.failures =
        Counter.builder("screening.index.build.failures")
            .description(
                "Rebuilds of the name index, or checks for new list versions, that failed; the"
                    + " previous generation keeps serving")
            .register(registry);
    gauge("screening.index.entries", "List entries in the current index", null, b -> b.entries());
    gauge(
        "screening.index.names",
        "Names (aliases included) in the current index",
        null,
        b -> b.names());
    gauge(
        "screening.index.last.build",
        "How long the build of the current index took",
        SECONDS,
        b -> b.buildMillis() / 1000.0);
    gauge(
        "screening.index.age",
        "Time since the current index was built",
        SECONDS,
        b -> Math.max(0, Duration.between(b.builtAt(), clock.instant()).toMillis() / 1000.0));
  }

  /** Records a generation swapped in, and registers the gauges of sources it serves first. */
  void built(@Observes IndexGenerationBuilt g) {
    current = g;
    builds.record(g.buildMillis(), TimeUnit.MILLISECONDS);
    for (IndexGeneration.SourceVersion v : g.versions()) {
      if (sources.add(v.source())) {
        served(
            v.source(),
            "screening.list.version",
            "The list version this replica serves",
            s -> s.versionId());
        served(
            v.source(),
            "screening.list.entries",
            "Entries in the version this replica serves",
            s -> s.entryCount());
      }
    }
  }

  /** Counts a rebuild, or a check for new list versions, that failed. */
  void buildFailed(@Observes IndexBuildFailed f) {
    failures.increment();
  }

  /** A gauge of the current generation; NaN until the first is built. */
  private void gauge(
      String name, String description, String unit, ToDoubleFunction<IndexGenerationBuilt> value) {
    Gauge.builder(
            name,
            this,
            m -> {
              IndexGenerationBuilt b = m.current;
              return b == null ? Double.NaN : value.applyAsDouble(b);
            })
        .description(description)
        .baseUnit(unit)
        .strongReference(true)
        .register(registry);
  }

  /** A gauge of a source's version in the current generation; NaN if it holds none. */
  private void served(
      String source,
      String name,
      String description,
      ToDoubleFunction<IndexGeneration.SourceVersion> value) {
    Gauge.builder(
            name,
            this,
            m -> {
              IndexGenerationBuilt b = m.current;
              if (b == null) {
                return Double.NaN;
              }
              return b.versions().stream()
                  .filter(v -> v.source().equals(source))
                  .findFirst()
                  .map(value::applyAsDouble)
                  .orElse(Double.NaN);
            })
        .description(description)
        .tag("source", source)
        .strongReference(true)
        .register(registry);
  }
}
