package io.sanctionscreen.monitoring;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.sanctionscreen.errors.ConflictException;
import io.sanctionscreen.errors.InvalidInputException;
import io.sanctionscreen.errors.NotFoundException;
import io.sanctionscreen.screening.ScreenResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Watchlists and their parties. Adding parties screens them at once, in the same transaction, so
 * that a party is never stored without the alerts it raises.
 */
@ApplicationScoped
@Transactional
public class WatchlistService {

  /** A watchlist's name: lower-case letters, digits, '-', '_' and '.', 1 to 100 characters. */
  public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

  /** Parties written per flush, and references looked up per query, when adding parties. */
  private static final int PAGE = 500;

  private final EntityManager em;
  private final PartyScreener screener;
  private final MonitoringConfig config;
  private final Clock clock;
  private final Event<PartiesChanged> changed;

  public WatchlistService(
      EntityManager em,
      PartyScreener screener,
      MonitoringConfig config,
      Clock clock,
      Event<PartiesChanged> changed) {
    this.em = em;
    this.screener = screener;
    this.config = config;
    this.clock = clock;
    this.changed = changed;
  }

  /**
   * Creates or updates a watchlist.
   *
   * @return the watchlist, and whether it was created
   */
  public Saved put(String name, WatchlistRequest request) {
    checkName(name);
    Watchlist w = em.find(Watchlist.class, name);
    boolean created = w == null;
    Instant now = clock.instant();
    if (created) {
      w = new Watchlist();
      w.name = name;
      w.createdAt = now;
    }
    w.description = request.description();
    w.purpose = request.purpose().name();
    w.threshold = request.threshold();
    w.updatedAt = now;
    if (created) {
      em.persist(w);
    }
    return new Saved(WatchlistView.of(w, created ? 0 : partyCount(name)), created);
  }

  /** A saved watchlist, and whether the request created it. */
  public record Saved(WatchlistView watchlist, boolean created) {}

  /** Every watchlist, by name. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<WatchlistView> list() {
    return em
        .createQuery("select w from Watchlist w order by w.name", Watchlist.class)
        .getResultList()
        .stream()
        .map(w -> WatchlistView.of(w, partyCount(w.name)))
        .toList();
  }

  /**
   * One watchlist.
   *
   * @throws NotFoundException if there is none of that name
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public WatchlistView get(String name) {
    return WatchlistView.of(find(name), partyCount(name));
  }

  /**
   * Adds parties (replacing those whose reference the watchlist holds) and screens them.
   *
   * @throws NotFoundException if there is no such watchlist
   * @throws InvalidInputException for a reference given twice, too many parties, or a name that
   *     cannot be screened
   */
  @TransactionConfiguration(timeout = 900)
  public PartiesAdded addParties(String name, List<PartyInput> parties, String caller) {
    Watchlist w = em.find(Watchlist.class, name, LockModeType.PESSIMISTIC_WRITE);
    if (w == null) {
      throw notFound(name);
    }
    if (parties.size() > config.maxPartiesPerRequest()) {
      throw new InvalidInputException(
          "parties", "holds more than " + config.maxPartiesPerRequest() + " parties");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < parties.size(); i++) {
      if (!seen.add(parties.get(i).reference())) {
        throw new InvalidInputException(
            "parties[" + i + "].reference", "'" + parties.get(i).reference() + "' is given twice");
      }
    }
    Instant now = clock.instant();
    List<WatchedParty> stored = new ArrayList<>(parties.size());
    for (PartyInput in : parties) {
      WatchedParty p = new WatchedParty();
      p.watchlist = name;
      p.reference = in.reference();
      p.name = in.name();
      p.type = in.type() == null ? null : in.type().apiName();
      p.country = in.country();
      p.birthDate = in.birthDate();
      p.identifiers = screener.identifiersJson(in.identifiersOrEmpty());
      p.addedAt = now;
      p.addedBy = caller;
      stored.add(p);
    }
    // Screened first, on every core: a name that cannot be screened refuses the request before
    // anything is written.
    Watchlist watchlist = w;
    List<ScreenResponse> answers = screener.screenAll(stored, p -> watchlist);
    // A replaced party gets a new row (and id), so that every replica's party index sees it.
    List<Long> removed = new ArrayList<>();
    for (int i = 0; i < parties.size(); i += PAGE) {
      List<String> references =
          parties.subList(i, Math.min(i + PAGE, parties.size())).stream()
              .map(PartyInput::reference)
              .toList();
      removed.addAll(
          em.createQuery(
                  "select p.id from WatchedParty p where p.watchlist = :w and p.reference in :r",
                  Long.class)
              .setParameter("w", name)
              .setParameter("r", references)
              .getResultList());
    }
    int replaced = 0;
    for (int i = 0; i < removed.size(); i += PAGE) {
      replaced +=
          em.createQuery("delete from WatchedParty p where p.id in :ids")
              .setParameter("ids", removed.subList(i, Math.min(i + PAGE, removed.size())))
              .executeUpdate();
    }
    long total = partyCount(name) + stored.size();
    if (total > config.maxPartiesPerWatchlist()) {
      throw new ConflictException(
          "watchlist-full",
          "Watchlist full",
          "Watchlist "
              + name
              + " would hold "
              + total
              + " parties; at most "
              + config.maxPartiesPerWatchlist()
              + " are allowed");
    }
    List<Long> alerts = new ArrayList<>();
    List<PartiesChanged.Added> added = new ArrayList<>(stored.size());
    for (int i = 0; i < stored.size(); i++) {
      WatchedParty p = stored.get(i);
      em.persist(p);
      alerts.addAll(screener.raise(w, p, answers.get(i), null, caller));
      added.add(new PartiesChanged.Added(p.id, p.name, p.identifiers));
      if ((i + 1) % PAGE == 0) {
        // Writes in JDBC batches, and keeps the session small: its automatic flush before each
        // query of the alerts would otherwise check every party stored so far.
        em.flush();
        em.clear();
      }
    }
    changed.fire(new PartiesChanged(added, removed));
    return new PartiesAdded(name, stored.size() - replaced, replaced, alerts);
  }

