package io.sanctionscreen.lists.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sanctionscreen.errors.InvalidInputException;
import io.sanctionscreen.lists.ListImportService;
import io.sanctionscreen.lists.ListMetrics;
import io.sanctionscreen.lists.ListProblems;
import io.sanctionscreen.lists.ListsConfig;
import io.sanctionscreen.lists.SourceCatalog;
import io.sanctionscreen.lists.model.ParsedList;
import io.sanctionscreen.lists.parse.ListFormat;
import io.sanctionscreen.lists.parse.ListFormatException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Imports list files, uploaded or downloaded: the whole file is on disk and within the size limit
 * before parsing starts; the parsed list is narrowed to what belongs to the source; then one
 * transaction stores it (ListImportService), or nothing is stored and the active version keeps
 * serving.
 */
@ApplicationScoped
public class ListFileImportService {

  private static final Logger LOG = Logger.getLogger(ListFileImportService.class);

  private final ListsConfig config;
  private final ListImportService store;
  private final ListMetrics metrics;

  public ListFileImportService(ListsConfig config, ListImportService store, ListMetrics metrics) {
    this.config = config;
    this.store = store;
    this.metrics = metrics;
  }

  /**
   * Imports an uploaded file.
   *
   * @param source the source id
   * @param formatId the format, when not the source's usual one
   * @param declaredLength the request's Content-Length, if it gave one
   * @param body the file: plain, gzip-compressed, or a ZIP (OFAC's CSV set, FtM export and deltas)
   * @param listDate the list date for formats whose files carry none (default: today, UTC)
   * @param force whether to import a list that shrank more than allowed
   * @throws io.sanctionscreen.errors.ServiceException for a bad parameter or an empty body (invalid
   *     input), an unknown source (not found), a file over the limit (too large), a file that
   *     cannot be imported (rejected content), or another import holding the lock (conflict)
   */
  public ImportOutcome importUpload(
      String source,
      String formatId,
      Long declaredLength,
      InputStream body,
      LocalDate listDate,
      boolean force,
      String caller) {
    SourceCatalog.SourceInfo info = io.sanctionscreen.lists.QueryParams.source(source);
    return metrics.upload(
        info.id(),
        () -> upload(info, formatId, declaredLength, body, listDate, force, caller),
        ImportOutcome::created);
  }

  private ImportOutcome upload(
      SourceCatalog.SourceInfo info,
      String formatId,
      Long declaredLength,
      InputStream body,
      LocalDate listDate,
      boolean force,
      String caller) {
    ListFormat format = format(info, formatId, "format");
    long max = config.maxFileSize().asLongValue();
    if (declaredLength != null && declaredLength > max) {
      throw ListProblems.tooLarge(
          "The file ("
              + declaredLength
              + " bytes) is larger than the limit of "
              + max
              + " bytes (screening.lists.max-file-size); nothing was imported");
    }
    Path file = ListFiles.receive(body, workDirectory(), max, "The uploaded file");
    String origin = "upload (" + size(file) + " bytes)";
    return importFiles(
        info,
        format,
        Map.of(ListFormat.MAIN, file),
        listDate,
        new ListImportService.ImportOptions(origin, caller, force, true));
  }

  /**
   * Imports files already on disk, by part; they are deleted afterwards.
   *
   * @throws io.sanctionscreen.errors.RejectedContentException for files that cannot be imported
   * @throws io.sanctionscreen.errors.ConflictException if another import holds the lock
   */
  ImportOutcome importFiles(
      SourceCatalog.SourceInfo info,
      ListFormat format,
      Map<String, Path> parts,
      LocalDate listDate,
      ListImportService.ImportOptions options) {
    LocalDate date = listDate != null ? listDate : LocalDate.now(ZoneOffset.UTC);
    ParsedList list;
    try (ListFiles files = ListFiles.of(format, parts)) {
      list = info.select(format.read(info.id(), date, files));
    } catch (ListFormatException e) {
      LOG.warnf("%s: %s file refused: %s", info.id(), format.id(), e.getMessage());
      throw ListProblems.rejected(
          info.id()
              + ": the file cannot be imported as "
              + format.id()
              + " ("
              + e.getMessage()
              + "). Nothing was imported; the version in use keeps serving.");
    }
    if (list.entries().isEmpty()) {
      throw ListProblems.rejected(
          info.id()
              + ": the file holds no entry of this source"
              + (info.scope() == null ? "" : " (" + info.scope() + ")")
              + ". Nothing was imported; the version in use keeps serving.");
    }
    int seconds = (int) Math.min(Integer.MAX_VALUE, config.importTimeout().toSeconds());
    ListImportService.ImportResult r =
        QuarkusTransaction.requiringNew()
            .timeout(seconds)
            .call(() -> store.importList(list, options));
    return ImportOutcome.of(r, list.listDate(), format.id(), options.origin());
  }

  /** The format of an upload: the one asked for, else the source's usual one. */
  private static ListFormat format(SourceCatalog.SourceInfo info, String formatId, String field) {
    if (formatId == null || formatId.isBlank()) {
      return info.format();
    }
    return ListFormat.byId(formatId)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    field,
                    "unknown format '" + formatId + "'; the formats are " + ListFormat.ids()));
  }

  Path workDirectory() {
    return Path.of(config.workDirectory());
  }

  private static long size(Path file) {
    try {
      return java.nio.file.Files.size(file);
    } catch (java.io.IOException e) {
      return -1;
    }
  }
}
