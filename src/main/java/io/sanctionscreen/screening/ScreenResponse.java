package io.sanctionscreen.screening;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.sanctionscreen.lists.model.EntryType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a screening: the outcome, the hits that support it, and what it was computed on.
 *
 * @param screeningId id of the audit record of this screening
 * @param reference the caller's reference, echoed
 * @param screenedAt when the screening ran
 * @param purpose the purpose the decision is for, as given (null: none given, every measure counts)
 * @param transactionDate the day the decision is for: the entries' dates were read against it
 * @param asOf the instant whose list versions were screened against, as given (null: now)
 * @param outcome BLOCK, REVIEW or CLEAR
 * @param reason why, in words
 * @param query the normalized form of the name, as the matcher compared it
 * @param threshold the lowest score of the hits returned
 * @param listVersions the list versions screened against
 * @param notScreened sources that had no stored version at {@code asOf}, so were not screened
 * @param measuresVersion the version of the program-effects table the decision used
 * @param hits the hits, best first
 */
@Schema(name = "ScreenResponse", description = "The outcome of a screening and its hits.")
// The hits before the list versions: a reader sees the outcome, the reason and what hit first.
@JsonPropertyOrder({
  "screeningId",
  "reference",
  "screenedAt",
  "purpose",
  "transactionDate",
  "asOf",
  "outcome",
  "reason",
  "query",
  "threshold",
  "hits"
})
public record ScreenResponse(
    @Schema(example = "3f0c7f5e-8d7a-4a53-9b0e-3c1c2d9f4a10") String screeningId,
    @Schema(example = "deal-2021-12-hk-ipo-0042") String reference,
    Instant screenedAt,
    @Schema(example = "INVESTMENT") Purpose purpose,
    @Schema(example = "2022-03-01") LocalDate transactionDate,
    @Schema(example = "2026-11-30T09:00:00Z") Instant asOf,
    @Schema(example = "BLOCK") Outcome outcome,
    @Schema(
            example =
                "SENSETIME GROUP LIMITED (us-ofac-cons:33114, score 1.00) is listed under"
                    + " CMIC-EO13959 (Ban on publicly traded securities (NS-CMIC)): Ban on publicly"
                    + " traded securities (NS-CMIC) restricts INVESTMENT.")
        String reason,
    @Schema(example = "sensetime group ltd") String query,
    @Schema(example = "0.82") double threshold,
    List<ListVersionRef> listVersions,
    List<NotScreened> notScreened,
    @Schema(example = "2026-12-02.1") String measuresVersion,
    List<Hit> hits) {

  /**
   * A list version screened against.
   *
   * @param source the source id
   * @param version the version number
   * @param listDate the list's publication date
   */
  @Schema(name = "ListVersionRef")
  public record ListVersionRef(
      @Schema(example = "us-ofac-cons") String source,
      @Schema(example = "2") long version,
      @Schema(example = "2025-12-19") LocalDate listDate) {}

  /**
   * A source that had no stored version at the instant asked for: it was not screened, rather than
   * screened against a version that came later.
   *
   * @param source the source id
   * @param firstVersionActiveFrom when its first stored version became active
   * @param reason in words
   */
  @Schema(name = "NotScreened")
  public record NotScreened(
      @Schema(example = "custom-bank-blocks") String source,
      Instant firstVersionActiveFrom,
      String reason) {}

  /**
   * One listed entry that matched.
   *
   * @param entityId the stable id of the entry
   * @param source the source id
   * @param name the entry's primary name
   * @param matchedName the entry's name that matched best (primary name or alias)
   * @param score 0 to 1
   * @param type the kind of party
   * @param programs the programs the entry is listed under
   * @param explanation why it matched
   * @param decision what the listing means for the purpose (of the most severe listing, when
   *     several lists designate the party)
   * @param listings when several lists designate this party (the same UN reference number, an
   *     identical identifier), each listing; empty when only one list does
   * @param entityIds every source id of this designation, the hit's own first
   * @param suppressedBy with a request's watchlist: the confirmed false-positive decision that
   *     suppresses this hit (the entry unchanged since), which then does not count for the outcome;
   *     null otherwise
   */
  @Schema(name = "Hit")
  public record Hit(
      @Schema(example = "us-ofac-cons:33114") String entityId,
      @Schema(example = "us-ofac-cons") String source,
      @Schema(example = "SENSETIME GROUP LIMITED") String name,
      @Schema(example = "SENSETIME GROUP LTD") String matchedName,
      @Schema(example = "1.0") double score,
      EntryType type,
      @Schema(example = "[\"CMIC-EO13959\"]") List<String> programs,
      Explanation explanation,
      HitDecision decision,
      List<Listing> listings,
      @Schema(example = "[\"un-sc:KPe.025\", \"gb-ofsi:12452\"]") List<String> entityIds,
      @JsonInclude(JsonInclude.Include.NON_NULL) Suppression suppressedBy) {

    /** A hit no watchlist's decision suppresses. */
    public Hit(
        String entityId,
        String source,
        String name,
        String matchedName,
        double score,
        EntryType type,
        List<String> programs,
        Explanation explanation,
        HitDecision decision,
        List<Listing> listings,
        List<String> entityIds) {
      this(
          entityId,
          source,
          name,
          matchedName,
          score,
          type,
          programs,
          explanation,
          decision,
          listings,
          entityIds,
          null);
    }

    /** This hit, suppressed by a decision. */
    public Hit suppressed(Suppression by) {
      return new Hit(
          entityId,
          source,
          name,
          matchedName,
          score,
          type,
          programs,
          explanation,
          decision,
          listings,
          entityIds,
          by);
    }
  }

  /**
   * The review decision that suppresses a hit for a watchlist's party: an officer cleared the alert
   * of the same (party, entry) pair as a false positive (with a second officer's approval when its
   * outcome was BLOCK), and the entry's names, aliases, identifiers and programs have not changed
   * since.
   *
   * @param watchlist the watchlist
   * @param party the watched party's reference
   * @param alertId the alert that was cleared
   * @param decisionId the id of the decision step in the alert's history
   * @param decision what was decided (FALSE_POSITIVE)
   * @param decidedBy the officer who decided
   * @param decidedAt when
   * @param approvedBy the second officer who approved clearing a BLOCK alert, or null
   * @param approvedAt when, or null
   */
  @Schema(name = "Suppression")
  public record Suppression(
      @Schema(example = "hk-ipo-pipeline") String watchlist,
      @Schema(example = "deal-0044") String party,
      @Schema(example = "17") long alertId,
      @Schema(example = "52") long decisionId,
      @Schema(example = "FALSE_POSITIVE") String decision,
      @Schema(example = "alice") String decidedBy,
      Instant decidedAt,
      @Schema(example = "bob") String approvedBy,
      Instant approvedAt) {}

  /**
   * One list's designation of a party that several lists designate.
   *
   * @param entityId the entry's id
   * @param source its source
   * @param name its primary name
   * @param matchedName its name that matched best
   * @param score its score
   * @param programs its programs
   * @param outcome what this listing alone means for the purpose
   * @param sameDesignationBy the keys it shares with the other listings: "UN KPE.025" (a UN
   *     reference number), "ID IMO 9562233" (an identical identifier)
   */
  @Schema(name = "Listing")
  public record Listing(
      @Schema(example = "gb-ofsi:12452") String entityId,
      @Schema(example = "gb-ofsi") String source,
      @Schema(example = "KOREA KWANGSON BANKING CORPORATION (KKBC)") String name,
      String matchedName,
      @Schema(example = "0.95") double score,
      @Schema(example = "[\"DPRK\"]") List<String> programs,
      @Schema(example = "BLOCK") Outcome outcome,
      @Schema(example = "[\"UN KPE.025\"]") List<String> sameDesignationBy) {}

  /**
   * What one hit's listing means for the purpose.
   *
   * @param outcome this hit's outcome
   * @param applies whether its measures restrict the purpose
   * @param reason why, in words
   * @param measures the measures the listing carries
   * @param notes what the measures table says about the list or program
   * @param unknownPrograms programs the measures table does not know (always reviewed)
   * @param listingDates dates the list gives: designation, listing, effective, divestment
   * @param transactionDate the day the dates were read against
   * @param governingDates the entry's dates that governed each measure, and on which side of each
   *     the transaction date falls
   */
  @Schema(name = "HitDecision")
  public record HitDecision(
      @Schema(example = "BLOCK") Outcome outcome,
      @Schema(example = "APPLIES") Applicability applies,
      String reason,
      List<MeasureView> measures,
      List<String> notes,
      List<String> unknownPrograms,
      @Schema(example = "{\"Listing Date (CMIC)\": \"2021-12-10\"}")
          Map<String, String> listingDates,
      @Schema(example = "2022-03-01") LocalDate transactionDate,
      List<GoverningDate> governingDates) {}

  /**
   * A date of the entry that governed a measure's effect.
   *
   * @param measure the measure's code
   * @param date what the date is ("effective date")
   * @param label the list's label for it
   * @param value the date
   * @param transactionDate where the transaction date falls: BEFORE, ON or AFTER it
   */
  @Schema(name = "GoverningDate")
  public record GoverningDate(
      @Schema(example = "SECURITIES_BAN") String measure,
      @Schema(example = "effective date") String date,
      @Schema(example = "Effective Date (CMIC)") String label,
      @Schema(example = "2022-02-08") LocalDate value,
      @Schema(example = "AFTER") MeasuresTable.Side transactionDate) {}

  /**
   * A measure and whether it restricts the purpose.
   *
   * @param code the measure's code
   * @param title its name
   * @param appliesToPurpose whether it restricts the purpose on the transaction date
   * @param description what it prohibits
   */
  @Schema(name = "Measure")
  public record MeasureView(
      @Schema(example = "SECURITIES_BAN") String code,
      @Schema(example = "Ban on publicly traded securities (NS-CMIC)") String title,
      @Schema(example = "APPLIES") Applicability appliesToPurpose,
      String description) {}

  /**
   * Why a hit scored what it did.
   *
   * @param summary one sentence
   * @param matchedNameKind whether the primary name or an alias matched
   * @param weakAlias whether the matched name is a weak alias
   * @param matchedNameNormalized the matched name as the matcher compared it
   * @param tokens the aligned tokens, in query order
   * @param unmatchedQueryTokens query tokens with no partner
   * @param unmatchedListedTokens listed-name tokens with no partner
   * @param queryCoverage share of the query's weight matched
   * @param listedNameCoverage share of the listed name's weight matched
   * @param adjustments what changed the name score, in words
   */
  @Schema(name = "Explanation")
  public record Explanation(
      @Schema(
              example =
                  "All 3 query words match the alias 'SENSETIME GROUP LTD' (name score 1.00).")
          String summary,
      @Schema(example = "AKA") String matchedNameKind,
      boolean weakAlias,
      @Schema(example = "sensetime group ltd") String matchedNameNormalized,
      List<TokenMatch> tokens,
      List<String> unmatchedQueryTokens,
      List<String> unmatchedListedTokens,
      @Schema(example = "1.0") double queryCoverage,
      @Schema(example = "1.0") double listedNameCoverage,
      List<String> adjustments) {}

  /**
   * A query token (or tokens) and the listed token(s) it was paired with.
   *
   * @param query the query side
   * @param listed the listed side
   * @param how how they compare: same word, one letter differs, written together...
   * @param similarity 0 to 1
   */
  @Schema(name = "TokenMatch")
  public record TokenMatch(
      @Schema(example = "sensetime") String query,
      @Schema(example = "sensetime") String listed,
      @Schema(example = "same word") String how,
      @Schema(example = "1.0") double similarity) {}
}
