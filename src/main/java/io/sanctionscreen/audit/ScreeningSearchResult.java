package io.sanctionscreen.audit;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of screening records.
 *
 * @param total records matching the criteria
 * @param offset the first record of the page
 * @param limit the page size asked for
 * @param items the records, newest first
 */
@Schema(name = "ScreeningSearchResult")
public record ScreeningSearchResult(long total, int offset, int limit, List<Item> items) {

  /**
   * One record, summarized; {@code GET /api/v1/screenings/{id}} gives it whole.
   *
   * @param screeningId the record id
   * @param screenedAt when
   * @param caller who asked
   * @param channel API, BATCH, CLI...
   * @param reference the caller's reference
   * @param name the name screened
   * @param purpose the purpose given
   * @param outcome the outcome
   * @param topScore the best hit's score
   * @param hitCount number of hits
   * @param listVersions the list versions used
   */
  @Schema(name = "ScreeningSummary")
  public record Item(
      String screeningId,
      Instant screenedAt,
      String caller,
      String channel,
      String reference,
      String name,
      String purpose,
      String outcome,
      Double topScore,
      int hitCount,
      String listVersions) {}
}
