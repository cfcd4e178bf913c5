package io.sanctionscreen.lists;

import io.sanctionscreen.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.regex.Pattern;

/** Reads loaded lists and entries for the API. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ListQueryService {

  /** The shape of a stable entity id: a source id, a colon, the source's own id. */
  public static final Pattern ENTITY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}:[^\\s]{1,128}");

  private final ListVersionRepository versions;
  private final ListEntryRepository entries;

  public ListQueryService(ListVersionRepository versions, ListEntryRepository entries) {
    this.versions = versions;
    this.entries = entries;
  }

  /** The loaded sources with their active versions. */
  public List<ListInfo> lists() {
    return versions.listActive().stream().map(ListInfo::of).toList();
  }

  /**
   * The whole entry with this id, from the active version of its source.
   *
   * @throws ProblemException 400 for an id of the wrong shape, 404 for an unknown one
   */
  public EntityView entity(String entityId) {
    if (entityId == null || !ENTITY_ID.matcher(entityId).matches()) {
      throw ProblemException.badRequest(
          "entityId", "expected <source>:<id>, such as us-ofac-cons:33114");
    }
    return entries
        .findActive(entityId)
        .map(EntityView::of)
        .orElseThrow(
            () -> ProblemException.notFound("No entry " + entityId + " in the loaded lists"));
  }
}
