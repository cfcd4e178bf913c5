package io.sanctionscreen.monitoring;

import io.sanctionscreen.index.IndexService;
import io.sanctionscreen.lists.ListEntry;
import io.sanctionscreen.lists.ListVersionCommitted;
import io.sanctionscreen.lists.versions.ListChanges;
import io.sanctionscreen.lists.versions.ListChangesService;
import io.sanctionscreen.screening.ScreenResponse;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Re-screens the watched parties against what a committed list version changed: the entries added,
 * and those modified in their type, names, identifiers or programs. The party index finds the
 * parties near each changed entry's names and identifiers; each is then screened as a single
 * screening would, and only its hits on changed entries raise alerts.
 */
@ApplicationScoped
public class DeltaRescreen {

  private static final Logger LOG = Logger.getLogger(DeltaRescreen.class);

  /** The fields of a modified entry that a review decision is about (EntryContent). */
  private static final Set<String> REVIEWED_FIELDS =
      Set.of("type", "name", "names", "identifiers", "programs");

  /**
   * Candidate parties per changed name, by the party index's score; each is then scored exactly
   * against the entry (cheap), and only those that reach their threshold are screened in full.
   */
  private static final int PER_NAME = 200;

  /** Parties screened per transaction. */
  private static final int CHUNK = 200;

  private final ListChangesService changes;
  private final IndexService index;
  private final PartyIndex parties;
  private final Chunks chunks;

  public DeltaRescreen(
      ListChangesService changes, IndexService index, PartyIndex parties, Chunks chunks) {
    this.changes = changes;
    this.index = index;
    this.parties = parties;
    this.chunks = chunks;
  }

  /**
   * After the index observed the version (so that screenings see it), re-screens what it changed.
   * The version is committed whatever happens here; a failure is logged, and a full re-screen
   * catches up.
   */
  void onCommitted(
      @Observes(during = TransactionPhase.AFTER_SUCCESS)
          @Priority(Interceptor.Priority.APPLICATION + 900)
          ListVersionCommitted event) {
    try {
      long started = System.nanoTime();
      index.rebuildIfStale();
      long indexed = System.nanoTime();
      int raised = rescreen(event.source(), event.versionId());
      LOG.infof(
          "List change %s@%d re-screened against the watched parties: %d alerts in %d ms (%d ms"
              + " waiting for the name index, %d ms re-screening)",
          event.source(),
          event.versionId(),
          raised,
          (System.nanoTime() - started) / 1_000_000,
          (indexed - started) / 1_000_000,
          (System.nanoTime() - indexed) / 1_000_000);
    } catch (RuntimeException e) {
      LOG.errorf(
          e,
          "Re-screening the watched parties after %s version %d failed; request a full re-screen",
          event.source(),
          event.versionId());
    }
  }

  /** Re-screens the parties against one version's changes; returns the alerts raised. */
  public int rescreen(String source, long versionId) {
    List<Changed> changed = chunks.changed(source, versionId);
    if (changed.isEmpty()) {
      return 0;
    }
    Set<String> focus = new HashSet<>();
    changed.forEach(c -> focus.add(c.entityId()));
    // Which changed entries each party came near by name; parties sharing an identifier with one
    // are screened whatever their names.
    Map<Long, Set<String>> nearBy = new HashMap<>();
    Set<Long> identified = new LinkedHashSet<>();
    List<PartyIndex.Candidates> found = parties.candidates(changed, PER_NAME);
    for (int i = 0; i < changed.size(); i++) {
      String entityId = changed.get(i).entityId();
      for (Long id : found.get(i).byName()) {
        nearBy.computeIfAbsent(id, k -> new HashSet<>()).add(entityId);
      }
      identified.addAll(found.get(i).byIdentifier());
    }
    List<Long> near = new ArrayList<>(nearBy.keySet());
    near.sort(null);
    Set<Long> screen = new LinkedHashSet<>(identified);
    for (int i = 0; i < near.size(); i += 1000) {
      screen.addAll(chunks.reaching(near.subList(i, Math.min(i + 1000, near.size())), nearBy));
    }
    List<Long> candidates = new ArrayList<>(screen);
    LOG.debugf(
        "List change %s@%d: %d parties near its %d changed entries by name, %d by identifier, %d"
            + " to screen",
        source, versionId, nearBy.size(), changed.size(), identified.size(), candidates.size());
    String raisedBy = "list-change:" + source + "@" + versionId;
    int raised = 0;
    for (int i = 0; i < candidates.size(); i += CHUNK) {
      raised +=
          chunks.screen(
              candidates.subList(i, Math.min(i + CHUNK, candidates.size())), focus, raisedBy);
    }
    return raised;
  }

