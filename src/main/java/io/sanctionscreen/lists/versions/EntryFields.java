package io.sanctionscreen.lists.versions;

import io.sanctionscreen.lists.ListEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An entry's fields as lists of readable values, in a fixed order, so that two versions of an entry
 * can be compared field by field and the difference shown to a person.
 */
final class EntryFields {

  private EntryFields() {}

  /** The fields of an entry: name to values. */
  static Map<String, List<String>> of(ListEntry e) {
    Map<String, List<String>> f = new LinkedHashMap<>();
    f.put("type", List.of(e.type.apiName()));
    f.put("name", List.of(e.primaryName));
    f.put(
        "names",
        e.names.stream()
            .map(
                n ->
                    n.name
                        + " ("
                        + n.kind.name().toLowerCase(Locale.ROOT)
                        + (n.weak ? ", weak" : "")
                        + ")")
            .toList());
    f.put("programs", List.copyOf(e.programs));
    f.put("remarks", e.remarks == null ? List.of() : List.of(e.remarks));
    f.put(
        "addresses",
        e.addresses.stream()
            .map(a -> withNote(join(", ", a.street, a.city, a.country), a.remarks))
            .toList());
    f.put(
        "identifiers",
        e.identifiers.stream()
            .map(i -> withNote(i.type + ": " + i.value, join("; ", i.country, i.note)))
            .toList());
    f.put("attributes", e.attributes.stream().map(a -> a.kind + ": " + a.value).toList());
    return f;
  }

  /** The fields that differ between two versions of an entry. */
  static List<ListChanges.FieldChange> changes(ListEntry before, ListEntry after) {
    Map<String, List<String>> b = of(before);
    Map<String, List<String>> a = of(after);
    List<ListChanges.FieldChange> out = new ArrayList<>();
    for (String field : a.keySet()) {
      List<String> old = b.get(field);
      List<String> now = a.get(field);
      if (!old.equals(now)) {
        out.add(new ListChanges.FieldChange(field, old, now, minus(now, old), minus(old, now)));
      }
    }
    return out;
  }

  /** The values of {@code a} not matched by one in {@code b}, counting repeats, in a's order. */
  static List<String> minus(List<String> a, List<String> b) {
    Map<String, Integer> left = new HashMap<>();
    b.forEach(v -> left.merge(v, 1, Integer::sum));
    List<String> out = new ArrayList<>();
    for (String v : a) {
      Integer n = left.get(v);
      if (n == null || n == 0) {
        out.add(v);
      } else {
        left.put(v, n - 1);
      }
    }
    return out;
  }

  private static String join(String separator, String... parts) {
    String s =
        Stream.of(parts)
            .filter(Objects::nonNull)
            .filter(p -> !p.isBlank())
            .collect(Collectors.joining(separator));
    return s.isEmpty() ? null : s;
  }

  private static String withNote(String text, String note) {
    if (note == null || note.isBlank()) {
      return text == null ? "" : text;
    }
    return text == null ? "(" + note + ")" : text + " (" + note + ")";
  }
}
