package io.sanctionscreen.lists;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A loaded list source and its active version.
 *
 * @param source the source id, the prefix of its entries' ids
 * @param name the list's name
 * @param authority who publishes it
 * @param version the active version's number
 * @param listDate the publication date of the list content
 * @param entryCount number of entries
 * @param importedAt when the version was imported
 * @param importedBy who imported it
 * @param origin where the content came from (bundled snapshot, URL, upload)
 * @param contentHash SHA-256 over the entries' content
 */
@Schema(name = "ListInfo", description = "A loaded list source and its active version.")
public record ListInfo(
    @Schema(example = "us-ofac-cons") String source,
    @Schema(example = "OFAC Consolidated Sanctions List (non-SDN lists, including NS-CMIC)")
        String name,
    @Schema(example = "U.S. Department of the Treasury, Office of Foreign Assets Control")
        String authority,
    @Schema(example = "2") long version,
    @Schema(example = "2025-12-19") LocalDate listDate,
    @Schema(example = "442") int entryCount,
    Instant importedAt,
    @Schema(example = "system:bundled") String importedBy,
    @Schema(example = "bundled:lists/us-ofac-cons") String origin,
    String contentHash) {

  static ListInfo of(ListVersion v) {
    return new ListInfo(
        v.source.id,
        v.source.name,
        v.source.authority,
        v.id,
        v.listDate,
        v.entryCount,
        v.importedAt,
        v.importedBy,
        v.origin,
        v.contentHash);
  }
}
