package io.sanctionscreen.lists.parse;

import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.lists.model.ParsedList;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamReader;
import org.jboss.logging.Logger;

/**
 * Parses the EU Financial Sanctions Files XML, version 1.1 (root {@code export}, namespace {@code
 * http://eu.europa.ec/fpi/fsd/export}).
 *
 * <p>The entity's {@code logicalId} is the source reference. Every {@code nameAlias} is a name
 * ({@code strong="false"} marks a weak one; a name in a non-Latin script is an original-script
 * name); the EU marks none as primary, so the first strong Latin alias with a first or last name is
 * taken, else the first strong Latin alias. Each regulation's {@code programme} is a program.
 *
 * <p>An entity without any name cannot be screened: it is skipped and reported in the {@link
 * Result}, not imported.
 */
public final class EuFsfXmlParser implements ListParser {

  private static final Logger LOG = Logger.getLogger(ListFormat.class);

  private static final String FORMAT = "EU FSF XML";
  private static final String NAMESPACE = "http://eu.europa.ec/fpi/fsd/export";

  /**
   * A parsed list and the logical ids of the entities skipped for having no name.
   *
   * @param list the entries
   * @param skippedWithoutName the logicalIds of entities with no {@code nameAlias}
   */
  public record Result(ParsedList list, List<String> skippedWithoutName) {
    public Result {
      skippedWithoutName = List.copyOf(skippedWithoutName);
    }
  }

  /** The parser {@link ListFormat} registers; it holds no state. */
  EuFsfXmlParser() {}

  @Override
  public ParsedList read(ListInput input, String sourceId, LocalDate listDate) throws IOException {
    try (InputStream in = input.open(ListFormat.MAIN)) {
      Result r = parse(in, sourceId);
      if (!r.skippedWithoutName().isEmpty()) {
        LOG.infof(
            "%s: skipped %d entities without a name: %s",
            sourceId, r.skippedWithoutName().size(), Parts.abbreviate(r.skippedWithoutName()));
      }
      return r.list();
    }
  }

  /**
   * Parses a whole file; the list date is the root's {@code generationDate}.
   *
   * @throws ListFormatException if the file is not well-formed FSF XML, lacks the generation date,
   *     or an entity lacks its logicalId or subject type, or repeats a logicalId
   */
  public static Result parse(InputStream in, String sourceId) {
    return Parsing.guard(FORMAT, () -> read(in, sourceId));
  }

  private static Result read(InputStream in, String sourceId) {
    XMLStreamReader r = SafeXml.open(in);
    SafeXml.root(r, "export");
    String ns = r.getNamespaceURI();
    if (ns == null || !ns.startsWith(NAMESPACE)) {
      throw new ListFormatException(
          "wrong format: the root <export> is in namespace '" + ns + "', expected " + NAMESPACE);
    }
    LocalDate date = Dates.isoDay(r.getAttributeValue(null, "generationDate"), "generationDate");
    Entries entries = new Entries("logicalId");
    List<String> skipped = new ArrayList<>();
    while (SafeXml.nextChild(r)) {
      if (!r.getLocalName().equals("sanctionEntity")) {
        SafeXml.skip(r);
        continue;
      }
      SafeXml.Node n = SafeXml.read(r);
      String id = n.attr("logicalId");
      if (id == null) {
        throw new ListFormatException("a sanctionEntity has no logicalId (" + n.where + ")");
      }
      entries.claim(id, n.where);
      EntryBuilder b = entity(n, id);
      if (!b.hasName()) {
        skipped.add(id);
        continue;
      }
      entries.add(b.build());
    }
    SafeXml.finish(r);
    return new Result(
        entries.list(sourceId, date, "the file holds no sanctionEntity with a name"), skipped);
  }

  private static EntryBuilder entity(SafeXml.Node n, String id) {
    SafeXml.Node subject = n.child("subjectType");
    String code = subject == null ? null : subject.attr("code");
    EntryBuilder b = new EntryBuilder(id, type(code, id, n.where));
    List<SafeXml.Node> aliases = n.children("nameAlias");
    b.primary(primaryName(aliases));
    for (SafeXml.Node a : aliases) {
      String name = wholeName(a);
      boolean weak = "false".equalsIgnoreCase(a.attr("strong"));
      b.name(name, Names.isLatin(name) ? NameKind.AKA : NameKind.ORIGINAL_SCRIPT, weak);
      b.attribute(AttributeKind.GENDER, gender(a.attr("gender")));
      b.attribute(AttributeKind.TITLE, a.attr("title"));
      b.attribute(AttributeKind.POSITION, a.attr("function"));
      b.remark(a.text("remark"));
    }
    for (SafeXml.Node reg : n.children("regulation")) {
      b.program(reg.attr("programme"));
    }
    b.attribute(AttributeKind.EU_REFERENCE_NUMBER, n.attr("euReferenceNumber"));
    b.attribute(AttributeKind.UN_REFERENCE_NUMBER, n.attr("unitedNationId"));
    b.attribute(AttributeKind.LISTED_ON, n.attr("designationDate"));
    b.remark(n.attr("designationDetails"));
    n.texts("remark").forEach(b::remark);
    for (SafeXml.Node c : n.children("citizenship")) {
      b.attribute(AttributeKind.CITIZENSHIP, country(c));
    }
    for (SafeXml.Node d : n.children("birthdate")) {
      b.attribute(AttributeKind.BIRTH_DATE, birthDate(d));
      b.attribute(
          AttributeKind.BIRTH_PLACE,
          joinComma(
              known(d.attr("place")), known(d.attr("city")), known(d.attr("region")), country(d)));
    }
    for (SafeXml.Node i : n.children("identification")) {
      identification(b, i);
    }
    for (SafeXml.Node a : n.children("address")) {
      b.address(
          joinComma(known(a.attr("street")), known(a.attr("poBox")), known(a.attr("place"))),
          OfacFacts.cityLine(
              known(a.attr("city")), known(a.attr("region")), known(a.attr("zipCode"))),
          country(a),
          a.text("remark"));
      for (SafeXml.Node contact : a.children("contactInfo")) {
        String key = contact.attr("key");
        if (key != null) {
          b.attribute(key.toUpperCase(Locale.ROOT), contact.attr("value"));
        }
      }
    }
    return b;
  }

