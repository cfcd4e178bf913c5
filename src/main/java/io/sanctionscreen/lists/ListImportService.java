package io.sanctionscreen.lists;

import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Stores a parsed list as a new version, all or nothing, in one transaction; the previous version
 * of the source serves until this one commits. Content identical to the active version creates no
 * new version; a list that would lose more than the configured share of the active version's
 * entries or names is refused unless forced. Announces each committed version with a {@link
 * ListVersionCommitted} event.
 *
 * <p>Every write to the list tables first takes the database's import lock (a row locked with
 * SELECT ... FOR UPDATE until the transaction ends), so imports and refresh bookkeeping take turns
 * across replicas sharing the database. A process killed mid-import leaves nothing: its transaction
 * rolls back, and a version turns ACTIVE only after all its entries are written.
 */
@ApplicationScoped
@Transactional
public class ListImportService {

  private static final Logger LOG = Logger.getLogger(ListImportService.class);
  private static final int FLUSH_EVERY = 500;

  /** SQL states of a lock wait that gave up: H2's lock timeout, PostgreSQL's lock_not_available. */
  private static final Set<String> LOCK_TIMEOUT_STATES = Set.of("HYT00", "55P03");

  /**
   * How to import.
   *
   * @param origin where the content came from (bundled snapshot, URL, upload)
   * @param importedBy who asked
   * @param force whether to import a list that shrank more than allowed
   * @param announce whether to fire {@link ListVersionCommitted} (not during start-up, when the
   *     index is built afterwards anyway)
   */
  public record ImportOptions(String origin, String importedBy, boolean force, boolean announce) {}

  /**
   * What an import did.
   *
   * @param source the source id
   * @param versionId the active version after the import
   * @param created whether a new version was stored (false: content unchanged)
   * @param entryCount number of entries in the active version
   * @param nameCount number of names in the active version (null for versions of old imports)
   * @param previousVersionId the version active before, if any
   * @param added entries added against the previous version (null if none was active)
   * @param removed entries removed
   * @param modified entries whose content changed
   */
  public record ImportResult(
      String source,
      long versionId,
      boolean created,
      int entryCount,
      Integer nameCount,
      Long previousVersionId,
      Integer added,
      Integer removed,
      Integer modified) {}

  private final EntityManager em;
  private final ListVersionRepository versions;
  private final Event<ListVersionCommitted> committed;
  private final ListsConfig config;

  public ListImportService(
      EntityManager em,
      ListVersionRepository versions,
      Event<ListVersionCommitted> committed,
      ListsConfig config) {
    this.em = em;
    this.versions = versions;
    this.committed = committed;
    this.config = config;
  }

