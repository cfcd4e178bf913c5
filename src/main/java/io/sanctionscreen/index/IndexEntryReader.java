package io.sanctionscreen.index;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sanctionscreen.lists.ListVersion;
import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the active list versions from the database into index entries: a handful of projection
 * queries over all entries rather than one query per entry.
 */
@ApplicationScoped
public class IndexEntryReader {

  /** The active versions, their content hashes by source, and their entries. */
  public record Snapshot(
      List<IndexGeneration.SourceVersion> versions,
      Map<String, String> contentHashes,
      List<IndexEntry> entries) {}

  /** The active versions (ordered by source) and their content hashes by source. */
  public record Active(
      List<IndexGeneration.SourceVersion> versions, Map<String, String> contentHashes) {}

  private final EntityManager em;

  public IndexEntryReader(EntityManager em) {
    this.em = em;
  }

  /** The ids of the active versions, one per source, ordered by source. */
  public List<Long> activeVersionIds() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createQuery(
                        "select v.id from ListVersion v where v.status = :s order by v.source.id",
                        Long.class)
                    .setParameter("s", ListVersion.Status.ACTIVE)
                    .getResultList());
  }

  /** The active versions and their content hashes, without their entries. */
  public Active activeVersions() {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<IndexGeneration.SourceVersion> out = new ArrayList<>();
              Map<String, String> hashes = new LinkedHashMap<>();
              for (ListVersion v : activeVersionRows()) {
                out.add(
                    new IndexGeneration.SourceVersion(v.source.id, v.id, v.listDate, v.entryCount));
                hashes.put(v.source.id, v.contentHash);
              }
              return new Active(out, hashes);
            });
  }

  private List<ListVersion> activeVersionRows() {
    return em.createQuery(
            "select v from ListVersion v join fetch v.source where v.status = :s"
                + " order by v.source.id",
            ListVersion.class)
        .setParameter("s", ListVersion.Status.ACTIVE)
        .getResultList();
  }

  /** Reads every entry of the active versions. */
  public Snapshot read() {
    return QuarkusTransaction.requiringNew().call(() -> readInTransaction(activeVersionRows()));
  }

  /** Reads every entry of the given versions (one per source). */
  public Snapshot read(List<Long> versionIds) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                readInTransaction(
                    versionIds.isEmpty()
                        ? List.of()
                        : em.createQuery(
                                "select v from ListVersion v join fetch v.source where v.id in :v"
                                    + " order by v.source.id",
                                ListVersion.class)
                            .setParameter("v", versionIds)
                            .getResultList()));
  }

  /**
   * A source that had no stored version at an instant.
   *
   * @param source the source id
   * @param firstActivatedAt when its first version became active
   */
  public record NotYetStored(String source, Instant firstActivatedAt) {}

  /**
   * The versions active at an instant.
   *
   * @param versions per source, the last version activated at or before it
   * @param notYetStored sources whose first version came later
   */
  public record VersionsAt(
      List<IndexGeneration.SourceVersion> versions, List<NotYetStored> notYetStored) {}

  /**
   * The list versions screenings used at an instant: per source, the last version that became
   * active at or before it (a version stored before activation times were kept counts from its
   * import). A source whose first version came later is named, not guessed.
   */
  public VersionsAt versionsAt(Instant instant) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<ListVersion> all =
                  em.createQuery(
                          "select v from ListVersion v join fetch v.source where v.status <> :s"
                              + " order by v.source.id, v.id",
                          ListVersion.class)
                      .setParameter("s", ListVersion.Status.IMPORTING)
                      .getResultList();
              Map<String, ListVersion> at = new LinkedHashMap<>();
              Map<String, Instant> first = new LinkedHashMap<>();
              for (ListVersion v : all) {
                Instant activated = v.activatedAt != null ? v.activatedAt : v.importedAt;
                first.merge(v.source.id, activated, (a, b) -> a.isBefore(b) ? a : b);
                if (!activated.isAfter(instant)) {
                  at.put(v.source.id, v);
                }
              }
              List<IndexGeneration.SourceVersion> versions = new ArrayList<>();
              for (ListVersion v : at.values()) {
                versions.add(
                    new IndexGeneration.SourceVersion(v.source.id, v.id, v.listDate, v.entryCount));
              }
              List<NotYetStored> notYet = new ArrayList<>();
              first.forEach(
                  (source, when) -> {
                    if (!at.containsKey(source)) {
                      notYet.add(new NotYetStored(source, when));
                    }
                  });
              return new VersionsAt(List.copyOf(versions), List.copyOf(notYet));
            });
  }

  private Snapshot readInTransaction(List<ListVersion> versions) {
    List<IndexGeneration.SourceVersion> sourceVersions = new ArrayList<>();
    Map<String, String> hashes = new LinkedHashMap<>();
    List<Long> ids = new ArrayList<>();
    for (ListVersion v : versions) {
      sourceVersions.add(
          new IndexGeneration.SourceVersion(v.source.id, v.id, v.listDate, v.entryCount));
      hashes.put(v.source.id, v.contentHash);
      ids.add(v.id);
    }
    if (ids.isEmpty()) {
      return new Snapshot(sourceVersions, hashes, List.of());
    }
    Map<Long, Builder> byRow = new LinkedHashMap<>();
    for (Object[] r :
        rows(
            "select e.id, e.entityId, e.version.source.id, e.type, e.primaryName, e.sourceRef"
                + " from ListEntry e where e.version.id in :v order by e.id",
            ids)) {
      Builder b = new Builder((String) r[1], (String) r[2], (EntryType) r[3], (String) r[4]);
      b.sourceRef = (String) r[5];
      byRow.put((Long) r[0], b);
    }
    // Remarks are long: only those citing a UN reference are read (OFSI's "(UN Ref):KPe.025").
    for (Object[] r :
        rows(
            "select e.id, e.remarks from ListEntry e where e.version.id in :v"
                + " and e.remarks like '%UN Ref%' order by e.id",
            ids)) {
      byRow.get((Long) r[0]).remarks = (String) r[1];
    }
    for (Object[] r :
        rows(
            "select e.id, a.kind, a.value from ListEntry e join e.attributes a"
                + " where e.version.id in :v and a.kind in ('"
                + String.join("', '", Designations.KEY_ATTRIBUTES)
                + "') order by e.id, index(a)",
            ids)) {
      byRow.get((Long) r[0]).keyAttributes.add(Map.entry((String) r[1], (String) r[2]));
    }
    for (Object[] r :
        rows(
            "select e.id, n.name, n.kind, n.weak from ListEntry e join e.names n"
                + " where e.version.id in :v order by e.id, index(n)",
            ids)) {
      byRow
          .get((Long) r[0])
          .names
          .add(new IndexEntry.Name((String) r[1], (NameKind) r[2], (Boolean) r[3]));
    }
    for (Object[] r :
        rows(
            "select e.id, p from ListEntry e join e.programs p"
                + " where e.version.id in :v order by e.id, index(p)",
            ids)) {
      byRow.get((Long) r[0]).programs.add((String) r[1]);
    }
    for (Object[] r :
        rows(
            "select e.id, a.kind, a.value from ListEntry e join e.attributes a"
                + " where e.version.id in :v and a.kind in ('"
                + AttributeKind.BIRTH_DATE.name()
                + "', '"
                + AttributeKind.NATIONALITY.name()
                + "', '"
                + AttributeKind.CITIZENSHIP.name()
                + "') order by e.id, index(a)",
            ids)) {
      Builder b = byRow.get((Long) r[0]);
      if (AttributeKind.BIRTH_DATE.is((String) r[1])) {
        b.birthDates.add((String) r[2]);
      } else {
        b.countries.add((String) r[2]);
      }
    }
    for (Object[] r :
        rows(
            "select e.id, a.kind, a.value from ListEntry e join e.attributes a"
                + " where e.version.id in :v and (a.kind like '% Date (%' or a.kind = '"
                + IndexEntry.DESIGNATION_DATE
                + "') order by e.id, index(a)",
            ids)) {
      byRow.get((Long) r[0]).programDates.putIfAbsent((String) r[1], (String) r[2]);
    }
    for (Object[] r :
        rows(
            "select e.id, a.country from ListEntry e join e.addresses a"
                + " where e.version.id in :v and a.country is not null order by e.id, index(a)",
            ids)) {
      byRow.get((Long) r[0]).countries.add((String) r[1]);
    }
    for (Object[] r :
        rows(
            "select e.id, i.type, i.value, i.country from ListEntry e join e.identifiers i"
                + " where e.version.id in :v order by e.id, index(i)",
            ids)) {
      byRow
          .get((Long) r[0])
          .identifiers
          .add(new IndexEntry.Identifier((String) r[1], (String) r[2], (String) r[3]));
    }
    List<IndexEntry> entries = new ArrayList<>(byRow.size());
    Map<String, Boolean> seen = new HashMap<>();
    for (Builder b : byRow.values()) {
      if (seen.put(b.entityId, Boolean.TRUE) == null) {
        entries.add(b.build());
      }
    }
    return new Snapshot(sourceVersions, hashes, entries);
  }

  private List<Object[]> rows(String jpql, List<Long> versionIds) {
    return em.createQuery(jpql, Object[].class).setParameter("v", versionIds).getResultList();
  }

  private static final class Builder {
    final String entityId;
    final String source;
    final EntryType type;
    final String primaryName;
    final List<IndexEntry.Name> names = new ArrayList<>();
    final List<String> programs = new ArrayList<>();
    final List<String> birthDates = new ArrayList<>();
    final List<String> countries = new ArrayList<>();
    final List<IndexEntry.Identifier> identifiers = new ArrayList<>();
    final Map<String, String> programDates = new LinkedHashMap<>();
    final List<Map.Entry<String, String>> keyAttributes = new ArrayList<>();
    String sourceRef;
    String remarks;

    Builder(String entityId, String source, EntryType type, String primaryName) {
      this.entityId = entityId;
      this.source = source;
      this.type = type;
      this.primaryName = primaryName;
    }

    IndexEntry build() {
      List<String> distinctCountries = countries.stream().distinct().toList();
      return new IndexEntry(
          entityId,
          source,
          type,
          primaryName,
          programs,
          names,
          birthDates,
          distinctCountries,
          identifiers,
          programDates,
          List.copyOf(Designations.keys(source, sourceRef, keyAttributes, remarks, identifiers)));
    }
  }
}
