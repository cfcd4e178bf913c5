package io.sanctionscreen.lists;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
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

  /** The content hash of each entry of a version, by entity id. */
  public Map<String, String> contentHashes(long versionId) {
    Map<String, String> hashes = new HashMap<>();
    for (Object[] r :
        getEntityManager()
            .createQuery(
                "select e.entityId, e.contentHash from ListEntry e where e.version.id = :v",
                Object[].class)
            .setParameter("v", versionId)
            .getResultList()) {
      hashes.put((String) r[0], (String) r[1]);
    }
    return hashes;
  }
}
