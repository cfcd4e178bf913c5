package io.sanctionscreen.lists;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Data access for list versions. */
@ApplicationScoped
public class ListVersionRepository implements PanacheRepository<ListVersion> {

  /** The active version of a source, if it has one. */
  public Optional<ListVersion> findActive(String sourceId) {
    return find("source.id = ?1 and status = ?2", sourceId, ListVersion.Status.ACTIVE)
        .firstResultOptional();
  }

  /** The active versions of all sources, by source id. */
  public List<ListVersion> listActive() {
    return list("status = ?1 order by source.id", ListVersion.Status.ACTIVE);
  }

  /** Marks every active version of a source but one as superseded. */
  public int supersedeOthers(String sourceId, long keepVersionId) {
    return update(
        "status = ?1 where source.id = ?2 and status = ?3 and id <> ?4",
        ListVersion.Status.SUPERSEDED,
        sourceId,
        ListVersion.Status.ACTIVE,
        keepVersionId);
  }

  /** Makes a version the active one, from now. */
  public int activate(long versionId) {
    return update(
        "status = ?1, activatedAt = ?2 where id = ?3",
        ListVersion.Status.ACTIVE,
        Instant.now(),
        versionId);
  }

  /** The versions of a source, newest first. */
  public List<ListVersion> listBySource(String sourceId, int offset, int limit) {
    return find("source.id = ?1 order by id desc", sourceId)
        .range(offset, offset + limit - 1)
        .list();
  }

  /** The number of versions of a source. */
  public long countBySource(String sourceId) {
    return count("source.id = ?1", sourceId);
  }

  /** The newest version of a source older than the given one. */
  public Optional<ListVersion> findBefore(String sourceId, long versionId) {
    return find(
            "source.id = ?1 and id < ?2 and status <> ?3 order by id desc",
            sourceId,
            versionId,
            ListVersion.Status.IMPORTING)
        .firstResultOptional();
  }
}
