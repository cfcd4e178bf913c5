package io.sanctionscreen.index;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import io.sanctionscreen.errors.UnavailableException;
import io.sanctionscreen.lists.ListVersionCommitted;
import io.sanctionscreen.lists.ListsConfig;
import io.sanctionscreen.lists.ListsReady;
import io.sanctionscreen.matching.NameNormalizer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Keeps this replica's name index in step with the active list versions in the database, and keeps
 * the built generation on disk ({@link GenerationFiles}) next to the database:
 *
 * <ul>
 *   <li>at start, a stored generation built from the active versions (same ids and content hashes,
 *       same code) serves at once; none is rebuilt;
 *   <li>on a first start (no version yet of the bundled sources), the bundled lists' generation
 *       that the build put in the artifact serves at once, while the lists import in the
 *       background; once imported with the same content it takes their version ids without a
 *       rebuild;
 *   <li>otherwise, and whenever a version is committed here or seen by polling, a generation is
 *       built from the database, stored, and swapped in atomically while searches in flight finish
 *       on the old one.
 * </ul>
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
  private final Path directory;
  private final ListsConfig lists;
  private volatile boolean listsReady;

  /** The content hashes of the current generation's versions, by source. */
  private volatile Map<String, String> currentHashes = Map.of();

  public IndexService(
      IndexEntryReader reader,
      NameNormalizer normalizer,
      IndexConfig config,
      ListsConfig lists,
      Event<IndexGenerationBuilt> built,
      Event<IndexBuildFailed> failed) {
    this.reader = reader;
    this.built = built;
    this.failed = failed;
    this.lists = lists;
    this.pollInterval = config.pollInterval();
    this.directory = Path.of(config.directory());
    // A generation cut off by a crash has no manifest: never served, deleted now.
    deleteIncomplete(directory);
    this.builder = new IndexBuilder(normalizer, directory);
    this.heapBuilder = new IndexBuilder(normalizer, null);
  }

  /** Deletes every generation directory without a complete manifest. */
  static void deleteIncomplete(Path dir) {
    for (Path g : generationDirs(dir)) {
      if (GenerationFiles.manifest(g) == null) {
        IndexGeneration.deleteQuietly(g);
      }
    }
  }

  private static List<Path> generationDirs(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * Done once the start has opened a stored generation (or found none to open): a build from the
   * database waits for it, so that it never rebuilds what the start is still opening.
   */
  private volatile CompletableFuture<Void> opening = CompletableFuture.completedFuture(null);

  /**
   * Before the bundled lists load: serves a stored generation of the active versions, or on a first
   * start the artifact's generation of the bundled lists, so that screening answers in seconds.
   * With {@code screening.lists.load-in-background} (the default) it opens on a thread of its own,
   * while the rest of the service starts: readiness is DOWN, and screening answers 503, until it
   * serves.
   */
  void onStart(@Observes @Priority(900) StartupEvent event) {
    if (!lists.loadInBackground()) {
      openStored();
      return;
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    opening = done;
    Thread t =
        new Thread(
            () -> {
              try {
                openStored();
              } finally {
                done.complete(null);
              }
            },
            "index-open");
    t.setDaemon(true);
    t.start();
  }

  private void openStored() {
    try {
      serveStored();
    } catch (RuntimeException e) {
      // Nothing reusable: the first generation is built from the database once lists are ready.
      LOG.warnf("No stored index generation could be used (%s); building from the lists", e);
    }
  }

  void serveStored() {
    synchronized (rebuildLock) {
      IndexEntryReader.Active active = reader.activeVersions();
      for (Path dir : generationDirs(directory)) {
        GenerationFiles.Manifest m = GenerationFiles.manifest(dir);
        if (m != null
            && !active.versions().isEmpty()
            && m.matches(active.versions(), active.contentHashes())) {
          long start = System.nanoTime();
          swapIn(open(dir, active.versions()), active.contentHashes());
          LOG.infof(
              "Index generation reused from %s: %s, opened in %d ms",
              dir, active.versions(), (System.nanoTime() - start) / 1_000_000);
          deleteOthers(dir);
          return;
        }
      }
      GenerationFiles.Manifest bundled = GenerationFiles.bundledManifest();
      List<IndexGeneration.SourceVersion> labels = bundledLabels(bundled, active);
      if (labels == null) {
        return;
      }
      long start = System.nanoTime();
      Path dir;
      try {
        dir = GenerationFiles.extractBundled(directory);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      swapIn(open(dir, labels), bundled.contentHashes());
      LOG.infof(
          "Index generation of the bundled lists serves while they import: %s, ready in %d ms",
          labels, (System.nanoTime() - start) / 1_000_000);
      deleteOthers(dir);
    }
  }

  /**
   * The versions the bundled generation serves under, or null if it cannot serve: on a start that
   * loads exactly the bundled sources, each either not imported yet (version 0 until it is) or
   * imported with the same content.
   */
  private List<IndexGeneration.SourceVersion> bundledLabels(
      GenerationFiles.Manifest bundled, IndexEntryReader.Active active) {
    if (bundled == null
        || !lists.loadBundledOnStart()
        || !bundled.sameContent(bundled.contentHashes())) {
      return null;
    }
    Set<String> sources = new TreeSet<>(lists.bundled());
    Set<String> inBundle = new TreeSet<>(bundled.contentHashes().keySet());
    if (!sources.equals(inBundle) || !inBundle.containsAll(active.contentHashes().keySet())) {
      return null;
    }
    List<IndexGeneration.SourceVersion> labels = new ArrayList<>();
    boolean missing = false;
    for (IndexGeneration.SourceVersion v : bundled.versions()) {
      String hash = active.contentHashes().get(v.source());
      if (hash == null) {
        labels.add(v);
        missing = true;
      } else if (hash.equals(bundled.contentHashes().get(v.source()))) {
        labels.add(
            active.versions().stream()
                .filter(a -> a.source().equals(v.source()))
                .findFirst()
                .orElseThrow());
      } else {
        return null;
      }
    }
    return missing || !labels.isEmpty() ? labels : null;
  }

  private static IndexGeneration open(Path dir, List<IndexGeneration.SourceVersion> versions) {
    try {
      return GenerationFiles.open(dir, versions);
    } catch (IOException e) {
      throw new UncheckedIOException("opening the stored index generation " + dir + " failed", e);
    }
  }

  private void deleteOthers(Path keep) {
    for (Path g : generationDirs(directory)) {
      if (!g.equals(keep)) {
        IndexGeneration.deleteQuietly(g);
      }
    }
  }

  /** Makes a generation current, releasing the previous one; under the rebuild lock. */
  private void swapIn(IndexGeneration next, Map<String, String> hashes) {
    IndexGeneration previous = current.getAndSet(next);
    currentHashes = Map.copyOf(hashes);
    built.fire(IndexGenerationBuilt.of(next));
    if (previous != null) {
      previous.release();
    }
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
    opening.join();
    synchronized (rebuildLock) {
      List<Long> activeIds = reader.activeVersionIds();
      IndexGeneration g = current.get();
      if (g != null && versionIds(g).equals(activeIds)) {
        return false;
      }
      if (g != null && g.path() != null) {
        // Same content under new version ids (the bundled lists, now imported): relabel.
        IndexEntryReader.Active active = reader.activeVersions();
        if (new TreeMap<>(active.contentHashes()).equals(new TreeMap<>(currentHashes))
            && GenerationFiles.manifest(g.path()) != null) {
          IndexGeneration next = g.withVersions(active.versions());
          try {
            GenerationFiles.relabel(g.path(), active.versions());
          } catch (IOException | RuntimeException e) {
            LOG.warnf("Storing the index generation's new version ids failed: %s", e);
          }
          swapIn(next, active.contentHashes());
          LOG.infof(
              "Index generation now serves the imported versions %s (same content, no rebuild)",
              active.versions());
          return true;
        }
      }
      IndexEntryReader.Snapshot snapshot = reader.read();
      IndexGeneration next = builder.build(snapshot.entries(), snapshot.versions());
      try {
        GenerationFiles.persist(next, snapshot.contentHashes());
      } catch (RuntimeException e) {
        // It serves all the same; the next start rebuilds it.
        LOG.warnf("Storing the index generation failed: %s", e);
      }
      swapIn(next, snapshot.contentHashes());
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
