package io.sanctionscreen.lists.importing;

import io.sanctionscreen.lists.ListImportService;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import or a refresh did.
 *
 * @param source the source id
 * @param created whether a new version was stored; false when the content equals the active one
 * @param version the active version after the import
 * @param previousVersion the version active before, when a new one was stored
 * @param listDate the list date of the file
 * @param entryCount entries in the active version
 * @param nameCount names (aliases included) in the active version
 * @param added entries added against the previous version
 * @param removed entries removed against the previous version
 * @param modified entries whose content changed
 * @param format the format the file was read as
 * @param origin where the content came from
 */
@Schema(name = "ImportResult", description = "What an import or a refresh did.")
public record ImportOutcome(
    @Schema(example = "un-sc") String source,
    @Schema(example = "true") boolean created,
    @Schema(example = "7") long version,
    @Schema(example = "3") Long previousVersion,
    @Schema(example = "2026-02-27") LocalDate listDate,
    @Schema(example = "1003") int entryCount,
    @Schema(example = "2342") Integer nameCount,
    @Schema(example = "130") Integer added,
    @Schema(example = "4") Integer removed,
    @Schema(example = "16") Integer modified,
    @Schema(example = "un-xml") String format,
    @Schema(example = "upload (2030620 bytes)") String origin) {

  static ImportOutcome of(
      ListImportService.ImportResult r, LocalDate listDate, String format, String origin) {
    return new ImportOutcome(
        r.source(),
        r.created(),
        r.versionId(),
        r.created() ? r.previousVersionId() : null,
        listDate,
        r.entryCount(),
        r.nameCount(),
        r.created() ? r.added() : Integer.valueOf(0),
        r.created() ? r.removed() : Integer.valueOf(0),
        r.created() ? r.modified() : Integer.valueOf(0),
        format,
        origin);
  }
}
