package io.sanctionscreen.lists.parse;

import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses OFAC's Enhanced XML ({@code SDN_ENHANCED.XML}, {@code CONS_ENHANCED.XML}; root {@code
 * sanctionsData}), or the ZIP file OFAC ships it in.
 *
 * <p>Each name's primary translation is the name itself ("LAST, First", as in the other OFAC
 * formats); its other translations in a non-Latin script are original-script names. {@code
 * isLowQuality} marks weak aliases. Features and identity documents are sorted into attributes and
 * identifiers by {@link OfacFacts}; the sanctions lists an entry is on (SDN List, Non-SDN CMIC
 * List...) become attributes of kind {@code LIST}.
 */
public final class OfacEnhancedXmlParser implements ListParser {

  private static final String FORMAT = "OFAC Enhanced XML";

  /** The parser {@link ListFormat} registers; it holds no state. */
  OfacEnhancedXmlParser() {}

  @Override
  public ParsedList read(ListInput input, String sourceId, LocalDate listDate) throws IOException {
    try (InputStream in = input.open(ListFormat.MAIN)) {
      return parse(in, sourceId);
    }
  }

  /**
   * Parses the XML file; the list date is {@code publicationInfo/dataAsOf}.
   *
   * @throws ListFormatException if the file is not well-formed {@code sanctionsData} XML, lacks the
   *     date, or an entity lacks an id, a known type or a name, or repeats an id
   */
  public static ParsedList parse(InputStream in, String sourceId) {
    return Parsing.guard(FORMAT, () -> read(in, sourceId));
  }

  /**
   * Parses the ZIP file OFAC publishes ({@code SDN_ENHANCED.ZIP}, {@code CONS_ENHANCED.ZIP}): the
   * one {@code .xml} file in it.
   *
   * @throws ListFormatException if the ZIP is unreadable or holds no XML file, or as {@link #parse}
   */
  public static ParsedList parseZip(InputStream zip, String sourceId) {
    return Parsing.guard(
        FORMAT + " ZIP",
        () -> {
          try (ZipInputStream z = new ZipInputStream(InputLimits.bounded(zip))) {
            ZipEntry e;
            int entries = 0;
            while ((e = z.getNextEntry()) != null) {
              entries++;
              if (!e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(".xml")) {
                return read(z, sourceId);
              }
            }
            throw new ListFormatException(
                entries == 0
                    ? "the file is not a ZIP archive, or an empty one"
                    : "the ZIP file holds no .xml file");
          } catch (IOException e) {
            throw new ListFormatException("the ZIP file cannot be read: " + e.getMessage(), e);
          }
        });
  }

  private static ParsedList read(InputStream in, String sourceId) {
    XMLStreamReader r = SafeXml.open(in);
    SafeXml.root(r, "sanctionsData");
    LocalDate date = null;
    Entries entries = new Entries("entity");
    while (SafeXml.nextChild(r)) {
      switch (r.getLocalName()) {
        case "publicationInfo" -> {
          SafeXml.Node info = SafeXml.read(r);
          date = Dates.isoDay(info.text("dataAsOf"), "publicationInfo/dataAsOf");
        }
        case "entities" -> {
          while (SafeXml.nextChild(r)) {
            if (!r.getLocalName().equals("entity")) {
              SafeXml.skip(r);
              continue;
            }
            SafeXml.Node n = SafeXml.read(r);
            entries.add(entity(n), n.where);
          }
        }
        default -> SafeXml.skip(r);
      }
    }
    SafeXml.finish(r);
    if (date == null) {
      throw new ListFormatException("the file has no publicationInfo/dataAsOf");
    }
    return entries.list(sourceId, date, "the file holds no entity");
  }

