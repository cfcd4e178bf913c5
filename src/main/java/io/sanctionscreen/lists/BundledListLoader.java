package io.sanctionscreen.lists;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.sanctionscreen.lists.parse.ParsedList;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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

  public BundledListLoader(
      ListsConfig config, ListVersionRepository versions, ListImportService importer) {
    this.config = config;
    this.versions = versions;
    this.importer = importer;
  }

  void onStart(@Observes @Priority(1000) StartupEvent event) {
    if (config.loadBundledOnStart()) {
      loadMissing();
    }
  }

  /** Imports each configured bundled list whose source has no active version. */
  public void loadMissing() {
    for (String source : config.bundled()) {
      if (QuarkusTransaction.requiringNew().call(() -> versions.findActive(source).isPresent())) {
        continue;
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
      LOG.infof(
          "Bundled list %s loaded: version %d, %d entries in %d ms",
          source, r.versionId(), r.entryCount(), (System.nanoTime() - start) / 1_000_000);
    }
  }
}
