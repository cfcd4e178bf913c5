package io.sanctionscreen.monitoring;

import java.util.List;

/**
 * Parties a transaction stored or removed, observed once it committed so that this replica's party
 * index follows without a rebuild.
 *
 * @param added the parties stored
 * @param removed the ids of the parties removed
 */
public record PartiesChanged(List<Added> added, List<Long> removed) {

  /** A stored party: what the party index holds of it. */
  public record Added(long id, String name, String identifiers) {}
}
