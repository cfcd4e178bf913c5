package io.sanctionscreen.lists;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
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
}
