package io.sanctionscreen.lists;

import io.quarkus.panache.common.Sort;
import io.sanctionscreen.errors.InvalidInputException;
import io.sanctionscreen.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads loaded lists and entries for the API. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ListQueryService {

  /** The shape of a stable entity id: a source id, a colon, the source's own id. */
  public static final Pattern ENTITY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}:[^\\s]{1,128}");

  private final ListVersionRepository versions;
  private final ListEntryRepository entries;
  private final ListSourceRepository sources;
  private final ListsConfig config;

  public ListQueryService(
      ListVersionRepository versions,
      ListEntryRepository entries,
      ListSourceRepository sources,
      ListsConfig config) {
    this.versions = versions;
    this.entries = entries;
    this.sources = sources;
    this.config = config;
  }

  /**
   * The sources the database knows (imported, or refreshed at least once) with their active
   * versions, freshness and last refresh, by source id.
   */
  public List<ListInfo> lists() {
    Map<String, ListVersion> active = new HashMap<>();
    for (ListVersion v : versions.listActive()) {
      active.put(v.source.id, v);
    }
    Instant now = Instant.now();
    return sources.listAll(Sort.by("id")).stream()
        .map(s -> ListInfo.of(s, active.get(s.id), now, config.maxAge()))
        .toList();
  }

  /**
   * The whole entry with this id, from the active version of its source.
   *
   * @throws InvalidInputException for an id of the wrong shape
   * @throws NotFoundException for an unknown one
   */
  public EntityView entity(String entityId) {
    return entries
        .findActive(QueryParams.entityId(entityId))
        .map(EntityView::of)
        .orElseThrow(() -> new NotFoundException("No entry " + entityId + " in the loaded lists"));
  }
}
