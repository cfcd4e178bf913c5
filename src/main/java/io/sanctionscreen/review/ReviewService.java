package io.sanctionscreen.review;

import io.sanctionscreen.errors.ConflictException;
import io.sanctionscreen.monitoring.Alert;
import io.sanctionscreen.monitoring.AlertService;
import io.sanctionscreen.monitoring.AlertStatus;
import io.sanctionscreen.monitoring.AlertView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The review of alerts with four eyes: an officer decides; clearing an alert whose outcome is BLOCK
 * as a false positive waits for a second, different officer's approval. Every step is appended to
 * the alert's history with the caller and time. A cleared alert suppresses its (party, entry) pair
 * while the entry's content is unchanged (monitoring raises one alert per entry content).
 *
 * <p>Review uses monitoring (its alerts), never the other way round.
 */
@ApplicationScoped
@Transactional
public class ReviewService {

  private final AlertService alerts;
  private final Clock clock;

  public ReviewService(AlertService alerts, Clock clock) {
    this.alerts = alerts;
    this.clock = clock;
  }

  /**
   * Records an officer's decision.
   *
   * @throws io.sanctionscreen.errors.NotFoundException if there is no such alert
   * @throws ConflictException if the alert is already decided
   */
  public AlertView decide(long id, Decision decision, String comment, String caller) {
    Alert a = alerts.lockForReview(id);
    if (a.status != AlertStatus.OPEN && a.status != AlertStatus.ESCALATED) {
      throw new ConflictException(
          "alert-decided",
          "Alert already decided",
          "Alert " + id + " is " + a.status + "; only OPEN or ESCALATED alerts can be decided");
    }
    a.status =
        switch (decision) {
          case FALSE_POSITIVE ->
              "BLOCK".equals(a.outcome) ? AlertStatus.PENDING_APPROVAL : AlertStatus.CLEARED;
          case TRUE_MATCH -> AlertStatus.CONFIRMED;
          case ESCALATE -> AlertStatus.ESCALATED;
        };
    if (decision != Decision.ESCALATE) {
      a.decision = decision.name();
      a.decidedBy = caller;
      a.decidedAt = clock.instant();
    }
    alerts.record(a, caller, decision.name(), comment);
    return alerts.get(id);
  }

  /**
   * Records a second officer's approval of clearing a BLOCK alert.
   *
   * @throws io.sanctionscreen.errors.NotFoundException if there is no such alert
   * @throws ConflictException if the alert awaits no approval, or the caller decided it
   */
  public AlertView approve(long id, String comment, String caller) {
    Alert a = alerts.lockForReview(id);
    if (a.status != AlertStatus.PENDING_APPROVAL) {
      throw new ConflictException(
          "alert-not-pending",
          "No approval pending",
          "Alert " + id + " is " + a.status + "; only PENDING_APPROVAL alerts can be approved");
    }
    if (caller.equals(a.decidedBy)) {
      throw new ConflictException(
          "four-eyes",
          "Second officer required",
          "Alert "
              + id
              + " was decided by "
              + caller
              + "; clearing it needs the approval of a different officer");
    }
    a.status = AlertStatus.CLEARED;
    a.approvedBy = caller;
    a.approvedAt = clock.instant();
    alerts.record(a, caller, "APPROVED", comment);
    return alerts.get(id);
  }
}
