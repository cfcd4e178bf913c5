package io.sanctionscreen.lists.parse;

import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses OFAC's {@code sdn.xml} and {@code consolidated.xml} ({@code sdnList} schema). The
 * namespace has changed over the years, so elements are matched on local names.
 *
 * <p>Names are written as the CSV writes them ("LAST, First"); an alias of category {@code weak} is
 * a weak alias. Entries in {@code idList} whose type is a fact rather than a document ("Listing
 * Date (CMIC)", "Gender", "Website"...) become attributes (see {@link OfacFacts}). The file's
 * {@code Record_Count} must equal the number of entries read.
 */
public final class OfacXmlParser implements ListParser {

  private static final String FORMAT = "OFAC sdnList XML";
  private static final DateTimeFormatter US_DATE =
      DateTimeFormatter.ofPattern("MM/dd/uuuu", Locale.ROOT);

  /** The parser {@link ListFormat} registers; it holds no state. */
  OfacXmlParser() {}

  @Override
  public ParsedList read(ListInput input, String sourceId, LocalDate listDate) throws IOException {
    try (InputStream in = input.open(ListFormat.MAIN)) {
      return parse(in, sourceId);
    }
  }

  /**
   * Parses a whole file; the list date is its {@code Publish_Date}.
   *
   * @throws ListFormatException if the file is not well-formed {@code sdnList} XML, lacks a publish
   *     date or an entry's uid, name or known type, repeats a uid, or holds another number of
   *     entries than its {@code Record_Count}
   */
  public static ParsedList parse(InputStream in, String sourceId) {
    return Parsing.guard(FORMAT, () -> read(in, sourceId));
  }

  private static ParsedList read(InputStream in, String sourceId) {
    XMLStreamReader r = SafeXml.open(in);
    SafeXml.root(r, "sdnList");
    LocalDate date = null;
    Integer recordCount = null;
    Entries entries = new Entries("uid");
    while (SafeXml.nextChild(r)) {
      switch (r.getLocalName()) {
        case "publshInformation", "publishInformation" -> {
          SafeXml.Node info = SafeXml.read(r);
          date = publishDate(info.text("Publish_Date"), info.where);
          String count = info.text("Record_Count");
          if (count != null) {
            recordCount = count(count, info.where);
          }
        }
        case "sdnEntry" -> {
          SafeXml.Node n = SafeXml.read(r);
          entries.add(entry(n), n.where);
        }
        default -> SafeXml.skip(r);
      }
    }
    SafeXml.finish(r);
    if (date == null) {
      throw new ListFormatException("the file has no publshInformation/Publish_Date");
    }
    ParsedList list = entries.list(sourceId, date, "the file holds no sdnEntry");
    if (recordCount != null && recordCount != entries.size()) {
      throw new ListFormatException(
          "Record_Count says " + recordCount + " entries, the file holds " + entries.size());
    }
    return list;
  }

  private static ParsedEntry entry(SafeXml.Node n) {
    String uid = n.text("uid");
    if (uid == null) {
      throw new ListFormatException("an sdnEntry has no uid (" + n.where + ")");
    }
    EntryBuilder b = new EntryBuilder(uid, type(n.text("sdnType"), uid));
    String primary = Names.lastFirst(n.text("lastName"), n.text("firstName"));
    if (primary == null) {
      throw new ListFormatException("sdnEntry " + uid + " has no name (" + n.where + ")");
    }
    b.primary(primary);
    b.attribute(AttributeKind.TITLE, n.text("title"));
    n.texts("programList", "program").forEach(b::program);
    for (SafeXml.Node aka : n.all("akaList", "aka")) {
      b.name(
          Names.lastFirst(aka.text("lastName"), aka.text("firstName")),
          aliasKind(aka.text("type")),
          "weak".equalsIgnoreCase(aka.text("category")));
    }
    for (SafeXml.Node id : n.all("idList", "id")) {
      OfacFacts.add(b, id.text("idType"), id.text("idNumber"), id.text("idCountry"));
    }
    for (String dob : n.texts("dateOfBirthList", "dateOfBirthItem", "dateOfBirth")) {
      b.attribute(AttributeKind.BIRTH_DATE, Dates.ofac(dob));
    }
    n.texts("placeOfBirthList", "placeOfBirthItem", "placeOfBirth")
        .forEach(p -> b.attribute(AttributeKind.BIRTH_PLACE, p));
    n.texts("nationalityList", "nationality", "country")
        .forEach(c -> b.attribute(AttributeKind.NATIONALITY, c));
    n.texts("citizenshipList", "citizenship", "country")
        .forEach(c -> b.attribute(AttributeKind.CITIZENSHIP, c));
    for (SafeXml.Node a : n.all("addressList", "address")) {
      b.address(
          street(a),
          OfacFacts.cityLine(a.text("city"), a.text("stateOrProvince"), a.text("postalCode")),
          a.text("country"),
          null);
    }
    SafeXml.Node vessel = n.child("vesselInfo");
    if (vessel != null) {
      b.attribute(AttributeKind.VESSEL_CALL_SIGN, vessel.text("callSign"));
      b.attribute(AttributeKind.VESSEL_TYPE, vessel.text("vesselType"));
      b.attribute(AttributeKind.VESSEL_FLAG, vessel.text("vesselFlag"));
      b.attribute(AttributeKind.VESSEL_OWNER, vessel.text("vesselOwner"));
      b.attribute(AttributeKind.VESSEL_TONNAGE, vessel.text("tonnage"));
      b.attribute(AttributeKind.VESSEL_GRT, vessel.text("grossRegisteredTonnage"));
    }
    String remarks = n.text("remarks");
    if (remarks != null) {
      b.remark(remarks);
      OfacRemarksParser.Facts facts = OfacRemarksParser.parse(remarks);
      facts.weakAliases().forEach(w -> b.name(w.name(), w.kind(), true));
      facts.identifiers().forEach(i -> b.identifier(i.type(), i.value(), i.country(), i.note()));
      facts.attributes().forEach(a -> b.attribute(a.kind(), a.value()));
    }
    return b.build();
  }

  private static String street(SafeXml.Node a) {
    List<String> parts = new ArrayList<>();
    for (String k : List.of("address1", "address2", "address3")) {
      String v = a.text(k);
      if (v != null) {
        parts.add(v);
      }
    }
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  static EntryType type(String sdnType, String uid) {
    if (sdnType == null) {
      throw new ListFormatException("entry " + uid + " has no sdnType");
    }
    return switch (sdnType.strip().toLowerCase(Locale.ROOT)) {
      case "individual" -> EntryType.PERSON;
      case "entity" -> EntryType.ORGANIZATION;
      case "vessel" -> EntryType.VESSEL;
      case "aircraft" -> EntryType.AIRCRAFT;
      default ->
          throw new ListFormatException("entry " + uid + " has unknown type '" + sdnType + "'");
    };
  }

  static NameKind aliasKind(String type) {
    if (type == null) {
      return NameKind.AKA;
    }
    String t = type.toLowerCase(Locale.ROOT).replace(".", "").strip();
    return switch (t) {
      case "fka" -> NameKind.FKA;
      case "nka" -> NameKind.NKA;
      default -> NameKind.AKA;
    };
  }

  private static LocalDate publishDate(String text, String where) {
    if (text == null) {
      throw new ListFormatException("publshInformation has no Publish_Date (" + where + ")");
    }
    try {
      return LocalDate.parse(text, US_DATE);
    } catch (DateTimeParseException e) {
      throw new ListFormatException(
          "Publish_Date '" + text + "' is not MM/dd/yyyy (" + where + ")", e);
    }
  }

  private static int count(String text, String where) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new ListFormatException(
          "Record_Count '" + text + "' is not a number (" + where + ")", e);
    }
  }
}
