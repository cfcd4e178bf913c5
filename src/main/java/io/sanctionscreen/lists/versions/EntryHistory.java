package io.sanctionscreen.lists.versions;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entry across the versions of its list: each version in which it appeared, changed or
 * disappeared, oldest first. Versions in which it stayed the same are left out.
 *
 * @param entityId the stable id
 * @param source the source id
 * @param name its primary name in the latest version that holds it
 * @param listed whether the active version of its list holds it
 * @param versions how many versions of the source there are
 * @param events what happened to it, version by version, oldest first
 */
@Schema(
    name = "EntryHistory",
    description =
        "An entry across the versions of its list: when it was added, how it changed (the fields,"
            + " before and after), when it was removed.")
public record EntryHistory(
    @Schema(example = "un-sc:QDi.057") String entityId,
    @Schema(example = "un-sc") String source,
    @Schema(example = "Nasser Muhammad Abdullah Al-Awlaqi") String name,
    @Schema(example = "true") boolean listed,
    @Schema(example = "3") int versions,
    List<Event> events) {

  /**
   * What one version did to the entry.
   *
   * @param version the version
   * @param change added (also: it first appeared in the source's first version), modified or
   *     removed
   * @param name its primary name in this version (in the older one if removed)
   * @param fields the fields that changed, for a modified entry
   */
  @Schema(name = "EntryHistoryEvent")
  public record Event(
      VersionView version,
      @Schema(example = "MODIFIED") ListChanges.Kind change,
      @Schema(example = "Nasser Muhammad Abdullah Al-Awlaqi") String name,
      List<ListChanges.FieldChange> fields) {}
}
