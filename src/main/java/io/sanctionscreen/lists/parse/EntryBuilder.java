package io.sanctionscreen.lists.parse;

import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.lists.model.ParsedEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects one entry while a parser reads it: trims values, drops blanks and duplicates, and builds
 * a {@link ParsedEntry} whose primary name comes first.
 *
 * <p>Lists repeat facts (the UK ConList repeats every fact on each name row; a UK designation can
 * list the same date of birth twice); duplicates would only inflate the content hash's sensitivity,
 * so each name, program, identifier, attribute and address is kept once, in first-seen order.
 */
final class EntryBuilder {

  private final String sourceRef;
  private EntryType type;
  private String primary;
  private final Map<String, ParsedEntry.Name> names = new LinkedHashMap<>();
  private final Set<String> programs = new LinkedHashSet<>();
  private final List<String> remarks = new ArrayList<>();
  private final Set<ParsedEntry.Address> addresses = new LinkedHashSet<>();
  private final Set<ParsedEntry.Identifier> identifiers = new LinkedHashSet<>();
  private final Set<ParsedEntry.Attribute> attributes = new LinkedHashSet<>();

  EntryBuilder(String sourceRef, EntryType type) {
    this.sourceRef = clean(sourceRef);
    if (this.sourceRef == null) {
      throw new ListFormatException("an entry has no id");
    }
    this.type = type;
  }

  String sourceRef() {
    return sourceRef;
  }

  EntryType type() {
    return type;
  }

  EntryBuilder type(EntryType t) {
    this.type = t;
    return this;
  }

  boolean hasPrimary() {
    return primary != null;
  }

  /** Sets the primary name, unless one is set already (then the name becomes an a.k.a.). */
  EntryBuilder primary(String name) {
    String n = clean(name);
    if (n == null) {
      return this;
    }
    if (primary == null) {
      primary = n;
      names.remove(n);
    } else {
      name(n, NameKind.AKA, false);
    }
    return this;
  }

  /** Adds a name; a name seen before keeps its first kind and is strong if any mention is. */
  EntryBuilder name(String name, NameKind kind, boolean weak) {
    String n = clean(name);
    if (n == null || n.equals(primary)) {
      return this;
    }
    if (kind == NameKind.PRIMARY) {
      return primary(n);
    }
    ParsedEntry.Name seen = names.get(n);
    if (seen == null) {
      names.put(n, new ParsedEntry.Name(n, kind, weak));
    } else if (seen.weak() && !weak) {
      names.put(n, new ParsedEntry.Name(n, seen.kind(), false));
    }
    return this;
  }

  EntryBuilder program(String program) {
    String p = clean(program);
    if (p != null) {
      programs.add(p);
    }
    return this;
  }

  EntryBuilder remark(String text) {
    if (text != null && !text.isBlank() && !remarks.contains(text.strip())) {
      remarks.add(text.strip());
    }
    return this;
  }

  EntryBuilder address(String street, String city, String country, String note) {
    ParsedEntry.Address a =
        new ParsedEntry.Address(clean(street), clean(city), clean(country), clean(note));
    if (a.street() != null || a.city() != null || a.country() != null) {
      addresses.add(a);
    }
    return this;
  }

  EntryBuilder identifier(String idType, String value, String country, String note) {
    String v = clean(value);
    if (v != null) {
      identifiers.add(new ParsedEntry.Identifier(clean(idType), v, clean(country), clean(note)));
    }
    return this;
  }

  /** Adds a fact of a kind the parsers know. */
  EntryBuilder attribute(AttributeKind kind, String value) {
    return attribute(kind.name(), value);
  }

  /** Adds a fact under the source's own label, for labels no {@link AttributeKind} names. */
  EntryBuilder attribute(String kind, String value) {
    String v = clean(value);
    if (v != null) {
      attributes.add(new ParsedEntry.Attribute(kind, v));
    }
    return this;
  }

  /**
   * Builds the entry. Without an explicit primary name the first strong name in a non-original
   * script is promoted, then any name.
   *
   * @throws ListFormatException if the entry has no name or no type
   */
  ParsedEntry build() {
    if (type == null) {
      throw new ListFormatException("entry " + sourceRef + " has no type");
    }
    String p = primary;
    if (p == null) {
      p = pickPrimary();
    }
    if (p == null) {
      throw new ListFormatException("entry " + sourceRef + " has no name");
    }
    List<ParsedEntry.Name> all = new ArrayList<>(names.size() + 1);
    all.add(new ParsedEntry.Name(p, NameKind.PRIMARY, false));
    for (ParsedEntry.Name n : names.values()) {
      if (!n.name().equals(p)) {
        all.add(n);
      }
    }
    String remarkText = remarks.isEmpty() ? null : String.join("\n", remarks);
    return new ParsedEntry(
        sourceRef,
        type,
        p,
        all,
        List.copyOf(programs),
        remarkText,
        List.copyOf(addresses),
        List.copyOf(identifiers),
        List.copyOf(attributes));
  }

  /** True when the entry has at least one name. */
  boolean hasName() {
    return primary != null || !names.isEmpty();
  }

  private String pickPrimary() {
    for (ParsedEntry.Name n : names.values()) {
      if (!n.weak() && n.kind() != NameKind.ORIGINAL_SCRIPT) {
        return n.name();
      }
    }
    for (ParsedEntry.Name n : names.values()) {
      if (!n.weak()) {
        return n.name();
      }
    }
    return names.isEmpty() ? null : names.keySet().iterator().next();
  }

  /** Trims, collapses runs of white space, and turns blanks into null. */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    if (t.isEmpty()) {
      return null;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c) && (c != ' ' || Character.isWhitespace(t.charAt(i + 1)))) {
        return WHITESPACE.matcher(t).replaceAll(" ");
      }
    }
    return t;
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
}