  private static EntryType type(String code, String id, String where) {
    if (code == null) {
      throw new ListFormatException("entity " + id + " has no subjectType code (" + where + ")");
    }
    return switch (code.toLowerCase(Locale.ROOT)) {
      case "person" -> EntryType.PERSON;
      case "enterprise", "organisation", "organization" -> EntryType.ORGANIZATION;
      case "vessel" -> EntryType.VESSEL;
      case "aircraft" -> EntryType.AIRCRAFT;
      default ->
          throw new ListFormatException(
              "entity " + id + " has unknown subjectType '" + code + "' (" + where + ")");
    };
  }

  private static String primaryName(List<SafeXml.Node> aliases) {
    String firstStrongLatin = null;
    for (SafeXml.Node a : aliases) {
      String name = wholeName(a);
      if (name == null || "false".equalsIgnoreCase(a.attr("strong")) || !Names.isLatin(name)) {
        continue;
      }
      if (a.attr("firstName") != null || a.attr("lastName") != null) {
        return name;
      }
      if (firstStrongLatin == null) {
        firstStrongLatin = name;
      }
    }
    return firstStrongLatin;
  }

  private static String wholeName(SafeXml.Node a) {
    String whole = a.attr("wholeName");
    return whole != null
        ? whole
        : Names.join(a.attr("firstName"), a.attr("middleName"), a.attr("lastName"));
  }

  /** A birth date as an ISO prefix from the full date or its parts; "circa" if approximate. */
  private static String birthDate(SafeXml.Node d) {
    String full = d.attr("birthdate");
    String value;
    if (full != null) {
      value = full;
    } else if (d.attr("year") != null) {
      value =
          Dates.iso(
              d.attr("year"),
              number(d.attr("monthOfYear")),
              number(d.attr("dayOfMonth")),
              d.attr("year"));
    } else {
      return null;
    }
    return "true".equalsIgnoreCase(d.attr("circa")) ? "circa " + value : value;
  }

  private static void identification(EntryBuilder b, SafeXml.Node i) {
    String type = i.attr("identificationTypeDescription");
    if (type == null) {
      type = i.attr("identificationTypeCode");
    }
    List<String> note = new ArrayList<>();
    if (i.attr("issuedBy") != null) {
      note.add("issued by " + i.attr("issuedBy"));
    }
    for (String flag :
        List.of("diplomatic", "knownExpired", "knownFalse", "reportedLost", "revokedByIssuer")) {
      if ("true".equalsIgnoreCase(i.attr(flag))) {
        note.add(flag);
      }
    }
    if (i.text("remark") != null) {
      note.add(i.text("remark"));
    }
    b.identifier(
        type, i.attr("number"), country(i), note.isEmpty() ? null : String.join("; ", note));
  }

  /** The country description, unless the EU gives it as unknown ("00", "UNKNOWN"). */
  private static String country(SafeXml.Node n) {
    String iso = n.attr("countryIso2Code");
    String description = n.attr("countryDescription");
    if ("00".equals(iso) || "UNKNOWN".equalsIgnoreCase(description)) {
      return null;
    }
    return description != null ? description : iso;
  }

  /** The value, unless the EU wrote a placeholder dash. */
  private static String known(String value) {
    return value == null || value.equals("-") ? null : value;
  }

  private static String joinComma(String... parts) {
    List<String> kept = new ArrayList<>();
    for (String p : parts) {
      if (p != null) {
        kept.add(p);
      }
    }
    return kept.isEmpty() ? null : String.join(", ", kept);
  }

  private static String gender(String g) {
    if (g == null) {
      return null;
    }
    return switch (g.toUpperCase(Locale.ROOT)) {
      case "M" -> "Male";
      case "F" -> "Female";
      default -> g;
    };
  }

  private static int number(String s) {
    if (s == null || !s.chars().allMatch(Character::isDigit) || s.isEmpty() || s.length() > 4) {
      return 0;
    }
    return Integer.parseInt(s);
  }
}
