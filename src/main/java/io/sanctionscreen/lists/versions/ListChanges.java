package io.sanctionscreen.lists.versions;

import io.sanctionscreen.lists.model.EntryType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What changed in a list between two versions: the counts, and a page of the changed entries in
 * entity id order, with the fields that changed.
 *
 * @param source the source id
 * @param from the older version; null when the newer one is the source's first (everything added)
 * @param to the newer version
 * @param counts entries added, removed, modified and unchanged
 * @param kind the kind of change the page is restricted to; null for all
 * @param total how many changes match {@code kind}
 * @param offset changes skipped
 * @param limit most changes on the page
 * @param changes the page
 */
@Schema(
    name = "ListChanges",
    description =
        "Entries added, removed and modified between two versions of a list, with the fields"
            + " that changed.")
public record ListChanges(
    @Schema(example = "un-sc") String source,
    VersionView from,
    VersionView to,
    Counts counts,
    @Schema(example = "MODIFIED") Kind kind,
    @Schema(example = "16") long total,
    @Schema(example = "0") int offset,
    @Schema(example = "100") int limit,
    List<Change> changes) {

  /** The kind of change of an entry. */
  @Schema(name = "ChangeKind")
  public enum Kind {
    /** In the newer version only. */
    ADDED,
    /** In the older version only. */
    REMOVED,
    /** In both, with different content. */
    MODIFIED
  }

  /**
   * How many entries changed, and how.
   *
   * @param added in the newer version only
   * @param removed in the older version only
   * @param modified in both, with different content
   * @param unchanged in both, with the same content
   */
  @Schema(name = "ChangeCounts")
  public record Counts(
      @Schema(example = "130") int added,
      @Schema(example = "4") int removed,
      @Schema(example = "16") int modified,
      @Schema(example = "857") int unchanged) {}

  /**
   * One changed entry.
   *
   * @param entityId the stable id
   * @param change how it changed
   * @param name its primary name (in the newer version, or the older if removed)
   * @param type the kind of party
   * @param programs its programs
   * @param fields the fields that changed, for a modified entry
   */
  @Schema(name = "EntryChange")
  public record Change(
      @Schema(example = "un-sc:QDi.057") String entityId,
      @Schema(example = "MODIFIED") Kind change,
      @Schema(example = "Nasser Muhammad Abdullah Al-Awlaqi") String name,
      EntryType type,
      List<String> programs,
      List<FieldChange> fields) {}

  /**
   * One field that changed, before and after; {@code added} and {@code removed} are the values of a
   * many-valued field (names, programs, addresses...) that one side has and the other lacks.
   *
   * @param field {@code type}, {@code name}, {@code names}, {@code programs}, {@code remarks},
   *     {@code addresses}, {@code identifiers} or {@code attributes}
   * @param before the values in the older version
   * @param after the values in the newer version
   * @param added values only in the newer version
   * @param removed values only in the older version
   */
  @Schema(name = "FieldChange")
  public record FieldChange(
      @Schema(example = "addresses") String field,
      @Schema(example = "[\"Tripoli, Libya (as at Feb. 2014)\"]") List<String> before,
      @Schema(example = "[\"Afghanistan (as at June 2014)\"]") List<String> after,
      List<String> added,
      List<String> removed) {}
}
