package io.sanctionscreen.index;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import io.sanctionscreen.errors.UnavailableException;
import io.sanctionscreen.lists.ListVersionCommitted;
import io.sanctionscreen.lists.ListsReady;
import io.sanctionscreen.matching.NameNormalizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Keeps this replica's name index in step with the active list versions in the database: builds it
 * at start-up, rebuilds it when a version is committed here or seen by polling, and swaps the new
 * generation in atomically while searches in flight finish on the old one.
 */
@ApplicationScoped
public class IndexService {

  private static final Logger LOG = Logger.getLogger(IndexService.class);

  private final IndexEntryReader reader;
  private final IndexBuilder builder;
  private final Event<IndexGenerationBuilt> built;
  private final Event<IndexBuildFailed> failed;
  private final AtomicReference<IndexGeneration> current = new AtomicReference<>();
  private final Object rebuildLock = new Object();
  private final Object pastLock = new Object();
  private final IndexBuilder heapBuilder;
  private IndexGeneration past;
  private final String pollInterval;
  private volatile boolean listsReady;

  public IndexService(
      IndexEntryReader reader,
      NameNormalizer normalizer,
      IndexConfig config,
      Event<IndexGenerationBuilt> built,
      Event<IndexBuildFailed> failed) {
    this.reader = reader;
    this.built = built;
    this.failed = failed;
    this.pollInterval = config.pollInterval();
    Path dir = Path.of(config.directory());
    // Generations of an earlier run are stale: this replica builds its own from the database.
    IndexGeneration.deleteQuietly(dir);
    this.builder = new IndexBuilder(normalizer, dir);
    this.heapBuilder = new IndexBuilder(normalizer, null);
  }

  /** Builds the first generation once the lists are loaded, never from a half-loaded database. */
  void onListsReady(@Observes ListsReady event) {
    listsReady = true;
    rebuildIfStale();
  }

  void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListVersionCommitted event) {
    if (!listsReady) {
      // Start-up loading announces itself when done; one build then covers every source.
      return;
    }
    try {
      rebuildIfStale();
    } catch (RuntimeException e) {
      // The version is committed; the next poll retries. The previous generation keeps serving.
      failed.fire(new IndexBuildFailed(String.valueOf(e)));
      LOG.errorf(
          e, "Rebuilding the index after %s version %d failed", event.source(), event.versionId());
    }
  }

  /** Checks for new list versions every {@link IndexConfig#pollInterval()}. */
  void schedulePolling(@Observes StartupEvent event, Scheduler scheduler) {
    scheduler
        .newJob("index-poll")
        .setInterval(pollInterval)
        .setDelayed(pollInterval)
        .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
        .setTask(execution -> poll())
        .schedule();
  }

  void poll() {
    if (!listsReady) {
      return;
    }
    try {
      rebuildIfStale();
    } catch (RuntimeException e) {
      failed.fire(new IndexBuildFailed(String.valueOf(e)));
      LOG.warnf(
          "Checking for new list versions failed (%s); the current index keeps serving",
          e.getMessage());
    }
  }

  /**
   * Rebuilds the index if the database's active versions differ from the current generation's.
   *
   * @return true if a new generation was swapped in
   */
  public boolean rebuildIfStale() {
    synchronized (rebuildLock) {
      List<Long> active = reader.activeVersionIds();
      IndexGeneration g = current.get();
      if (g != null && versionIds(g).equals(active)) {
        return false;
      }
      IndexEntryReader.Snapshot snapshot = reader.read();
      IndexGeneration next = builder.build(snapshot.entries(), snapshot.versions());
      IndexGeneration previous = current.getAndSet(next);
      built.fire(IndexGenerationBuilt.of(next));
      if (previous != null) {
        previous.release();
      }
      LOG.infof(
          "Index generation built: %d entries, %d names from %s in %d ms",
          next.entryCount(), next.nameCount(), next.versions(), next.buildMillis());
      return true;
    }
  }

  private static List<Long> versionIds(IndexGeneration g) {
    return g.versions().stream().map(IndexGeneration.SourceVersion::versionId).toList();
  }

  /**
   * Runs a function on the current generation, holding it so a swap cannot close it meanwhile.
   *
   * @throws UnavailableException if no generation is built yet
   */
  public <T> T withGeneration(Function<IndexGeneration, T> work) {
    while (true) {
      IndexGeneration g = current.get();
      if (g == null) {
        throw notReady();
      }
      if (g.tryAcquire()) {
        try {
          return work.apply(g);
        } finally {
          g.release();
        }
      }
      // Swapped and closed between get and acquire: take the new one.
    }
  }

  /** The list versions active at an instant, and the sources that had none yet. */
  public IndexEntryReader.VersionsAt versionsAt(java.time.Instant instant) {
    return reader.versionsAt(instant);
  }

  /**
   * Runs a function on a generation built from the given list versions: the current one if it holds
   * exactly those, else one built for them from the stored versions (on the heap, kept until
   * another set of versions is asked for, so an officer reproducing a past day pays the build
   * once).
   */
  public <T> T withGenerationOf(
      List<IndexGeneration.SourceVersion> versions, Function<IndexGeneration, T> work) {
    Set<Long> ids = new HashSet<>();
    versions.forEach(v -> ids.add(v.versionId()));
    IndexGeneration now = current.get();
    if (now != null && ids.equals(new HashSet<>(versionIds(now))) && now.tryAcquire()) {
      try {
        return work.apply(now);
      } finally {
        now.release();
      }
    }
    IndexGeneration g;
    synchronized (pastLock) {
      g = past;
      if (g == null || !ids.equals(new HashSet<>(versionIds(g))) || !g.tryAcquire()) {
        IndexEntryReader.Snapshot snapshot = reader.read(List.copyOf(ids));
        IndexGeneration built = heapBuilder.build(snapshot.entries(), snapshot.versions());
        LOG.infof(
            "Index generation for past versions %s built: %d entries in %d ms",
            built.versions(), built.entryCount(), built.buildMillis());
        if (past != null) {
          past.release();
        }
        past = built;
        g = built;
        g.tryAcquire();
      }
    }
    try {
      return work.apply(g);
    } finally {
      g.release();
    }
  }

  /** No index generation is built yet: screening cannot answer, so it fails closed. */
  public static UnavailableException notReady() {
    return new UnavailableException(
        "index-unavailable",
        "Screening index not ready",
        "The sanctions lists are still being loaded; retry shortly.");
  }

  /** The current generation, if one is built; for health only. */
  public Optional<IndexGeneration> current() {
    return Optional.ofNullable(current.get());
  }
}
