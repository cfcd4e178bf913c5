package io.sanctionscreen.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sanctionscreen.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores alerts and their history, and reads them. An alert is raised once per (watchlist, party,
 * entry, entry content): a hit whose pair already alerted with the same content (open, decided or
 * cleared as a false positive) raises nothing, which is how a confirmed false positive suppresses
 * the pair until the entry changes. A returning alert links to the earlier one and its decision.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AlertService {

  /** The fields of a new alert. */
  public record NewAlert(
      String watchlist,
      String partyReference,
      String partyName,
      String entityId,
      String entryHash,
      String source,
      long listVersionId,
      String listedName,
      String matchedName,
      double score,
      String purpose,
      String outcome,
      Object explanation,
      String raisedBy) {}

  private final EntityManager em;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final Event<AlertRaised> raised;
  private final Instance<NotificationLog> notifications;

  public AlertService(
      EntityManager em,
      ObjectMapper mapper,
      Clock clock,
      Event<AlertRaised> raised,
      Instance<NotificationLog> notifications) {
    this.em = em;
    this.mapper = mapper;
    this.clock = clock;
    this.raised = raised;
    this.notifications = notifications;
  }

  /**
   * Raises an alert unless its pair already alerted with the same entry content.
   *
   * @return the new alert's id, or null if none was raised
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Long raise(NewAlert a) {
    List<Alert> earlier =
        em.createQuery(
                "select a from Alert a where a.watchlist = :w and a.partyReference = :p"
                    + " and a.entityId = :e order by a.id desc",
                Alert.class)
            .setParameter("w", a.watchlist())
            .setParameter("p", a.partyReference())
            .setParameter("e", a.entityId())
            .getResultList();
    for (Alert e : earlier) {
      if (e.entryHash.equals(a.entryHash())) {
        return null;
      }
    }
    Alert alert = new Alert();
    alert.watchlist = a.watchlist();
    alert.partyReference = a.partyReference();
    alert.partyName = a.partyName();
    alert.entityId = a.entityId();
    alert.entryHash = a.entryHash();
    alert.source = a.source();
    alert.listVersionId = a.listVersionId();
    alert.listedName = a.listedName();
    alert.matchedName = a.matchedName();
    alert.score = a.score();
    alert.purpose = a.purpose();
    alert.outcome = a.outcome();
    try {
      alert.explanation = mapper.writeValueAsString(a.explanation());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the explanation cannot be written as JSON", e);
    }
    alert.status = AlertStatus.OPEN;
    alert.raisedAt = clock.instant();
    alert.raisedBy = a.raisedBy();
    Alert previous = earlier.isEmpty() ? null : earlier.get(0);
    alert.previousAlertId = previous == null ? null : previous.id;
    em.persist(alert);
    record(
        alert,
        a.raisedBy(),
        previous == null ? "RAISED" : "RAISED_AGAIN",
        previous == null
            ? null
            : "The entry changed since alert "
                + previous.id
                + (previous.decision == null
                    ? ""
                    : " (" + previous.decision + " by " + previous.decidedBy + ")"));
    em.flush();
    AlertView view = view(alert, List.of(), false);
    try {
      raised.fire(new AlertRaised(alert.id, alert.watchlist, mapper.writeValueAsString(view)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the alert cannot be written as JSON", e);
    }
    return alert.id;
  }

  /**
   * The alert, locked until the transaction ends, for a review step.
   *
   * @throws NotFoundException if there is none
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Alert lockForReview(long id) {
    Alert a = em.find(Alert.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (a == null) {
      throw new NotFoundException("No alert " + id);
    }
    return a;
  }

  /** Appends a step to an alert's history, with the status the alert is left in. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(Alert alert, String actor, String action, String comment) {
    AlertEvent e = new AlertEvent();
    e.alertId = alert.id;
    e.at = clock.instant();
    e.actor = actor;
    e.action = action;
    e.status = alert.status;
    e.comment = comment;
    em.persist(e);
  }

  /**
   * One alert with its history and notification attempts.
   *
   * @throws NotFoundException if there is none
   */
  public AlertView get(long id) {
    Alert a = em.find(Alert.class, id);
    if (a == null) {
      throw new NotFoundException("No alert " + id);
    }
    List<AlertView.Step> history =
        em
            .createQuery(
                "select e from AlertEvent e where e.alertId = :a order by e.id", AlertEvent.class)
            .setParameter("a", id)
            .getResultList()
            .stream()
            .map(e -> new AlertView.Step(e.id, e.at, e.actor, e.action, e.status, e.comment))
            .toList();
    return view(a, history, true);
  }

  /** A page of alerts matching every criterion given, newest first. */
  public AlertPage search(
      AlertStatus status, String watchlist, Instant from, Instant to, int offset, int limit) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (status != null) {
      where.append(" and a.status = :status");
      params.put("status", status);
    }
    if (watchlist != null) {
      where.append(" and a.watchlist = :watchlist");
      params.put("watchlist", watchlist);
    }
    if (from != null) {
      where.append(" and a.raisedAt >= :from");
      params.put("from", from);
    }
    if (to != null) {
      where.append(" and a.raisedAt < :to");
      params.put("to", to);
    }
    TypedQuery<Long> count = em.createQuery("select count(a) from Alert a" + where, Long.class);
    TypedQuery<Alert> page =
        em.createQuery("select a from Alert a" + where + " order by a.id desc", Alert.class);
    params.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          page.setParameter(k, v);
        });
    List<AlertView> views = new ArrayList<>();
    for (Alert a : page.setFirstResult(offset).setMaxResults(limit).getResultList()) {
      views.add(view(a, null, false));
    }
    return new AlertPage(count.getSingleResult(), offset, limit, views);
  }

  /** How many alerts have this status. */
  public long count(AlertStatus status) {
    return em.createQuery("select count(a) from Alert a where a.status = :s", Long.class)
        .setParameter("s", status)
        .getSingleResult();
  }

  private AlertView view(Alert a, List<AlertView.Step> history, boolean withNotifications) {
    AlertView.Previous previous = null;
    if (a.previousAlertId != null) {
      Alert p = em.find(Alert.class, a.previousAlertId);
      if (p != null) {
        previous =
            new AlertView.Previous(
                p.id, p.status, p.decision, p.decidedBy, p.decidedAt, p.approvedBy);
      }
    }
    List<NotificationAttempt> attempts = null;
    if (withNotifications) {
      attempts = notifications.isResolvable() ? notifications.get().attemptsFor(a.id) : List.of();
    }
    return new AlertView(
        a.id,
        a.watchlist,
        new AlertView.Party(a.partyReference, a.partyName),
        a.entityId,
        a.source,
        a.listVersionId,
        a.listedName,
        a.matchedName,
        a.score,
        explanation(a.explanation),
        a.purpose,
        a.outcome,
        a.status,
        a.raisedAt,
        a.raisedBy,
        a.decision,
        a.decidedBy,
        a.decidedAt,
        a.approvedBy,
        a.approvedAt,
        previous,
        history,
        attempts);
  }

  private JsonNode explanation(String json) {
    try {
      return mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored explanation is not JSON", e);
    }
  }
}
