package io.sanctionscreen.lists;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A list source, its active version, how current it is and how its last refresh went.
 *
 * @param source the source id, the prefix of its entries' ids
 * @param name the list's name
 * @param authority who publishes it
 * @param version the active version's number; null if the source has none yet
 * @param listDate the publication date of the list content
 * @param entryCount number of entries
 * @param nameCount number of names, aliases included (null for versions of older imports)
 * @param importedAt when the version was imported
 * @param importedBy who imported it
 * @param origin where the content came from (bundled snapshot, URL, upload)
 * @param contentHash SHA-256 over the entries' content
 * @param currentAsOf the later of the list date and the last refresh that confirmed the content
 * @param ageDays whole days since {@code currentAsOf}
 * @param stale whether {@code currentAsOf} is older than the configured maximum age
 * @param maxAge the configured maximum age (ISO 8601 duration)
 * @param refresh the last refresh from the download address, if any
 */
@Schema(
    name = "ListInfo",
    description =
        "A list source and its active version (the one screenings use), how current it is, and"
            + " how its last refresh went.")
public record ListInfo(
    @Schema(example = "us-ofac-cons") String source,
    @Schema(example = "OFAC Consolidated Sanctions List (non-SDN lists, including NS-CMIC)")
        String name,
    @Schema(example = "U.S. Department of the Treasury, Office of Foreign Assets Control")
        String authority,
    @Schema(example = "2", description = "The active version; null before the first import")
        Long version,
    @Schema(example = "2025-12-19") LocalDate listDate,
    @Schema(example = "442") Integer entryCount,
    @Schema(example = "1515") Integer nameCount,
    Instant importedAt,
    @Schema(example = "system:bundled") String importedBy,
    @Schema(example = "bundled:lists/us-ofac-cons") String origin,
    String contentHash,
    @Schema(
            description =
                "The later of the list date and the last refresh that found the publisher's list"
                    + " equal to this version or imported it")
        Instant currentAsOf,
    @Schema(example = "3", description = "Whole days since currentAsOf") Long ageDays,
    @Schema(
            description =
                "True when currentAsOf is older than maxAge (screening.lists.max-age): the"
                    + " publisher may have changed the list since")
        boolean stale,
    @Schema(example = "PT48H") String maxAge,
    @Schema(description = "The last refresh from the download address; null if none ran")
        RefreshInfo refresh) {

  /**
   * The last refresh of a source from its download address.
   *
   * @param lastAttemptAt when it began
   * @param outcome how it ended
   * @param error why it failed or was rejected
   * @param lastSuccessAt when a refresh last imported the list or found it unchanged
   */
  @Schema(name = "RefreshInfo", description = "The last refresh of a source.")
  public record RefreshInfo(
      Instant lastAttemptAt,
      @Schema(example = "FAILED") RefreshOutcome outcome,
      @Schema(
              example =
                  "GET https://scsanctions.un.org/resources/xml/en/consolidated.xml: cannot connect")
          String error,
      Instant lastSuccessAt) {}

  static ListInfo of(ListSource s, ListVersion v, Instant now, Duration maxAge) {
    RefreshInfo refresh =
        s.lastRefreshAt == null
            ? null
            : new RefreshInfo(
                s.lastRefreshAt, s.lastRefreshOutcome, s.lastRefreshError, s.lastRefreshOkAt);
    Instant currentAsOf = null;
    if (v != null && v.listDate != null) {
      currentAsOf = v.listDate.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    if (v != null && s.lastRefreshOkAt != null && s.lastRefreshOkAt.isAfter(v.importedAt)) {
      // A refresh that ended after this version was imported imported it or found it unchanged.
      currentAsOf = later(currentAsOf, s.lastRefreshOkAt);
    }
    Duration age = currentAsOf == null ? null : Duration.between(currentAsOf, now);
    return new ListInfo(
        s.id,
        s.name,
        s.authority,
        v == null ? null : v.id,
        v == null ? null : v.listDate,
        v == null ? null : v.entryCount,
        v == null ? null : v.nameCount,
        v == null ? null : v.importedAt,
        v == null ? null : v.importedBy,
        v == null ? null : v.origin,
        v == null ? null : v.contentHash,
        currentAsOf,
        age == null ? null : Math.max(0, age.toDays()),
        age == null || age.compareTo(maxAge) > 0,
        maxAge.toString(),
        refresh);
  }

  private static Instant later(Instant a, Instant b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
