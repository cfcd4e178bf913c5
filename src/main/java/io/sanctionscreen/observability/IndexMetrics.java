package io.sanctionscreen.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.sanctionscreen.index.IndexGeneration;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * Measures this replica's name index: the current generation's size and age, how long builds take,
 * and how often rebuilding failed. Reads only what the index service hands it; a scrape never
 * touches the index or the database.
 */
@ApplicationScoped
@Startup
public class IndexMetrics {

  private static final String SECONDS = "seconds";

  /** What the metrics keep of the current generation: numbers, not the generation itself. */
  private record Built(int entries, int names, Instant builtAt, long buildMillis) {}

  private final Timer builds;
  private final Counter failures;
  private volatile Built current;

  public IndexMetrics(MeterRegistry registry, Clock clock) {
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
    gauge(
        registry,
        "screening.index.entries",
        "List entries in the current index",
        null,
        b -> b.entries());
    gauge(
        registry,
        "screening.index.names",
        "Names (aliases included) in the current index",
        null,
        b -> b.names());
    gauge(
        registry,
        "screening.index.last.build",
        "How long the build of the current index took",
        SECONDS,
        b -> b.buildMillis() / 1000.0);
    gauge(
        registry,
        "screening.index.age",
        "Time since the current index was built",
        SECONDS,
        b -> Math.max(0, Duration.between(b.builtAt(), clock.instant()).toMillis() / 1000.0));
  }

  /** Records a generation swapped in. */
  public void built(IndexGeneration g) {
    current = new Built(g.entryCount(), g.nameCount(), g.builtAt(), g.buildMillis());
    builds.record(g.buildMillis(), TimeUnit.MILLISECONDS);
  }

  /** Counts a rebuild, or a check for new list versions, that failed. */
  public void buildFailed() {
    failures.increment();
  }

  /** A gauge of the current generation; NaN until the first is built. */
  private void gauge(
      MeterRegistry registry,
      String name,
      String description,
      String unit,
      ToDoubleFunction<Built> value) {
    Gauge.builder(
            name,
            this,
            m -> {
              Built b = m.current;
              return b == null ? Double.NaN : value.applyAsDouble(b);
            })
        .description(description)
        .baseUnit(unit)
        .strongReference(true)
        .register(registry);
  }
}
