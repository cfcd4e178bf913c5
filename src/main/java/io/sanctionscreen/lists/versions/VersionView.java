package io.sanctionscreen.lists.versions;

import io.sanctionscreen.lists.ListVersion;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One imported version of a list.
 *
 * @param version the version number (unique over all sources)
 * @param source the source id
 * @param status ACTIVE for the version screenings use, SUPERSEDED for older ones
 * @param listDate the publication date of the content
 * @param entryCount number of entries
 * @param nameCount number of names, aliases included (null for versions of older imports)
 * @param contentHash SHA-256 over the entries' content
 * @param importedAt when it was imported
 * @param importedBy who imported it
 * @param origin where the content came from
 * @param previousVersion the version that was active when this one was imported
 * @param added entries added against the previous version
 * @param removed entries removed against it
 * @param modified entries whose content changed
 */
@Schema(name = "ListVersion", description = "One imported version of a list.")
public record VersionView(
    @Schema(example = "2") long version,
    @Schema(example = "us-ofac-cons") String source,
    @Schema(example = "ACTIVE") ListVersion.Status status,
    @Schema(example = "2025-12-19") LocalDate listDate,
    @Schema(example = "442") int entryCount,
    @Schema(example = "1515") Integer nameCount,
    String contentHash,
    Instant importedAt,
    @Schema(example = "system:bundled") String importedBy,
    @Schema(example = "bundled:lists/us-ofac-cons") String origin,
    @Schema(description = "The version active before this one; null for the first")
        Long previousVersion,
    @Schema(description = "Entries added against the previous version") Integer added,
    @Schema(description = "Entries removed against the previous version") Integer removed,
    @Schema(description = "Entries whose content changed against the previous version")
        Integer modified) {

  static VersionView of(ListVersion v) {
    return new VersionView(
        v.id,
        v.source.id,
        v.status,
        v.listDate,
        v.entryCount,
        v.nameCount,
        v.contentHash,
        v.importedAt,
        v.importedBy,
        v.origin,
        v.previousVersionId,
        v.addedCount,
        v.removedCount,
        v.modifiedCount);
  }
}
