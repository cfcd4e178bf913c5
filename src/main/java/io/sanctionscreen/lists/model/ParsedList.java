package io.sanctionscreen.lists.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A whole list file as parsed: its source, the date the publisher gave it, and its entries.
 *
 * @param sourceId the source id, such as {@code us-ofac-sdn}
 * @param listDate the publication date of the list, if the file or its bundle says
 * @param entries the entries, each with a distinct source reference
 */
public record ParsedList(String sourceId, LocalDate listDate, List<ParsedEntry> entries) {

  public ParsedList {
    entries = List.copyOf(entries);
  }

  /** A hash over all entries' content hashes in id order: equal lists have equal hashes. */
  public String contentHash() {
    List<ParsedEntry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(ParsedEntry::sourceRef));
    StringBuilder b = new StringBuilder(sorted.size() * 65);
    for (ParsedEntry e : sorted) {
      b.append(e.contentHash()).append('\n');
    }
    return ParsedEntry.sha256(b.toString());
  }
}
