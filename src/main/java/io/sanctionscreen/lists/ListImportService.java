package io.sanctionscreen.lists;

import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Stores a parsed list as a new version, all or nothing, in one transaction; the previous version
 * of the source serves until this one commits. Content identical to the active version creates no
 * new version; a list that would lose more than the configured share of the active version's
 * entries or names is refused unless forced. Announces each committed version with a {@link
 * ListVersionCommitted} event.
 *
 * <p>Every write to the list tables first takes the database's {@link ImportLock}, so imports and
 * refresh bookkeeping ({@link RefreshLedger}) take turns across replicas sharing the database. A
 * process killed mid-import leaves nothing: its transaction rolls back, and a version turns ACTIVE
 * only after all its entries are written.
 */
@ApplicationScoped
@Transactional
public class ListImportService {

  private static final Logger LOG = Logger.getLogger(ListImportService.class);
  private static final int FLUSH_EVERY = 500;

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
  private final ImportLock lock;
  private final ListSourceRepository sources;
  private final ListVersionRepository versions;
  private final ListEntryRepository entries;
  private final ShrinkGuard shrinkGuard;
  private final Event<ListVersionCommitted> committed;

  ListImportService(
      EntityManager em,
      ImportLock lock,
      ListSourceRepository sources,
      ListVersionRepository versions,
      ListEntryRepository entries,
      ShrinkGuard shrinkGuard,
      Event<ListVersionCommitted> committed) {
    this.em = em;
    this.lock = lock;
    this.sources = sources;
    this.versions = versions;
    this.entries = entries;
    this.shrinkGuard = shrinkGuard;
    this.committed = committed;
  }

  /**
   * Imports a parsed list.
   *
   * @throws io.sanctionscreen.errors.RejectedContentException if the list is empty or shrank more
   *     than allowed (and the import is not forced)
   * @throws io.sanctionscreen.errors.ConflictException if another import holds the lock too long
   */
  public ImportResult importList(ParsedList list, ImportOptions options) {
    lock.take();
    String sourceId = list.sourceId();
    ListSource source = sources.findOrCreate(sourceId);
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
    VersionChanges changes =
        active == null ? null : VersionChanges.between(entries.contentHashes(active.id), list);
    // A derived snapshot (bundled for offline use, with ids of its own) gives way to any list of
    // its source: the official file replaces it whole.
    boolean replacesDerived = active != null && active.origin.contains(BundledList.DERIVED);
    if (active != null && !options.force() && !replacesDerived) {
      shrinkGuard.check(sourceId, active, list.entries().size(), nameCount, changes);
    }
    ListVersion v = new ListVersion();
    v.source = source;
    v.listDate = list.listDate();
    v.contentHash = hash;
    v.entryCount = list.entries().size();
    v.nameCount = nameCount;
    v.importedAt = Instant.now();
    v.importedBy = options.importedBy();
    v.origin = Text.truncate(options.origin(), 1000);
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
      em.persist(ListEntry.of(p, sourceId, em.getReference(ListVersion.class, versionId)));
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
}
