package io.sanctionscreen.lists.parse;

import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared skeleton for formats that gather an entry from several rows or elements: one builder
 * per id in first-seen order, no more than {@link InputLimits#MAX_ENTRIES}, and at least one.
 */
final class EntryGroups {

  private final Map<String, EntryBuilder> groups = new LinkedHashMap<>();

  /** The builder of this id, or null if none was opened. */
  EntryBuilder get(String id) {
    return groups.get(id);
  }

  /** Whether this id has a builder. */
  boolean contains(String id) {
    return groups.containsKey(id);
  }

  /**
   * Opens the entry of a new id.
   *
   * @throws ListFormatException if there are too many entries
   */
  EntryBuilder open(String id, EntryBuilder builder) {
    groups.put(id, builder);
    InputLimits.checkEntryCount(groups.size());
    return builder;
  }

  /**
   * The list read, each entry built.
   *
   * @throws ListFormatException with {@code whenEmpty} if there is no entry
   */
  ParsedList list(String sourceId, LocalDate listDate, String whenEmpty) {
    if (groups.isEmpty()) {
      throw new ListFormatException(whenEmpty);
    }
    List<ParsedEntry> entries = new ArrayList<>(groups.size());
    for (EntryBuilder b : groups.values()) {
      entries.add(b.build());
    }
    return new ParsedList(sourceId, listDate, entries);
  }
}