  /**
   * Imports a parsed list.
   *
   * @throws io.sanctionscreen.errors.RejectedContentException if the list is empty or shrank more
   *     than allowed (and the import is not forced)
   * @throws io.sanctionscreen.errors.ConflictException if another import holds the lock too long
   */
  public ImportResult importList(ParsedList list, ImportOptions options) {
    lockImports();
    String sourceId = list.sourceId();
    ListSource source = source(sourceId);
    String hash = list.contentHash();
    ListVersion active = versions.findActive(sourceId).orElse(null);
    if (active != null && active.contentHash.equals(hash)) {
      LOG.infof("%s: content unchanged since version %d, nothing imported", sourceId, active.id);
      return new ImportResult(
          sourceId, active.id, false, active.entryCount, active.nameCount, null, 0, 0, 0);
    }
    if (list.entries().isEmpty()) {
      throw ListProblems.rejected(
          sourceId + ": the file holds no entry of this source; nothing was imported");
    }
    int nameCount = list.entries().stream().mapToInt(e -> e.names().size()).sum();
    Changes changes = active == null ? null : changes(sourceId, active.id, list);
    if (active != null && !options.force()) {
      refuseIfShrunk(sourceId, active, list.entries().size(), nameCount, changes);
    }
    ListVersion v = new ListVersion();
    v.source = source;
    v.listDate = list.listDate();
    v.contentHash = hash;
    v.entryCount = list.entries().size();
    v.nameCount = nameCount;
    v.importedAt = Instant.now();
    v.importedBy = options.importedBy();
    v.origin = truncate(options.origin(), 1000);
    v.status = ListVersion.Status.IMPORTING;
    if (active != null) {
      v.previousVersionId = active.id;
      v.addedCount = changes.added();
      v.removedCount = changes.removed();
      v.modifiedCount = changes.modified();
    }
    em.persist(v);
    em.flush();
    long versionId = v.id;
    int n = 0;
    for (ParsedEntry p : list.entries()) {
      em.persist(toEntity(p, sourceId, em.getReference(ListVersion.class, versionId)));
      if (++n % FLUSH_EVERY == 0) {
        em.flush();
        em.clear();
      }
    }
    em.flush();
    em.clear();
    // Every entry is written: only now does the version replace the active one.
    versions.supersedeOthers(sourceId, versionId);
    versions.activate(versionId);
    if (options.announce()) {
      committed.fire(new ListVersionCommitted(sourceId, versionId));
    }
    LOG.infof(
        "%s: version %d imported with %d entries (list date %s) from %s%s",
        sourceId,
        versionId,
        n,
        list.listDate(),
        options.origin(),
        changes == null
            ? ""
            : String.format(
                Locale.ROOT,
                "; against version %d: %d added, %d removed, %d modified",
                active.id,
                changes.added(),
                changes.removed(),
                changes.modified()));
    return new ImportResult(
        sourceId,
        versionId,
        true,
        n,
        nameCount,
        active == null ? null : active.id,
        changes == null ? null : changes.added(),
        changes == null ? null : changes.removed(),
        changes == null ? null : changes.modified());
  }

  /**
   * Marks the start of a refresh of a source, if one is due: none began within {@code interval} on
   * any replica. The check and the mark happen under the import lock, so of several replicas
   * checking at once only one refreshes.
   *
   * @return whether the caller should refresh now
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claimRefresh(String sourceId, Duration interval) {
    lockImports();
    ListSource source = source(sourceId);
    Instant now = Instant.now();
    if (source.lastRefreshAt != null && source.lastRefreshAt.isAfter(now.minus(interval))) {
      return false;
    }
    markRunning(source, now);
    return true;
  }

  /** Marks the start of a refresh asked for now, due or not. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void startRefresh(String sourceId) {
    lockImports();
    markRunning(source(sourceId), Instant.now());
  }

  /** Records how a refresh ended; {@code error} says why it failed (null on success). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void endRefresh(String sourceId, RefreshOutcome outcome, String error) {
    lockImports();
    ListSource source = source(sourceId);
    source.lastRefreshOutcome = outcome;
    source.lastRefreshError = error == null ? null : truncate(error, 2000);
    if (outcome == RefreshOutcome.IMPORTED || outcome == RefreshOutcome.UNCHANGED) {
      source.lastRefreshOkAt = Instant.now();
    }
  }

  private static void markRunning(ListSource source, Instant now) {
    source.lastRefreshAt = now;
    source.lastRefreshOutcome = RefreshOutcome.RUNNING;
    source.lastRefreshError = null;
  }

  /**
   * Takes the import lock for the rest of the transaction: a second importer, on this replica or
   * another, waits until this transaction ends.
   */
  private void lockImports() {
    try {
      em.createNativeQuery("select name from list_import_lock where name = 'import' for update")
          .getSingleResult();
    } catch (PersistenceException e) {
      if (isLockTimeout(e)) {
        throw ListProblems.busy();
      }
      throw e;
    }
  }

