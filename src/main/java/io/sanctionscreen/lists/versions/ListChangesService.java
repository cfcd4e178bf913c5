package io.sanctionscreen.lists.versions;

import io.sanctionscreen.errors.NotFoundException;
import io.sanctionscreen.lists.ListEntry;
import io.sanctionscreen.lists.ListVersion;
import io.sanctionscreen.lists.ListVersionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Lists a source's versions and what changed between two of them: entries are matched by stable id,
 * and an entry whose content hash differs is modified; the fields that changed are worked out for
 * the entries of the requested page only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ListChangesService {

  /** Most changes on one page. */
  public static final int MAX_CHANGES = 1000;

  /** Most versions on one page. */
  public static final int MAX_VERSIONS = 500;

  private final EntityManager em;
  private final ListVersionRepository versions;

  public ListChangesService(EntityManager em, ListVersionRepository versions) {
    this.em = em;
    this.versions = versions;
  }

  /**
   * A page of the source's versions, newest first.
   *
   * @throws NotFoundException if the source has no version
   */
  public VersionPage versions(String source, int offset, int limit) {
    long total = versions.countBySource(source);
    if (total == 0) {
      throw noVersion(source);
    }
    List<VersionView> page =
        versions.listBySource(source, offset, limit).stream().map(VersionView::of).toList();
    return new VersionPage(source, total, offset, limit, page);
  }

  /**
   * What changed from one version of a source to another. Without {@code to}, the active version;
   * without {@code from}, the version that was active before {@code to} (none for a first version:
   * then every entry counts as added).
   *
   * @throws NotFoundException for a version that is not one of the source's
   */
  public ListChanges changes(
      String source, Long fromId, Long toId, ListChanges.Kind kind, int offset, int limit) {
    ListVersion to =
        toId == null
            ? versions.findActive(source).orElseThrow(() -> noVersion(source))
            : version(source, toId);
    ListVersion from;
    if (fromId != null) {
      from = version(source, fromId);
    } else if (to.previousVersionId != null) {
      from = em.find(ListVersion.class, to.previousVersionId);
    } else {
      from = versions.findBefore(source, to.id).orElse(null);
    }
    Map<String, Row> before = from == null ? Map.of() : rows(from.id);
    Map<String, Row> after = rows(to.id);

    int added = 0;
    int removed = 0;
    int modified = 0;
    List<Diff> diffs = new ArrayList<>();
    TreeSet<String> ids = new TreeSet<>(before.keySet());
    ids.addAll(after.keySet());
    for (String id : ids) {
      Row b = before.get(id);
      Row a = after.get(id);
      ListChanges.Kind k;
      if (b == null) {
        k = ListChanges.Kind.ADDED;
        added++;
      } else if (a == null) {
        k = ListChanges.Kind.REMOVED;
        removed++;
      } else if (!a.hash.equals(b.hash)) {
        k = ListChanges.Kind.MODIFIED;
        modified++;
      } else {
        continue;
      }
      if (kind == null || kind == k) {
        diffs.add(new Diff(id, k, b, a));
      }
    }
    ListChanges.Counts counts =
        new ListChanges.Counts(added, removed, modified, after.size() - added - modified);
    List<Diff> page =
        diffs.subList(Math.min(offset, diffs.size()), Math.min(offset + limit, diffs.size()));
    return new ListChanges(
        source,
        from == null ? null : VersionView.of(from),
        VersionView.of(to),
        counts,
        kind,
        diffs.size(),
        offset,
        limit,
        details(page));
  }

  /**
   * An entry across the versions of its list, oldest first: where it was added, modified (with the
   * fields that changed) and removed.
   *
   * @param entityId a stable id of the form {@code <source>:<id>}
   * @throws NotFoundException if no version of its list ever held it
   */
  public EntryHistory history(String entityId) {
    String source = entityId.substring(0, entityId.indexOf(':'));
    Map<Long, Row> rows = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select e.version.id, e.contentHash, e.id from ListEntry e"
                    + " where e.entityId = :id",
                Object[].class)
            .setParameter("id", entityId)
            .getResultList()) {
      rows.put((Long) r[0], new Row((String) r[1], (Long) r[2]));
    }
    if (rows.isEmpty()) {
      throw new NotFoundException("No version of any list ever held " + entityId);
    }
    List<ListVersion> all =
        em.createQuery(
                "select v from ListVersion v where v.source.id = :s and v.status <> :importing"
                    + " order by v.id",
                ListVersion.class)
            .setParameter("s", source)
            .setParameter("importing", ListVersion.Status.IMPORTING)
            .getResultList();
    List<ListVersion> at = new ArrayList<>();
    List<Diff> diffs = new ArrayList<>();
    Row previous = null;
    boolean listed = false;
    for (ListVersion v : all) {
      Row now = rows.get(v.id);
      ListChanges.Kind k = null;
      if (previous == null && now != null) {
        k = ListChanges.Kind.ADDED;
      } else if (previous != null && now == null) {
        k = ListChanges.Kind.REMOVED;
      } else if (previous != null && !previous.hash.equals(now.hash)) {
        k = ListChanges.Kind.MODIFIED;
      }
      if (k != null) {
        at.add(v);
        diffs.add(new Diff(entityId, k, previous, now));
      }
      if (v.status == ListVersion.Status.ACTIVE) {
        listed = now != null;
      }
      previous = now;
    }
    List<ListChanges.Change> changes = details(diffs);
    List<EntryHistory.Event> events = new ArrayList<>(changes.size());
    for (int i = 0; i < changes.size(); i++) {
      ListChanges.Change c = changes.get(i);
      events.add(
          new EntryHistory.Event(VersionView.of(at.get(i)), c.change(), c.name(), c.fields()));
    }
    String name = changes.isEmpty() ? null : changes.get(changes.size() - 1).name();
    return new EntryHistory(entityId, source, name, listed, all.size(), List.copyOf(events));
  }

  private List<ListChanges.Change> details(List<Diff> page) {
    List<Long> rowIds = new ArrayList<>();
    for (Diff d : page) {
      if (d.before != null) {
        rowIds.add(d.before.rowId);
      }
      if (d.after != null) {
        rowIds.add(d.after.rowId);
      }
    }
    Map<Long, ListEntry> entries = new HashMap<>();
    if (!rowIds.isEmpty()) {
      for (ListEntry e :
          em.createQuery("select e from ListEntry e where e.id in :ids", ListEntry.class)
              .setParameter("ids", rowIds)
              .getResultList()) {
        entries.put(e.id, e);
      }
    }
    List<ListChanges.Change> out = new ArrayList<>();
    for (Diff d : page) {
      ListEntry b = d.before == null ? null : entries.get(d.before.rowId);
      ListEntry a = d.after == null ? null : entries.get(d.after.rowId);
      ListEntry shown = a != null ? a : b;
      out.add(
          new ListChanges.Change(
              d.entityId,
              d.kind,
              shown.primaryName,
              shown.type,
              List.copyOf(shown.programs),
              d.kind == ListChanges.Kind.MODIFIED ? EntryFields.changes(b, a) : null));
    }
    return out;
  }

  private ListVersion version(String source, long id) {
    ListVersion v = em.find(ListVersion.class, id);
    if (v == null || !v.source.id.equals(source) || v.status == ListVersion.Status.IMPORTING) {
      throw new NotFoundException("No version " + id + " of " + source);
    }
    return v;
  }

  /** Entity id to content hash and row id, for one version. */
  private Map<String, Row> rows(long versionId) {
    Map<String, Row> out = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select e.entityId, e.contentHash, e.id from ListEntry e where e.version.id = :v",
                Object[].class)
            .setParameter("v", versionId)
            .getResultList()) {
      out.put((String) r[0], new Row((String) r[1], (Long) r[2]));
    }
    return out;
  }

  private static NotFoundException noVersion(String source) {
    return new NotFoundException("No version of " + source + " has been imported");
  }

  private record Row(String hash, long rowId) {}

  private record Diff(String entityId, ListChanges.Kind kind, Row before, Row after) {}
}
