package io.sanctionscreen.lists;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.sanctionscreen.lists.model.ParsedList;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * On start-up, imports the bundled snapshot of each configured source that has no version in the
 * database yet, so a new installation screens offline from its first start.
 */
@ApplicationScoped
public class BundledListLoader {

  private static final Logger LOG = Logger.getLogger(BundledListLoader.class);

  /** Who the version records as importer. */
  static final String IMPORTER = "system:bundled";

  private final ListsConfig config;
  private final ListVersionRepository versions;
  private final ListImportService importer;
  private final Event<ListsReady> ready;
  private final ListMetrics metrics;
  private volatile boolean loaded;

  public BundledListLoader(
      ListsConfig config,
      ListVersionRepository versions,
      ListImportService importer,
      Event<ListsReady> ready,
      ListMetrics metrics) {
    this.config = config;
    this.versions = versions;
    this.importer = importer;
    this.ready = ready;
    this.metrics = metrics;
  }

  /**
   * Loads in the background by default, so the HTTP server (and liveness) answers while a first
   * start imports; readiness stays down until the lists and the index are ready.
   */
  void onStart(@Observes @Priority(1000) StartupEvent event) {
    if (config.loadInBackground()) {
      Thread t = new Thread(this::loadAndAnnounce, "bundled-list-loader");
      t.setDaemon(true);
      t.start();
    } else {
      loadAndAnnounce();
    }
  }

  private void loadAndAnnounce() {
    List<String> failures = new ArrayList<>();
    if (config.loadBundledOnStart()) {
      failures.addAll(loadMissing());
    }
    loaded = true;
    ready.fire(new ListsReady(List.copyOf(failures)));
  }

  /** Whether start-up loading has finished (successfully or not). */
  public boolean loaded() {
    return loaded;
  }

  /**
   * Imports each configured bundled list whose source has no active version.
   *
   * @return the sources whose snapshot failed to import; the others are loaded
   */
  public List<String> loadMissing() {
    List<String> failures = new ArrayList<>();
    for (String source : config.bundled()) {
      try {
        loadIfMissing(source);
      } catch (RuntimeException e) {
        // One broken snapshot must not keep the other lists from serving.
        LOG.errorf(e, "Bundled list %s could not be imported", source);
        failures.add(source);
        metrics.imported(source, ListMetrics.Trigger.BUNDLED, RefreshOutcome.FAILED);
      }
    }
    return failures;
  }

  private void loadIfMissing(String source) {
    {
      if (QuarkusTransaction.requiringNew().call(() -> versions.findActive(source).isPresent())) {
        return;
      }
      BundledList bundle = BundledList.load(source);
      long start = System.nanoTime();
      ParsedList list = bundle.parse();
      // No event: the index is built from the database once start-up has loaded every list.
      ListImportService.ImportOptions options =
          new ListImportService.ImportOptions(bundle.origin(), IMPORTER, false, false);
      ListImportService.ImportResult r =
          QuarkusTransaction.requiringNew()
              .timeout((int) Math.min(Integer.MAX_VALUE, config.importTimeout().toSeconds()))
              .call(() -> importer.importList(list, options));
      metrics.imported(
          source,
          ListMetrics.Trigger.BUNDLED,
          r.created() ? RefreshOutcome.IMPORTED : RefreshOutcome.UNCHANGED);
      LOG.infof(
          "Bundled list %s loaded: version %d, %d entries in %d ms",
          source, r.versionId(), r.entryCount(), (System.nanoTime() - start) / 1_000_000);
    }
  }
}
