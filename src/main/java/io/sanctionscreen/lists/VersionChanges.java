package io.sanctionscreen.lists;

import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import java.util.Map;

/**
 * What a new list changes against a stored version, counted by entity id and content hash.
 *
 * @param added entries the stored version does not hold
 * @param removed entries of the stored version the list no longer holds
 * @param modified entries in both whose content differs
 */
record VersionChanges(int added, int removed, int modified) {

  /**
   * Counts the changes.
   *
   * @param before the stored version's content hashes by entity id
   */
  static VersionChanges between(Map<String, String> before, ParsedList list) {
    int added = 0;
    int modified = 0;
    int kept = 0;
    for (ParsedEntry p : list.entries()) {
      String old = before.get(list.sourceId() + ":" + p.sourceRef());
      if (old == null) {
        added++;
      } else {
        kept++;
        if (!old.equals(p.contentHash())) {
          modified++;
        }
      }
    }
    return new VersionChanges(added, before.size() - kept, modified);
  }
}
