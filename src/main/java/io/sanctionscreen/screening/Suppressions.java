package io.sanctionscreen.screening;

import java.util.Collection;
import java.util.Map;

/**
 * The review decisions that suppress hits for a watchlist's party (a port: the monitoring feature
 * implements it, so that screening knows nothing of watchlists and alerts).
 */
public interface Suppressions {

  /**
   * The decisions that suppress these entries for the party.
   *
   * @param watchlist the watchlist whose decisions apply
   * @param party the watched party's reference, or null to take every party of the watchlist whose
   *     name equals {@code name} (case aside)
   * @param name the screened name
   * @param entityIds the entries hit
   * @return by entry id, the decision that suppresses it; entries not suppressed are absent
   * @throws io.sanctionscreen.errors.NotFoundException if there is no such watchlist, or it holds
   *     no such party
   */
  Map<String, ScreenResponse.Suppression> find(
      String watchlist, String party, String name, Collection<String> entityIds);
}
