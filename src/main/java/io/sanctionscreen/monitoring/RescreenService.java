package io.sanctionscreen.monitoring;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.sanctionscreen.errors.NotFoundException;
import io.sanctionscreen.screening.ScreenResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Full re-screens of a watchlist, shared by the replicas through the database: a job is claimed
 * with a lease (a conditional update that only one replica can win, on PostgreSQL and H2 alike),
 * run in chunks that each store the cursor, the counts and a renewed lease in the transaction that
 * stores their alerts, and resumed from its cursor by another replica once a lease runs out. An
 * alert raised twice (a chunk redone after a crash) is not stored twice: alerts are unique per
 * (watchlist, party, entry, entry content).
 */
@ApplicationScoped
@Transactional
public class RescreenService {

  private final EntityManager em;
  private final WatchlistService watchlists;
  private final PartyScreener screener;
  private final MonitoringConfig config;
  private final Clock clock;

  public RescreenService(
      EntityManager em,
      WatchlistService watchlists,
      PartyScreener screener,
      MonitoringConfig config,
      Clock clock) {
    this.em = em;
    this.watchlists = watchlists;
    this.screener = screener;
    this.config = config;
    this.clock = clock;
  }

  /**
   * Queues a full re-screen of a watchlist.
   *
   * @throws NotFoundException if there is no such watchlist
   */
  public RescreenView request(String watchlist, String caller) {
    watchlists.find(watchlist);
    RescreenJob j = new RescreenJob();
    j.watchlist = watchlist;
    j.status = RescreenJob.Status.QUEUED;
    j.requestedBy = caller;
    j.requestedAt = clock.instant();
    j.total =
        em.createQuery("select count(p) from WatchedParty p where p.watchlist = :w", Long.class)
            .setParameter("w", watchlist)
            .getSingleResult();
    em.persist(j);
    return RescreenView.of(j);
  }

  /**
   * A job and its progress.
   *
   * @throws NotFoundException if there is none
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public RescreenView get(long id) {
    RescreenJob j = em.find(RescreenJob.class, id);
    if (j == null) {
      throw new NotFoundException("No re-screen " + id);
    }
    return RescreenView.of(j);
  }

  /** The jobs that are waiting, or whose replica let the lease run out, oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Long> claimable() {
    return em.createQuery(
            "select j.id from RescreenJob j where j.status in :s"
                + " and (j.leaseUntil is null or j.leaseUntil < :now) order by j.id",
            Long.class)
        .setParameter("s", List.of(RescreenJob.Status.QUEUED, RescreenJob.Status.RUNNING))
        .setParameter("now", clock.instant())
        .setMaxResults(10)
        .getResultList();
  }

  /**
   * Takes a job's lease if it is free: one replica wins, the others update nothing.
   *
   * @return whether this owner holds the lease now
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claim(long id, String owner) {
    Instant now = clock.instant();
    return em.createQuery(
                "update RescreenJob j set j.leaseOwner = :o, j.leaseUntil = :until,"
                    + " j.status = :running, j.startedAt = coalesce(j.startedAt, :now)"
                    + " where j.id = :id and j.status in :s"
                    + " and (j.leaseUntil is null or j.leaseUntil < :now)")
            .setParameter("o", owner)
            .setParameter("until", now.plus(config.rescreenLease()))
            .setParameter("running", RescreenJob.Status.RUNNING)
            .setParameter("now", now)
            .setParameter("id", id)
            .setParameter("s", List.of(RescreenJob.Status.QUEUED, RescreenJob.Status.RUNNING))
            .executeUpdate()
        == 1;
  }

  /** What a chunk left: whether the job goes on, and how long it ran in all when it finished. */
  public record Chunk(boolean more, Duration finishedAfter) {}

  /**
   * Screens the next chunk of a job's parties, storing their alerts, the cursor and a renewed lease
   * in one transaction.
   *
   * @return whether there is more to do (false also when the lease was lost)
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  @TransactionConfiguration(timeout = 300)
  public Chunk runChunk(long id, String owner) {
    RescreenJob j = em.find(RescreenJob.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (j == null || !owner.equals(j.leaseOwner) || j.status != RescreenJob.Status.RUNNING) {
      return new Chunk(false, null);
    }
    Watchlist w = em.find(Watchlist.class, j.watchlist);
    List<WatchedParty> parties =
        em.createQuery(
                "select p from WatchedParty p where p.watchlist = :w and p.id > :c order by p.id",
                WatchedParty.class)
            .setParameter("w", j.watchlist)
            .setParameter("c", j.cursorId)
            .setMaxResults(config.rescreenChunk())
            .getResultList();
    Instant now = clock.instant();
    if (parties.isEmpty()) {
      j.status = RescreenJob.Status.DONE;
      j.finishedAt = now;
      j.leaseOwner = null;
      j.leaseUntil = null;
      return new Chunk(false, Duration.between(j.startedAt, now));
    }
    List<ScreenResponse> answers = screener.screenAll(parties, p -> w);
    for (int i = 0; i < parties.size(); i++) {
      WatchedParty p = parties.get(i);
      j.alertsRaised += screener.raise(w, p, answers.get(i), null, "rescreen:" + id).size();
      j.cursorId = p.id;
      j.done++;
    }
    j.leaseUntil = clock.instant().plus(config.rescreenLease());
    return new Chunk(true, null);
  }

  /** Records why a job failed; it is not retried. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void fail(long id, String error) {
    RescreenJob j = em.find(RescreenJob.class, id);
    if (j != null) {
      j.status = RescreenJob.Status.FAILED;
      j.finishedAt = clock.instant();
      j.error = error.length() > 2000 ? error.substring(0, 2000) : error;
      j.leaseOwner = null;
      j.leaseUntil = null;
    }
  }
}
