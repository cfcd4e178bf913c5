package io.sanctionscreen.lists.importing;

import io.quarkus.scheduler.Scheduled;
import io.sanctionscreen.errors.RejectedContentException;
import io.sanctionscreen.errors.ServiceException;
import io.sanctionscreen.lists.ListImportService;
import io.sanctionscreen.lists.ListMetrics;
import io.sanctionscreen.lists.ListProblems;
import io.sanctionscreen.lists.ListsConfig;
import io.sanctionscreen.lists.RefreshLedger;
import io.sanctionscreen.lists.RefreshOutcome;
import io.sanctionscreen.lists.SourceCatalog;
import io.sanctionscreen.lists.parse.ListFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Refreshes list sources from their download addresses: the configured url, else the publisher's
 * official address. On demand, and on a schedule: every replica checks now and then, and a source
 * is refreshed only when no replica began a refresh of it within the configured interval (checked
 * and marked under the database's import lock), so one replica does the work and the others take
 * the new version from the database. Every attempt's outcome is recorded on the source: a refresh
 * that fails leaves the active version serving and says why in the list info.
 */
@ApplicationScoped
public class ListRefreshService {

  private static final Logger LOG = Logger.getLogger(ListRefreshService.class);

  /** Who the version records as importer for scheduled refreshes. */
  public static final String SCHEDULER = "system:scheduler";

  /** Where a source is downloaded from: the format and each part's address. */
  record Target(ListFormat format, Map<String, String> urls) {}

  private final ListsConfig config;
  private final RefreshLedger ledger;
  private final ListFileImportService files;
  private final ListDownloader downloader;
  private final ListMetrics metrics;

  public ListRefreshService(
      ListsConfig config,
      RefreshLedger ledger,
      ListFileImportService files,
      ListDownloader downloader,
      ListMetrics metrics) {
    this.config = config;
    this.ledger = ledger;
    this.files = files;
    this.downloader = downloader;
    this.metrics = metrics;
  }

  /**
   * Refreshes a source now.
   *
   * @throws io.sanctionscreen.errors.ServiceException not found for an unknown source, conflict if
   *     it has no download address or another import holds the lock, upstream if the download
   *     fails, rejected content if the file is refused
   */
  public ImportOutcome refresh(String sourceId, String requestedBy) {
    SourceCatalog.SourceInfo info = io.sanctionscreen.lists.QueryParams.source(sourceId);
    ledger.start(info.id());
    Optional<Target> target = target(info);
    if (target.isEmpty()) {
      String why = notConfigured(info);
      record(info.id(), RefreshOutcome.NOT_CONFIGURED, why);
      throw ListProblems.notConfigured(why);
    }
    return run(info, target.get(), requestedBy);
  }

  @Scheduled(
      identity = "list-refresh",
      every = "${screening.lists.refresh.check-every:15m}",
      delayed = "60s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    if (!listsReady) {
      // The first start's import holds the import lock: a refresh now would only wait for it.
      LOG.debug("Scheduled refresh skipped: the bundled lists are still loading");
      return;
    }
    refreshDue();
  }

  private volatile boolean listsReady;

  /** Scheduled refreshes wait until start-up loading (the bundled import) has finished. */
  void onListsReady(@jakarta.enterprise.event.Observes io.sanctionscreen.lists.ListsReady event) {
    listsReady = true;
  }

  /**
   * Refreshes every scheduled source whose refresh is due (no replica began one within the
   * interval).
   *
   * @return how many sources this replica refreshed
   */
  public int refreshDue() {
    int refreshed = 0;
    for (String id : config.refresh().sources()) {
      Optional<SourceCatalog.SourceInfo> info = SourceCatalog.find(id);
      if (info.isEmpty()) {
        LOG.warnf("screening.lists.refresh.sources names an unknown source '%s'", id);
        continue;
      }
      try {
        if (!ledger.claim(id, config.refresh().interval())) {
          continue;
        }
      } catch (RuntimeException e) {
        LOG.warnf("%s: cannot check whether a refresh is due (%s); next check later", id, e);
        continue;
      }
      Optional<Target> target = target(info.get());
      if (target.isEmpty()) {
        record(id, RefreshOutcome.NOT_CONFIGURED, notConfigured(info.get()));
        continue;
      }
      try {
        run(info.get(), target.get(), SCHEDULER);
        refreshed++;
      } catch (ServiceException e) {
        LOG.warnf(
            "%s: scheduled refresh failed, the active version keeps serving: %s",
            id, e.getMessage());
      } catch (RuntimeException e) {
        LOG.errorf(e, "%s: scheduled refresh failed, the active version keeps serving", id);
      }
    }
    return refreshed;
  }

  private ImportOutcome run(SourceCatalog.SourceInfo info, Target target, String requestedBy) {
    Path dir = files.workDirectory();
    Map<String, Path> parts = new LinkedHashMap<>();
    String main = target.urls().get(ListFormat.MAIN);
    try {
      LocalDate listDate = null;
      for (Map.Entry<String, String> part : target.urls().entrySet()) {
        ListDownloader.Download d =
            downloader.download(part.getValue(), dir, allowedHosts(info), allowKey(info));
        parts.put(part.getKey(), d.file());
        if (part.getKey().equals(ListFormat.MAIN)) {
          listDate = d.lastModified().orElse(null);
        }
      }
      String origin = "refresh:" + ListDownloader.redact(main);
      ImportOutcome outcome =
          files.importFiles(
              info,
              target.format(),
              parts,
              listDate,
              new ListImportService.ImportOptions(origin, requestedBy, false, true));
      record(
          info.id(), outcome.created() ? RefreshOutcome.IMPORTED : RefreshOutcome.UNCHANGED, null);
      return outcome;
    } catch (ServiceException e) {
      record(
          info.id(),
          e instanceof RejectedContentException ? RefreshOutcome.REJECTED : RefreshOutcome.FAILED,
          e.getMessage());
      throw e;
    } catch (RuntimeException e) {
      record(info.id(), RefreshOutcome.FAILED, "unexpected error: " + e);
      throw e;
    } finally {
      parts.values().forEach(ListFiles::delete);
    }
  }

  /** The private hosts a source may download from (none unless configured). */
  private List<String> allowedHosts(SourceCatalog.SourceInfo info) {
    ListsConfig.Source configured = config.sources().get(info.id());
    return configured == null ? List.of() : configured.allowPrivateHosts().orElse(List.of());
  }

  private static String allowKey(SourceCatalog.SourceInfo info) {
    return "screening.lists.sources.\"" + info.id() + "\".allow-private-hosts";
  }

  /** Where to download a source from, if anywhere. */
  Optional<Target> target(SourceCatalog.SourceInfo info) {
    ListsConfig.Source configured = config.sources().get(info.id());
    ListFormat format = info.format();
    if (configured != null && configured.format().isPresent()) {
      String id = configured.format().get();
      format =
          ListFormat.byId(id)
              .orElseThrow(
                  () ->
                      ListProblems.notConfigured(
                          "screening.lists.sources.\""
                              + info.id()
                              + "\".format names no known format ("
                              + id
                              + "); the formats are "
                              + ListFormat.ids()));
    }
    if (configured != null && configured.url().isPresent()) {
      Map<String, String> urls = new LinkedHashMap<>();
      urls.put(ListFormat.MAIN, configured.url().get());
      urls.putAll(configured.partUrls());
      return Optional.of(new Target(format, urls));
    }
    if (!config.refresh().officialUrls() || info.officialUrls().isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> urls = new LinkedHashMap<>();
    for (String part : new String[] {ListFormat.MAIN, "alt", "add", "comments"}) {
      String url = info.officialUrls().get(part);
      if (url == null) {
        continue;
      }
      if (url.contains(SourceCatalog.TOKEN)) {
        Optional<String> token = configured == null ? Optional.empty() : configured.token();
        if (token.isEmpty() || token.get().isBlank()) {
          return Optional.empty();
        }
        url = url.replace(SourceCatalog.TOKEN, token.get().strip());
      }
      urls.put(part, url);
    }
    return Optional.of(new Target(format, urls));
  }

  private String notConfigured(SourceCatalog.SourceInfo info) {
    String key = "screening.lists.sources.\"" + info.id() + "\"";
    if (info.officialUrls().isEmpty()) {
      return info.id() + " has no official download address: set " + key + ".url";
    }
    if (!config.refresh().officialUrls()) {
      return info.id()
          + " has no configured download address and official addresses are disabled"
          + " (screening.lists.refresh.official-urls=false): set "
          + key
          + ".url";
    }
    return info.id()
        + ": the official download address needs an access token: set "
        + key
        + ".token (or "
        + key
        + ".url)";
  }

  private void record(String sourceId, RefreshOutcome outcome, String error) {
    metrics.imported(sourceId, ListMetrics.Trigger.REFRESH, outcome);
    try {
      ledger.end(sourceId, outcome, error);
    } catch (RuntimeException e) {
      LOG.errorf(e, "%s: cannot record the refresh outcome %s", sourceId, outcome);
    }
  }
}
