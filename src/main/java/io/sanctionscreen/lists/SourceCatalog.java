package io.sanctionscreen.lists;

import java.util.Map;

/** The list sources the service knows by name: who publishes them and what they are called. */
public final class SourceCatalog {

  /** What the catalog says about a source. */
  public record SourceInfo(String id, String name, String authority) {}

  private static final Map<String, SourceInfo> KNOWN =
      Map.of(
          "us-ofac-sdn",
          new SourceInfo(
              "us-ofac-sdn",
              "OFAC Specially Designated Nationals and Blocked Persons List (SDN)",
              "U.S. Department of the Treasury, Office of Foreign Assets Control"),
          "us-ofac-cons",
          new SourceInfo(
              "us-ofac-cons",
              "OFAC Consolidated Sanctions List (non-SDN lists, including NS-CMIC)",
              "U.S. Department of the Treasury, Office of Foreign Assets Control"));

  private SourceCatalog() {}

  /** What the catalog knows of a source; an unknown (custom) source is named by its id. */
  public static SourceInfo info(String sourceId) {
    return KNOWN.getOrDefault(sourceId, new SourceInfo(sourceId, sourceId, "custom"));
  }
}
