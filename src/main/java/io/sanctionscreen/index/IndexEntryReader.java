package io.sanctionscreen.index;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sanctionscreen.lists.ListVersion;
import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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

  /** The active versions and their entries. */
  public record Snapshot(List<IndexGeneration.SourceVersion> versions, List<IndexEntry> entries) {}

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

  /** Reads every entry of the active versions. */
  public Snapshot read() {
    return QuarkusTransaction.requiringNew().call(this::readInTransaction);
  }

  private Snapshot readInTransaction() {
    List<ListVersion> versions =
        em.createQuery(
                "select v from ListVersion v join fetch v.source where v.status = :s"
                    + " order by v.source.id",
                ListVersion.class)
            .setParameter("s", ListVersion.Status.ACTIVE)
            .getResultList();
    List<IndexGeneration.SourceVersion> sourceVersions = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    for (ListVersion v : versions) {
      sourceVersions.add(
          new IndexGeneration.SourceVersion(v.source.id, v.id, v.listDate, v.entryCount));
      ids.add(v.id);
    }
    if (ids.isEmpty()) {
      return new Snapshot(sourceVersions, List.of());
    }
    Map<Long, Builder> byRow = new LinkedHashMap<>();
    for (Object[] r :
        rows(
            "select e.id, e.entityId, e.version.source.id, e.type, e.primaryName"
                + " from ListEntry e where e.version.id in :v order by e.id",
            ids)) {
      byRow.put(
          (Long) r[0], new Builder((String) r[1], (String) r[2], (EntryType) r[3], (String) r[4]));
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
                + " where e.version.id in :v and a.kind like '% Date (%' order by e.id, index(a)",
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
    return new Snapshot(sourceVersions, entries);
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
          programDates);
    }
  }
}
