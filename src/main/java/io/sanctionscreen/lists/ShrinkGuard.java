package io.sanctionscreen.lists;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Refuses an import that would lose much of a list at once: a truncated download or a file without
 * its alias part looks like a valid list, and would silently stop hits.
 */
@ApplicationScoped
class ShrinkGuard {

  private final ListsConfig config;

  ShrinkGuard(ListsConfig config) {
    this.config = config;
  }

  /**
   * Refuses a list that would remove more entries, or hold fewer names, than {@code
   * screening.lists.max-shrink} of the active version allows.
   *
   * @throws io.sanctionscreen.errors.RejectedContentException naming what would be lost
   */
  void check(String sourceId, ListVersion active, int entries, int names, VersionChanges changes) {
    double maxShrink = config.maxShrink();
    double lostEntries =
        active.entryCount == 0 ? 0 : (double) changes.removed() / active.entryCount;
    if (lostEntries > maxShrink) {
      throw ListProblems.shrunk(
          String.format(
              Locale.ROOT,
              "%s: the file would remove %d of the %d entries of version %d (%.1f%%; it holds"
                  + " %d entries), more than the %.0f%% allowed. Nothing was imported; version %d"
                  + " keeps serving. Import it with force=true if the list really shrank.",
              sourceId,
              changes.removed(),
              active.entryCount,
              active.id,
              lostEntries * 100,
              entries,
              maxShrink * 100,
              active.id));
    }
    if (active.nameCount != null && active.nameCount > 0) {
      double lostNames = (double) (active.nameCount - names) / active.nameCount;
      if (lostNames > maxShrink) {
        throw ListProblems.shrunk(
            String.format(
                Locale.ROOT,
                "%s: the file holds %d names (aliases included) where version %d holds %d"
                    + " (%.1f%% fewer), more than the %.0f%% allowed; are its alias files"
                    + " missing? Nothing was imported; version %d keeps serving. Import it with"
                    + " force=true if the list really shrank.",
                sourceId,
                names,
                active.id,
                active.nameCount,
                lostNames * 100,
                maxShrink * 100,
                active.id));
      }
    }
  }
}
