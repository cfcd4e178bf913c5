package io.sanctionscreen.index;

import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the index holds of one list entry: its names for searching, and what a hit reports.
 *
 * @param entityId the stable id, {@code <source>:<the source's own id>}
 * @param source the source id
 * @param type the kind of party
 * @param primaryName the name the list gives first
 * @param programs the programs the entry is listed under
 * @param names every name, the primary name first
 * @param birthDates dates of birth as ISO 8601 prefixes (1948, 1948-12, 1948-12-10)
 * @param countries countries the entry is tied to (nationality, citizenship, addresses)
 * @param identifiers identifiers (passport, registration number, ISIN...)
 * @param programDates dates the list gives for the listing, by label ("Effective Date (CMIC)")
 */
public record IndexEntry(
    String entityId,
    String source,
    EntryType type,
    String primaryName,
    List<String> programs,
    List<Name> names,
    List<String> birthDates,
    List<String> countries,
    List<Identifier> identifiers,
    Map<String, String> programDates) {

  public IndexEntry {
    programDates = orderedDates(programDates);
    programs = List.copyOf(programs);
    names = List.copyOf(names);
    birthDates = List.copyOf(birthDates);
    countries = List.copyOf(countries);
    identifiers = List.copyOf(identifiers);
  }

  /** A name of the entry. Weak aliases count only when very close (OFAC's "weak a.k.a."). */
  public record Name(String name, NameKind kind, boolean weak) {}

  /** An identifier of the entry. */
  public record Identifier(String type, String value, String country) {}

  /** Listing dates in the order of events: listing, effective, then any other (divestment). */
  private static Map<String, String> orderedDates(Map<String, String> dates) {
    List<String> keys = new ArrayList<>(dates.keySet());
    keys.sort(
        Comparator.comparingInt(
                (String k) -> k.startsWith("Listing") ? 0 : k.startsWith("Effective") ? 1 : 2)
            .thenComparing(Comparator.naturalOrder()));
    Map<String, String> out = new LinkedHashMap<>();
    for (String k : keys) {
      out.put(k, dates.get(k));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Whether an attribute kind is a listing date ("Listing Date (CMIC)", "Effective Date (...)").
   */
  public static boolean isProgramDate(String kind) {
    return kind.contains(" Date (");
  }
}