  /** A changed entry: its id, names and identifier values. */
  record Changed(String entityId, List<String> names, List<String> identifiers) {}

  /**
   * The transactions of a delta re-screen: new ones, since the observer runs while the import's
   * transaction completes.
   */
  @ApplicationScoped
  static class Chunks {

    private final EntityManager em;
    private final ListChangesService changes;
    private final PartyScreener screener;

    Chunks(EntityManager em, ListChangesService changes, PartyScreener screener) {
      this.em = em;
      this.changes = changes;
      this.screener = screener;
    }

    /** The entries a version added, or modified in a reviewed field. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Changed> changed(String source, long versionId) {
      List<String> ids = new ArrayList<>();
      for (int offset = 0; ; offset += ListChangesService.MAX_CHANGES) {
        ListChanges page =
            changes.changes(source, null, versionId, null, offset, ListChangesService.MAX_CHANGES);
        for (ListChanges.Change c : page.changes()) {
          if (c.change() == ListChanges.Kind.ADDED
              || (c.change() == ListChanges.Kind.MODIFIED
                  && c.fields().stream().anyMatch(f -> REVIEWED_FIELDS.contains(f.field())))) {
            ids.add(c.entityId());
          }
        }
        if (offset + ListChangesService.MAX_CHANGES >= page.total()) {
          break;
        }
      }
      Map<String, Changed> out = new LinkedHashMap<>();
      for (int i = 0; i < ids.size(); i += 500) {
        for (ListEntry e :
            em.createQuery(
                    "select e from ListEntry e where e.version.id = :v and e.entityId in :ids",
                    ListEntry.class)
                .setParameter("v", versionId)
                .setParameter("ids", ids.subList(i, Math.min(i + 500, ids.size())))
                .getResultList()) {
          List<String> names = new ArrayList<>();
          names.add(e.primaryName);
          e.names.forEach(n -> names.add(n.name));
          out.put(
              e.entityId,
              new Changed(
                  e.entityId,
                  names.stream().distinct().toList(),
                  e.identifiers.stream().map(x -> x.value).toList()));
        }
      }
      return List.copyOf(out.values());
    }

    /**
     * The parties (of those given) that can hit one of the entries they came near at their
     * watchlist's threshold ({@link PartyScreener#mayHit}): the cheap cut that leaves the full
     * screening to the few that can raise an alert.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Long> reaching(List<Long> partyIds, Map<Long, Set<String>> nearBy) {
      List<Long> out = new ArrayList<>();
      Map<String, Watchlist> watchlists = new HashMap<>();
      for (WatchedParty p : load(partyIds)) {
        Watchlist w = watchlists.computeIfAbsent(p.watchlist, n -> em.find(Watchlist.class, n));
        if (screener.mayHit(w, p, nearBy.get(p.id))) {
          out.add(p.id);
        }
      }
      return out;
    }

    /** Screens parties, raising alerts on the focus entries only; returns the alerts raised. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int screen(List<Long> partyIds, Set<String> focus, String raisedBy) {
      int raised = 0;
      Map<String, Watchlist> watchlists = new HashMap<>();
      List<WatchedParty> loaded = load(partyIds);
      for (WatchedParty p : loaded) {
        watchlists.computeIfAbsent(p.watchlist, n -> em.find(Watchlist.class, n));
      }
      List<ScreenResponse> answers = screener.screenAll(loaded, p -> watchlists.get(p.watchlist));
      for (int i = 0; i < loaded.size(); i++) {
        WatchedParty p = loaded.get(i);
        raised +=
            screener.raise(watchlists.get(p.watchlist), p, answers.get(i), focus, raisedBy).size();
      }
      return raised;
    }

    private List<WatchedParty> load(List<Long> partyIds) {
      return em.createQuery(
              "select p from WatchedParty p where p.id in :ids order by p.id", WatchedParty.class)
          .setParameter("ids", partyIds)
          .getResultList();
    }
  }
}
