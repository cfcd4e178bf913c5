package io.sanctionscreen.screening;

import io.sanctionscreen.index.IndexEntry;
import io.sanctionscreen.index.NameSearcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes one hit of each designation: hits of different sources that share a designation key ({@link
 * io.sanctionscreen.index.Designations}: a UN reference number, an identical identifier) are one
 * party listed by several authorities. The merged hit is the best-scoring one's (its name, score
 * and explanation), carries every listing with its source id, programs, score and outcome, and
 * takes the decision of its most severe listing. Hits of one source are never merged, and names
 * alone never merge hits.
 */
final class DesignationMerger {

  private DesignationMerger() {}

  /** The hits, best first, one per designation. */
  static List<ScreenResponse.Hit> merge(
      List<NameSearcher.Hit> hits, List<PurposeDecider.HitDecision> decisions) {
    int n = hits.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<String, Integer> firstWithKey = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String key : hits.get(i).entry().designations()) {
        Integer j = firstWithKey.putIfAbsent(key, i);
        if (j != null) {
          union(parent, j, i);
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<ScreenResponse.Hit> out = new ArrayList<>(groups.size());
    for (List<Integer> members : groups.values()) {
      out.addAll(hitsOf(members, hits, decisions));
    }
    return List.copyOf(out);
  }

  /**
   * One group's hits: one if its members are of different sources; a group that would join two
   * entries of one source (a key shared inside a list) is not a designation match and stays split.
   */
  private static List<ScreenResponse.Hit> hitsOf(
      List<Integer> members, List<NameSearcher.Hit> hits, List<PurposeDecider.HitDecision> ds) {
    Set<String> sources = new LinkedHashSet<>();
    for (int i : members) {
      if (!sources.add(hits.get(i).entry().source())) {
        List<ScreenResponse.Hit> apart = new ArrayList<>(members.size());
        for (int m : members) {
          apart.add(HitExplainer.toHit(hits.get(m), ds.get(m)));
        }
        return apart;
      }
    }
    int best = members.get(0);
    int deciding = best;
    for (int i : members) {
      if (ds.get(i).outcome().ordinal() < ds.get(deciding).outcome().ordinal()) {
        deciding = i;
      }
    }
    List<ScreenResponse.Listing> listings = new ArrayList<>(members.size());
    if (members.size() > 1) {
      for (int i : members) {
        IndexEntry e = hits.get(i).entry();
        listings.add(
            new ScreenResponse.Listing(
                e.entityId(),
                e.source(),
                e.primaryName(),
                hits.get(i).matchedName().name(),
                HitExplainer.round(hits.get(i).score()),
                e.programs(),
                ds.get(i).outcome(),
                shared(e, members, hits)));
      }
    }
    return List.of(
        HitExplainer.toHit(hits.get(best), hits.get(deciding).entry(), ds.get(deciding), listings));
  }

  /** The keys an entry shares with the group's other entries: why they are one designation. */
  private static List<String> shared(
      IndexEntry e, List<Integer> members, List<NameSearcher.Hit> hits) {
    Set<String> out = new LinkedHashSet<>();
    for (int i : members) {
      IndexEntry other = hits.get(i).entry();
      if (other == e) {
        continue;
      }
      for (String k : e.designations()) {
        if (other.designations().contains(k)) {
          out.add(k);
        }
      }
    }
    return List.copyOf(out);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      // The earlier (better) hit's root stays the root, so groups keep the order of their best hit.
      if (ra < rb) {
        parent[rb] = ra;
      } else {
        parent[ra] = rb;
      }
    }
  }
}
