package io.sanctionscreen.monitoring;

import io.sanctionscreen.errors.NotFoundException;
import io.sanctionscreen.lists.ListEntryRepository;
import io.sanctionscreen.screening.ScreenResponse;
import io.sanctionscreen.screening.Suppressions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A watchlist's suppressions for single screenings: a hit is suppressed for a party when an alert
 * of the same (watchlist, party, entry) was cleared as a false positive (approved by a second
 * officer when its outcome was BLOCK) and the entry's reviewed content ({@link EntryContent}) is
 * the same today as when the alert was raised, exactly as a re-screen would raise nothing for it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WatchlistSuppressions implements Suppressions {

  private final EntityManager em;
  private final ListEntryRepository entries;

  public WatchlistSuppressions(EntityManager em, ListEntryRepository entries) {
    this.em = em;
    this.entries = entries;
  }

  @Override
  public Map<String, ScreenResponse.Suppression> find(
      String watchlist, String party, String name, Collection<String> entityIds) {
    if (em.find(Watchlist.class, watchlist) == null) {
      throw new NotFoundException("No watchlist " + watchlist);
    }
    if (party != null
        && em.createQuery(
                    "select count(p) from WatchedParty p where p.watchlist = :w"
                        + " and p.reference = :r",
                    Long.class)
                .setParameter("w", watchlist)
                .setParameter("r", party)
                .getSingleResult()
            == 0) {
      throw new NotFoundException("Watchlist " + watchlist + " holds no party " + party);
    }
    Map<String, ScreenResponse.Suppression> out = new HashMap<>();
    if (entityIds.isEmpty()) {
      return out;
    }
    String sameName = name == null ? null : name.strip().toLowerCase(Locale.ROOT);
    List<Alert> cleared =
        em.createQuery(
                "select a from Alert a where a.watchlist = :w and a.entityId in :ids"
                    + " and a.status = :s and a.decision = 'FALSE_POSITIVE' order by a.id desc",
                Alert.class)
            .setParameter("w", watchlist)
            .setParameter("ids", List.copyOf(entityIds))
            .setParameter("s", AlertStatus.CLEARED)
            .getResultList();
    Map<String, String> currentHash = new HashMap<>();
    for (Alert a : cleared) {
      boolean theParty =
          party != null
              ? party.equals(a.partyReference)
              : a.partyName.strip().toLowerCase(Locale.ROOT).equals(sameName);
      if (!theParty || out.containsKey(a.entityId)) {
        continue;
      }
      String hash =
          currentHash.computeIfAbsent(
              a.entityId, id -> entries.findActive(id).map(EntryContent::hash).orElse(""));
      if (hash.equals(a.entryHash)) {
        out.put(a.entityId, suppression(a));
      }
    }
    return out;
  }

  private ScreenResponse.Suppression suppression(Alert a) {
    Long step =
        em.createQuery(
                "select max(e.id) from AlertEvent e where e.alertId = :a and e.action = :d",
                Long.class)
            .setParameter("a", a.id)
            .setParameter("d", a.decision)
            .getSingleResult();
    return new ScreenResponse.Suppression(
        a.watchlist,
        a.partyReference,
        a.id,
        step == null ? 0 : step,
        a.decision,
        a.decidedBy,
        a.decidedAt,
        a.approvedBy,
        a.approvedAt);
  }
}