  /**
   * Whether a failure was a lock wait that gave up. Failures of a broken connection may carry no
   * SQL state at all; they are database failures (503), not a busy lock.
   */
  static boolean isLockTimeout(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s
          && s.getSQLState() != null
          && LOCK_TIMEOUT_STATES.contains(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** The source row, created on first use; the caller holds the import lock. */
  private ListSource source(String sourceId) {
    ListSource source = em.find(ListSource.class, sourceId);
    if (source == null) {
      SourceCatalog.SourceInfo info = SourceCatalog.info(sourceId);
      source = new ListSource();
      source.id = sourceId;
      source.name = truncate(info.name(), 200);
      source.authority = truncate(info.authority(), 200);
      source.createdAt = Instant.now();
      em.persist(source);
      em.flush();
    }
    return source;
  }

  /** What a new list changes against a stored version, counted by entity id and content hash. */
  private record Changes(int added, int removed, int modified) {}

  private Changes changes(String sourceId, long versionId, ParsedList list) {
    Map<String, String> before = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select e.entityId, e.contentHash from ListEntry e where e.version.id = :v",
                Object[].class)
            .setParameter("v", versionId)
            .getResultList()) {
      before.put((String) r[0], (String) r[1]);
    }
    int added = 0;
    int modified = 0;
    int kept = 0;
    for (ParsedEntry p : list.entries()) {
      String old = before.get(sourceId + ":" + p.sourceRef());
      if (old == null) {
        added++;
      } else {
        kept++;
        if (!old.equals(p.contentHash())) {
          modified++;
        }
      }
    }
    return new Changes(added, before.size() - kept, modified);
  }

  private void refuseIfShrunk(
      String sourceId, ListVersion active, int entries, int names, Changes changes) {
    double maxShrink = config.maxShrink();
    double lostEntries =
        active.entryCount == 0 ? 0 : (double) changes.removed() / active.entryCount;
    if (lostEntries > maxShrink) {
      throw ListProblems.shrunk(
          String.format(
              Locale.ROOT,
              "%s: the file would remove %d of the %d entries of version %d (%.1f%%; it holds"
                  + " %d entries), more than the %.0f%% allowed. Nothing was imported; version %d"
                  + " keeps serving. Import it with force=true if the list really shrank.",
              sourceId,
              changes.removed(),
              active.entryCount,
              active.id,
              lostEntries * 100,
              entries,
              maxShrink * 100,
              active.id));
    }
    if (active.nameCount != null && active.nameCount > 0) {
      double lostNames = (double) (active.nameCount - names) / active.nameCount;
      if (lostNames > maxShrink) {
        throw ListProblems.shrunk(
            String.format(
                Locale.ROOT,
                "%s: the file holds %d names (aliases included) where version %d holds %d"
                    + " (%.1f%% fewer), more than the %.0f%% allowed; are its alias files"
                    + " missing? Nothing was imported; version %d keeps serving. Import it with"
                    + " force=true if the list really shrank.",
                sourceId,
                names,
                active.id,
                active.nameCount,
                lostNames * 100,
                maxShrink * 100,
                active.id));
      }
    }
  }

  private static String truncate(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }

  private static ListEntry toEntity(ParsedEntry p, String sourceId, ListVersion version) {
    ListEntry e = new ListEntry();
    e.version = version;
    e.entityId = sourceId + ":" + p.sourceRef();
    e.sourceRef = p.sourceRef();
    e.type = p.type();
    e.primaryName = p.primaryName();
    e.remarks = p.remarks();
    e.contentHash = p.contentHash();
    for (ParsedEntry.Name n : p.names()) {
      ListEntry.Name name = new ListEntry.Name();
      name.name = n.name();
      name.kind = n.kind();
      name.weak = n.weak();
      e.names.add(name);
    }
    e.programs.addAll(p.programs());
    for (ParsedEntry.Address a : p.addresses()) {
      ListEntry.Address address = new ListEntry.Address();
      address.street = a.street();
      address.city = a.city();
      address.country = a.country();
      address.remarks = a.remarks();
      e.addresses.add(address);
    }
    for (ParsedEntry.Identifier i : p.identifiers()) {
      ListEntry.Identifier id = new ListEntry.Identifier();
      id.type = i.type();
      id.value = i.value();
      id.country = i.country();
      id.note = i.note();
      e.identifiers.add(id);
    }
    for (ParsedEntry.Attribute a : p.attributes()) {
      ListEntry.Attribute attribute = new ListEntry.Attribute();
      attribute.kind = a.kind();
      attribute.value = a.value();
      e.attributes.add(attribute);
    }
    return e;
  }
}