  private static ParsedEntry entity(SafeXml.Node n) {
    String id = n.attr("id");
    if (id == null) {
      throw new ListFormatException("an entity has no id (" + n.where + ")");
    }
    SafeXml.Node info = n.child("generalInfo");
    String type = info == null ? null : info.text("entityType");
    EntryBuilder b = new EntryBuilder(id, OfacXmlParser.type(type, id));
    for (SafeXml.Node name : n.all("names", "name")) {
      name(b, name);
    }
    if (!b.hasPrimary()) {
      throw new ListFormatException("entity " + id + " has no primary name (" + n.where + ")");
    }
    n.texts("sanctionsPrograms", "sanctionsProgram").forEach(b::program);
    n.texts("sanctionsLists", "sanctionsList").forEach(l -> b.attribute(AttributeKind.LIST, l));
    for (SafeXml.Node f : n.all("features", "feature")) {
      OfacFacts.add(b, f.text("type"), f.text("value"), null);
    }
    for (SafeXml.Node d : n.all("identityDocuments", "identityDocument")) {
      String note = d.text("issuingAuthority");
      if ("false".equalsIgnoreCase(d.text("isValid"))) {
        note = note == null ? "not valid" : note + "; not valid";
      }
      b.identifier(d.text("type"), d.text("documentNumber"), d.text("issuingCountry"), note);
    }
    for (SafeXml.Node a : n.all("addresses", "address")) {
      String country = a.text("country");
      for (SafeXml.Node t : a.all("translations", "translation")) {
        address(b, t, country);
      }
      if (a.all("translations", "translation").isEmpty()) {
        b.address(null, null, country, null);
      }
    }
    String remarks = info == null ? null : info.text("remarks");
    if (remarks != null) {
      b.remark(remarks);
      OfacRemarksParser.Facts facts = OfacRemarksParser.parse(remarks);
      facts.weakAliases().forEach(w -> b.name(w.name(), w.kind(), true));
      facts.identifiers().forEach(i -> b.identifier(i.type(), i.value(), i.country(), i.note()));
      facts.attributes().forEach(a -> b.attribute(a.kind(), a.value()));
    }
    return b.build();
  }

  private static void name(EntryBuilder b, SafeXml.Node name) {
    boolean primary = "true".equalsIgnoreCase(name.text("isPrimary"));
    boolean weak = "true".equalsIgnoreCase(name.text("isLowQuality"));
    NameKind kind = primary ? NameKind.PRIMARY : OfacXmlParser.aliasKind(name.text("aliasType"));
    for (SafeXml.Node t : name.all("translations", "translation")) {
      String full = t.text("formattedFullName");
      if (full == null) {
        full = Names.join(t.texts("nameParts", "namePart", "value").toArray(String[]::new));
      }
      boolean primaryTranslation = "true".equalsIgnoreCase(t.text("isPrimary"));
      if (primaryTranslation) {
        if (kind == NameKind.PRIMARY) {
          b.primary(full);
        } else {
          b.name(full, kind, weak);
        }
      } else if (Names.isLatin(full)) {
        b.name(full, kind == NameKind.PRIMARY ? NameKind.AKA : kind, weak);
      } else {
        b.name(full, NameKind.ORIGINAL_SCRIPT, weak);
      }
    }
  }

  private static void address(EntryBuilder b, SafeXml.Node translation, String country) {
    List<String> street = new ArrayList<>();
    String city = null;
    String state = null;
    String postal = null;
    String region = null;
    for (SafeXml.Node part : translation.all("addressParts", "addressPart")) {
      String type = part.text("type");
      String value = part.text("value");
      if (type == null || value == null) {
        continue;
      }
      switch (type.toUpperCase(Locale.ROOT)) {
        case "CITY" -> city = value;
        case "STATE/PROVINCE" -> state = value;
        case "POSTAL CODE" -> postal = value;
        case "REGION" -> region = value;
        default -> street.add(value);
      }
    }
    String stateOrRegion = state == null ? region : region == null ? state : state + ", " + region;
    b.address(
        street.isEmpty() ? null : String.join(", ", street),
        OfacFacts.cityLine(city, stateOrRegion, postal),
        country,
        null);
  }
}
