package io.sanctionscreen.lists;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Data access for list entries. */
@ApplicationScoped
public class ListEntryRepository implements PanacheRepository<ListEntry> {

  /** The entry with this stable id in the active version of its source. */
  public Optional<ListEntry> findActive(String entityId) {
    return find(
            "select e from ListEntry e join fetch e.version v join fetch v.source"
                + " where e.entityId = ?1 and v.status = ?2",
            entityId,
            ListVersion.Status.ACTIVE)
        .firstResultOptional();
  }
}
