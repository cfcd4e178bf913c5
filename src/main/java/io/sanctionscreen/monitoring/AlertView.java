package io.sanctionscreen.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An alert as shown: the party, the entry, the score and its explanation, the list version that
 * raised it, the outcome for the watchlist's purpose, where its review stands and its history.
 *
 * @param id the alert's id
 * @param watchlist the watchlist
 * @param party the watched party
 * @param entityId the listed entry's stable id
 * @param source the list
 * @param listVersion the list version that raised it
 * @param listedName the entry's primary name
 * @param matchedName the entry's name that matched
 * @param score 0 to 1, as a single screening of the party scores
 * @param explanation why it matched (as in a screening's hit)
 * @param purpose the watchlist's purpose
 * @param outcome what the hit means for that purpose
 * @param status where its review stands
 * @param raisedAt when it was raised
 * @param raisedBy who caused the screening (the caller adding the party, or a list change)
 * @param decision the decision taken, if any
 * @param decidedBy who decided
 * @param decidedAt when
 * @param approvedBy the second officer who approved clearing it
 * @param approvedAt when
 * @param previous the earlier alert of the same party and entry when the entry changed since
 * @param history every step, oldest first
 * @param notifications the attempts to notify about it (webhook calls), oldest first
 */
@Schema(name = "Alert")
public record AlertView(
    @Schema(example = "1") long id,
    @Schema(example = "hk-ipo-pipeline") String watchlist,
    Party party,
    @Schema(example = "us-ofac-cons:33114") String entityId,
    @Schema(example = "us-ofac-cons") String source,
    @Schema(example = "3") long listVersion,
    @Schema(example = "SENSETIME GROUP LIMITED") String listedName,
    @Schema(example = "SENSETIME GROUP LTD") String matchedName,
    @Schema(example = "1.0") double score,
    JsonNode explanation,
    @Schema(example = "IPO") String purpose,
    @Schema(example = "BLOCK") String outcome,
    @Schema(example = "OPEN") AlertStatus status,
    Instant raisedAt,
    @Schema(example = "list-change:us-ofac-cons@3") String raisedBy,
    @Schema(example = "FALSE_POSITIVE") String decision,
    String decidedBy,
    Instant decidedAt,
    String approvedBy,
    Instant approvedAt,
    Previous previous,
    List<Step> history,
    List<NotificationAttempt> notifications) {

  /**
   * The watched party of an alert.
   *
   * @param reference the bank's reference
   * @param name its name
   */
  @Schema(name = "AlertParty")
  public record Party(
      @Schema(example = "deal-2021-0042") String reference,
      @Schema(example = "SenseTime Group Ltd") String name) {}

  /**
   * The earlier alert of the same party and entry, and how it was decided.
   *
   * @param alertId its id
   * @param status its status
   * @param decision its decision
   * @param decidedBy who decided
   * @param decidedAt when
   * @param approvedBy who approved
   */
  @Schema(name = "PreviousAlert")
  public record Previous(
      long alertId,
      AlertStatus status,
      String decision,
      String decidedBy,
      Instant decidedAt,
      String approvedBy) {}

  /**
   * One step of an alert's history.
   *
   * @param id the step's id (a screening suppressed by a decision names it)
   * @param at when
   * @param actor who
   * @param action RAISED, FALSE_POSITIVE, TRUE_MATCH, ESCALATE or APPROVED
   * @param status the status it left the alert in
   * @param comment what the actor wrote
   */
  @Schema(name = "AlertStep")
  public record Step(
      long id, Instant at, String actor, String action, AlertStatus status, String comment) {}
}
