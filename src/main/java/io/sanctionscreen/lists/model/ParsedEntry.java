package io.sanctionscreen.lists.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One entry as a parser read it from a list file, before it is stored.
 *
 * @param sourceRef the source's own id for the entry (OFAC ent_num, UN reference number...)
 * @param type the kind of party
 * @param primaryName the name the list gives first
 * @param names every name of the entry, the primary name first
 * @param programs the sanctions programs or regimes the entry is listed under
 * @param remarks the list's free-text remarks, as written
 * @param addresses addresses
 * @param identifiers identity documents and registration numbers
 * @param attributes everything else with a label: dates and places of birth, nationality, gender,
 *     listing dates...
 */
public record ParsedEntry(
    String sourceRef,
    EntryType type,
    String primaryName,
    List<Name> names,
    List<String> programs,
    String remarks,
    List<Address> addresses,
    List<Identifier> identifiers,
    List<Attribute> attributes) {

  public ParsedEntry {
    if (sourceRef == null || sourceRef.isBlank()) {
      throw new IllegalArgumentException("entry without an id");
    }
    if (primaryName == null || primaryName.isBlank()) {
      throw new IllegalArgumentException("entry " + sourceRef + " has no name");
    }
    names = List.copyOf(names);
    programs = List.copyOf(programs);
    addresses = List.copyOf(addresses);
    identifiers = List.copyOf(identifiers);
    attributes = List.copyOf(attributes);
  }

  /** A name of an entry; weak aliases are names the list says not to match on their own. */
  public record Name(String name, NameKind kind, boolean weak) {}

  /** A postal address; any part may be null. */
  public record Address(String street, String city, String country, String remarks) {}

  /** An identifier such as a passport or registration number. */
  public record Identifier(String type, String value, String country, String note) {}

  /** A labelled fact about the entry, such as a date of birth. */
  public record Attribute(String kind, String value) {

    /** An attribute of a kind the parsers know, stored under the kind's name. */
    public Attribute(AttributeKind kind, String value) {
      this(kind.name(), value);
    }
  }

  /**
   * A SHA-256 over every field, in a fixed order: two entries with the same hash carry the same
   * content, so a re-import can tell what changed.
   */
  public String contentHash() {
    StringBuilder b = new StringBuilder(256);
    field(b, sourceRef);
    field(b, type.name());
    field(b, primaryName);
    for (Name n : names) {
      field(b, n.name());
      field(b, n.kind().name());
      field(b, Boolean.toString(n.weak()));
    }
    b.append('\u001e');
    programs.forEach(p -> field(b, p));
    b.append('\u001e');
    field(b, remarks);
    for (Address a : addresses) {
      field(b, a.street());
      field(b, a.city());
      field(b, a.country());
      field(b, a.remarks());
    }
    b.append('\u001e');
    for (Identifier i : identifiers) {
      field(b, i.type());
      field(b, i.value());
      field(b, i.country());
      field(b, i.note());
    }
    b.append('\u001e');
    for (Attribute a : attributes) {
      field(b, a.kind());
      field(b, a.value());
    }
    return sha256(b.toString());
  }

  private static void field(StringBuilder b, String value) {
    b.append(value == null ? "\u0000" : value).append('\u001f');
  }

  /** Hex SHA-256 of a string's UTF-8 bytes. */
  public static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