  /** A page of a watchlist's parties, by reference. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PartyPage parties(String name, int offset, int limit) {
    find(name);
    List<PartyView> page =
        em
            .createQuery(
                "select p from WatchedParty p where p.watchlist = :w order by p.reference",
                WatchedParty.class)
            .setParameter("w", name)
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultList()
            .stream()
            .map(
                p ->
                    new PartyView(
                        p.reference,
                        p.name,
                        p.type,
                        p.country,
                        p.birthDate,
                        screener.identifiers(p),
                        p.addedAt,
                        p.addedBy))
            .toList();
    return new PartyPage(name, partyCount(name), offset, limit, page);
  }

  /**
   * Removes a party; its alerts stay, as evidence.
   *
   * @throws NotFoundException if the watchlist or the party is unknown
   */
  public void deleteParty(String name, String reference) {
    find(name);
    List<Long> ids =
        em.createQuery(
                "select p.id from WatchedParty p where p.watchlist = :w and p.reference = :r",
                Long.class)
            .setParameter("w", name)
            .setParameter("r", reference)
            .getResultList();
    if (ids.isEmpty()) {
      throw new NotFoundException("Watchlist " + name + " holds no party " + reference);
    }
    em.createQuery("delete from WatchedParty p where p.id in :ids")
        .setParameter("ids", ids)
        .executeUpdate();
    changed.fire(new PartiesChanged(List.of(), ids));
  }

  Watchlist find(String name) {
    Watchlist w = em.find(Watchlist.class, name);
    if (w == null) {
      throw notFound(name);
    }
    return w;
  }

  private long partyCount(String name) {
    return em.createQuery("select count(p) from WatchedParty p where p.watchlist = :w", Long.class)
        .setParameter("w", name)
        .getSingleResult();
  }

  private static NotFoundException notFound(String name) {
    return new NotFoundException("No watchlist " + name);
  }

  private static void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new InvalidInputException(
          "name",
          "must be 1 to 100 lower-case letters, digits, '.', '_' or '-', starting with a letter or"
              + " digit");
    }
  }
}
