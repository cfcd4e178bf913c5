package io.sanctionscreen.lists.parse;

import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses the UN Security Council Consolidated List XML (root {@code CONSOLIDATED_LIST}, with {@code
 * INDIVIDUALS} and {@code ENTITIES}).
 *
 * <p>The reference number ({@code QDi.001}) is the source reference. The primary name joins
 * FIRST..FOURTH_NAME; {@code NAME_ORIGINAL_SCRIPT} is an original-script name. Alias QUALITY {@code
 * Low} marks a weak alias (the UN's "low quality a.k.a."); {@code f.k.a.} a former name; {@code
 * Good}, {@code a.k.a.} and an empty quality a strong alias. The regime ({@code UN_LIST_TYPE}, such
 * as {@code Al-Qaida}) is the program.
 */
public final class UnXmlParser implements ListParser {

  private static final String FORMAT = "UN SC consolidated list XML";

  /** The parser {@link ListFormat} registers; it holds no state. */
  UnXmlParser() {}

  @Override
  public ParsedList read(ListInput input, String sourceId, LocalDate listDate) throws IOException {
    try (InputStream in = input.open(ListFormat.MAIN)) {
      return parse(in, sourceId);
    }
  }

  /**
   * Parses a whole file; the list date is the root's {@code dateGenerated}.
   *
   * @throws ListFormatException if the file is not well-formed {@code CONSOLIDATED_LIST} XML, lacks
   *     {@code dateGenerated}, or an entry lacks its reference number or name, or repeats a
   *     reference number
   */
  public static ParsedList parse(InputStream in, String sourceId) {
    return Parsing.guard(FORMAT, () -> read(in, sourceId));
  }

  private static ParsedList read(InputStream in, String sourceId) {
    XMLStreamReader r = SafeXml.open(in);
    SafeXml.root(r, "CONSOLIDATED_LIST");
    LocalDate date = Dates.isoDay(r.getAttributeValue(null, "dateGenerated"), "dateGenerated");
    Entries entries = new Entries("reference number");
    while (SafeXml.nextChild(r)) {
      String section = r.getLocalName();
      String item;
      EntryType type;
      if (section.equals("INDIVIDUALS")) {
        item = "INDIVIDUAL";
        type = EntryType.PERSON;
      } else if (section.equals("ENTITIES")) {
        item = "ENTITY";
        type = EntryType.ORGANIZATION;
      } else {
        SafeXml.skip(r);
        continue;
      }
      while (SafeXml.nextChild(r)) {
        if (!r.getLocalName().equals(item)) {
          SafeXml.skip(r);
          continue;
        }
        SafeXml.Node n = SafeXml.read(r);
        entries.add(entry(n, type), n.where);
      }
    }
    SafeXml.finish(r);
    return entries.list(sourceId, date, "the file holds no INDIVIDUAL or ENTITY");
  }

  private static ParsedEntry entry(SafeXml.Node n, EntryType type) {
    String ref = n.text("REFERENCE_NUMBER");
    if (ref == null) {
      throw new ListFormatException(
          "an "
              + n.name
              + " has no REFERENCE_NUMBER (DATAID "
              + n.text("DATAID")
              + ", "
              + n.where
              + ")");
    }
    EntryBuilder b = new EntryBuilder(ref, type);
    String name =
        Names.join(
            n.text("FIRST_NAME"),
            n.text("SECOND_NAME"),
            n.text("THIRD_NAME"),
            n.text("FOURTH_NAME"));
    if (name == null) {
      throw new ListFormatException(ref + " has no name (" + n.where + ")");
    }
    b.primary(name);
    for (String original : n.texts("NAME_ORIGINAL_SCRIPT")) {
      b.name(original, NameKind.ORIGINAL_SCRIPT, false);
    }
    String aliasTag = type == EntryType.PERSON ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS";
    for (SafeXml.Node alias : n.children(aliasTag)) {
      String quality = alias.text("QUALITY");
      String q = quality == null ? "" : quality.toLowerCase(Locale.ROOT);
      b.name(
          alias.text("ALIAS_NAME"),
          q.equals("f.k.a.") ? NameKind.FKA : NameKind.AKA,
          q.equals("low"));
    }
    b.program(n.text("UN_LIST_TYPE"));
    b.attribute(AttributeKind.LISTED_ON, n.text("LISTED_ON"));
    b.attribute(AttributeKind.GENDER, n.text("GENDER"));
    n.texts("TITLE", "VALUE").forEach(t -> b.attribute(AttributeKind.TITLE, t));
    n.texts("DESIGNATION", "VALUE").forEach(t -> b.attribute(AttributeKind.POSITION, t));
    n.texts("NATIONALITY", "VALUE").forEach(t -> b.attribute(AttributeKind.NATIONALITY, t));
    b.remark(n.text("COMMENTS1"));
    String addressTag = type == EntryType.PERSON ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS";
    for (SafeXml.Node a : n.children(addressTag)) {
      b.address(
          a.text("STREET"),
          OfacFacts.cityLine(a.text("CITY"), a.text("STATE_PROVINCE"), a.text("ZIP_CODE")),
          a.text("COUNTRY"),
          a.text("NOTE"));
    }
    for (SafeXml.Node d : n.children("INDIVIDUAL_DATE_OF_BIRTH")) {
      b.attribute(AttributeKind.BIRTH_DATE, birthDate(d));
    }
    for (SafeXml.Node p : n.children("INDIVIDUAL_PLACE_OF_BIRTH")) {
      List<String> parts = new ArrayList<>();
      for (String k : List.of("STREET", "CITY", "STATE_PROVINCE", "COUNTRY")) {
        String v = p.text(k);
        if (v != null) {
          parts.add(v);
        }
      }
      if (!parts.isEmpty()) {
        b.attribute(AttributeKind.BIRTH_PLACE, String.join(", ", parts));
      }
    }
    for (SafeXml.Node d : n.children("INDIVIDUAL_DOCUMENT")) {
      document(b, d);
    }
    return b.build();
  }

  /** EXACT (DATE or YEAR), APPROXIMATELY ("circa ...") or BETWEEN FROM_YEAR and TO_YEAR. */
  private static String birthDate(SafeXml.Node d) {
    String kind = d.text("TYPE_OF_DATE");
    String value = d.text("DATE");
    if (value == null) {
      value = d.text("YEAR");
    }
    String from = d.text("FROM_YEAR");
    String to = d.text("TO_YEAR");
    if (value == null && from != null && to != null) {
      value = from.equals(to) ? from : from + " to " + to;
    }
    if (value == null) {
      return null;
    }
    if (kind != null && kind.equalsIgnoreCase("APPROXIMATELY")) {
      return "circa " + value;
    }
    return value;
  }

  private static void document(EntryBuilder b, SafeXml.Node d) {
    String type = Names.join(d.text("TYPE_OF_DOCUMENT"), d.text("TYPE_OF_DOCUMENT2"));
    String country = d.text("ISSUING_COUNTRY");
    if (country == null) {
      country = d.text("COUNTRY_OF_ISSUE");
    }
    List<String> note = new ArrayList<>();
    String issued = d.text("DATE_OF_ISSUE");
    if (issued != null) {
      note.add("issued " + issued);
    }
    String city = d.text("CITY_OF_ISSUE");
    if (city != null) {
      note.add("in " + city);
    }
    String remark = d.text("NOTE");
    if (remark != null) {
      note.add(remark);
    }
    b.identifier(type, d.text("NUMBER"), country, note.isEmpty() ? null : String.join("; ", note));
  }
}
