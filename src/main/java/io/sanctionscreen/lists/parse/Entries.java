package io.sanctionscreen.lists.parse;

import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The skeleton every parser shares, written once: the entries of one list as they are read, each id
 * at most once, no more than {@link InputLimits#MAX_ENTRIES}, and at least one.
 */
final class Entries {

  private final String idName;
  private final Set<String> ids = new HashSet<>();
  private final List<ParsedEntry> entries = new ArrayList<>();

  /**
   * @param idName what the format calls an entry's id, for messages ({@code uid}, {@code reference
   *     number}...)
   */
  Entries(String idName) {
    this.idName = idName;
  }

  /**
   * Claims an id before its entry is read.
   *
   * @throws ListFormatException if the id was seen before; {@code where} says where it is
   */
  void claim(String id, String where) {
    if (!ids.add(id)) {
      throw new ListFormatException(idName + " " + id + " appears twice (" + where + ")");
    }
  }

  /**
   * Adds an entry whose id is new.
   *
   * @throws ListFormatException if its id was seen before, or there are too many entries
   */
  void add(ParsedEntry entry, String where) {
    claim(entry.sourceRef(), where);
    add(entry);
  }

  /**
   * Adds an entry whose id the parser has checked (or claimed) itself.
   *
   * @throws ListFormatException if there are too many entries
   */
  void add(ParsedEntry entry) {
    entries.add(entry);
    InputLimits.checkEntryCount(entries.size());
  }

  /** How many entries were added. */
  int size() {
    return entries.size();
  }

  /**
   * The list read.
   *
   * @throws ListFormatException with {@code whenEmpty} if there is no entry
   */
  ParsedList list(String sourceId, LocalDate listDate, String whenEmpty) {
    if (entries.isEmpty()) {
      throw new ListFormatException(whenEmpty);
    }
    return new ParsedList(sourceId, listDate, entries);
  }
}
