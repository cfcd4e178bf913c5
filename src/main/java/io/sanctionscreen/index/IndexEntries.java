package io.sanctionscreen.index;

import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns parsed list entries into index entries without a database: for benchmarks, the evaluation
 * command and tests. The service reads the same fields from the database ({@link
 * IndexEntryReader}).
 */
public final class IndexEntries {

  private IndexEntries() {}

  /** The index entries of a parsed list, with ids {@code <source>:<the source's own id>}. */
  public static List<IndexEntry> of(ParsedList list) {
    List<IndexEntry> out = new ArrayList<>(list.entries().size());
    for (ParsedEntry e : list.entries()) {
      out.add(of(list.sourceId(), e));
    }
    return out;
  }

  /** The index entry of one parsed entry. */
  public static IndexEntry of(String sourceId, ParsedEntry e) {
    List<String> birthDates = new ArrayList<>();
    Set<String> countries = new LinkedHashSet<>();
    Map<String, String> dates = new LinkedHashMap<>();
    for (ParsedEntry.Attribute a : e.attributes()) {
      if (AttributeKind.BIRTH_DATE.is(a.kind())) {
        birthDates.add(a.value());
      } else if (AttributeKind.NATIONALITY.is(a.kind()) || AttributeKind.CITIZENSHIP.is(a.kind())) {
        countries.add(a.value());
      } else if (IndexEntry.isProgramDate(a.kind())) {
        dates.putIfAbsent(a.kind(), a.value());
      }
    }
    for (ParsedEntry.Address a : e.addresses()) {
      if (a.country() != null) {
        countries.add(a.country());
      }
    }
    return new IndexEntry(
        sourceId + ":" + e.sourceRef(),
        sourceId,
        e.type(),
        e.primaryName(),
        e.programs(),
        e.names().stream().map(n -> new IndexEntry.Name(n.name(), n.kind(), n.weak())).toList(),
        birthDates,
        List.copyOf(countries),
        e.identifiers().stream()
            .map(i -> new IndexEntry.Identifier(i.type(), i.value(), i.country()))
            .toList(),
        dates);
  }
}
