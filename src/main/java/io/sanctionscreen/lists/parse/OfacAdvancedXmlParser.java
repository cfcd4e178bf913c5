package io.sanctionscreen.lists.parse;

import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses OFAC's Advanced XML ({@code sdn_advanced.xml}, {@code cons_advanced.xml}; root {@code
 * Sanctions}, namespace {@code http://www.un.org/sanctions/1.0}).
 *
 * <p>The format is normalised: reference-value sets name the codes, {@code Locations} and {@code
 * IDRegDocuments} are listed apart from the parties that use them, and programs are the comments of
 * the "Program" measures in {@code SanctionsEntries}, after all parties. The parser keeps the
 * reference data and the parties in memory and builds the entries at the end. The profile id (equal
 * to the party's FixedRef and to the OFAC uid of the other formats) is the source reference.
 *
 * <p>Names are assembled from their parts as the other OFAC formats write them ("LAST, First"); a
 * documented name in a non-Latin script is an original-script name. {@code LowQuality} marks weak
 * aliases.
 */
public final class OfacAdvancedXmlParser implements ListParser {

  private static final String FORMAT = "OFAC Advanced XML";

  /** The parser {@link ListFormat} registers; it holds no state. */
  OfacAdvancedXmlParser() {}

  @Override
  public ParsedList read(ListInput input, String sourceId, LocalDate listDate) throws IOException {
    try (InputStream in = input.open(ListFormat.MAIN)) {
      return parse(in, sourceId);
    }
  }

  /**
   * Parses a whole file; the list date is its {@code DateOfIssue}.
   *
   * @throws ListFormatException if the file is not well-formed {@code Sanctions} XML, lacks the
   *     date of issue, refers to a code or party it does not define, or a party lacks a name
   */
  public static ParsedList parse(InputStream in, String sourceId) {
    return Parsing.guard(FORMAT, () -> new Reading().read(in, sourceId));
  }

  /** The state of one parse: reference values, locations, documents and parties read so far. */
  private static final class Reading {
    private LocalDate date;
    private final Map<String, Map<String, SafeXml.Node>> refs = new HashMap<>();
    private final Map<String, ParsedEntry.Address> locations = new HashMap<>();
    private final Map<String, List<SafeXml.Node>> documentsByIdentity = new HashMap<>();
    private final EntryGroups parties = new EntryGroups();

    ParsedList read(InputStream in, String sourceId) {
      XMLStreamReader r = SafeXml.open(in);
      SafeXml.root(r, "Sanctions");
      while (SafeXml.nextChild(r)) {
        switch (r.getLocalName()) {
          case "DateOfIssue" -> date = date(SafeXml.read(r), "DateOfIssue");
          case "ReferenceValueSets" -> referenceValues(SafeXml.read(r));
          case "Locations" -> eachChild(r, "Location", this::location);
          case "IDRegDocuments" -> eachChild(r, "IDRegDocument", this::document);
          case "DistinctParties" -> eachChild(r, "DistinctParty", this::party);
          case "SanctionsEntries" -> eachChild(r, "SanctionsEntry", this::sanctionsEntry);
          default -> SafeXml.skip(r);
        }
      }
      SafeXml.finish(r);
      if (date == null) {
        throw new ListFormatException("the file has no DateOfIssue");
      }
      return parties.list(sourceId, date, "the file holds no DistinctParty");
    }

    private static void eachChild(
        XMLStreamReader r, String name, java.util.function.Consumer<SafeXml.Node> handler) {
      while (SafeXml.nextChild(r)) {
        if (r.getLocalName().equals(name)) {
          handler.accept(SafeXml.read(r));
        } else {
          SafeXml.skip(r);
        }
      }
    }

    private void referenceValues(SafeXml.Node sets) {
      for (SafeXml.Node set : sets.children) {
        for (SafeXml.Node value : set.children) {
          String id = value.attr("ID");
          if (id != null) {
            refs.computeIfAbsent(value.name, k -> new HashMap<>()).put(id, value);
          }
        }
      }
    }

    /** The reference value of a set ("AliasType") with this id; fails when it is undefined. */
    private SafeXml.Node ref(String set, String id, String where) {
      SafeXml.Node n = refs.getOrDefault(set, Map.of()).get(id);
      if (n == null) {
        throw new ListFormatException(
            "code " + id + " is not defined in the " + set + " reference values (" + where + ")");
      }
      return n;
    }

    private String refText(String set, String id, String where) {
      return id == null ? null : ref(set, id, where).text();
    }

    private String country(String id, String where) {
      return refText("Country", id, where);
    }

    private void location(SafeXml.Node n) {
      String id = n.attr("ID");
      if (id == null) {
        throw new ListFormatException("a Location has no ID (" + n.where + ")");
      }
      List<String> street = new ArrayList<>();
      String city = null;
      String state = null;
      String postal = null;
      for (SafeXml.Node part : n.children("LocationPart")) {
        String type = refText("LocPartType", part.attr("LocPartTypeID"), part.where);
        String value = null;
        for (SafeXml.Node v : part.children("LocationPartValue")) {
          if (value == null || "true".equalsIgnoreCase(v.attr("Primary"))) {
            value = v.text("Value");
          }
        }
        if (type == null || value == null) {
          continue;
        }
        switch (type.toUpperCase(Locale.ROOT)) {
          case "CITY" -> city = value;
          case "STATE/PROVINCE" -> state = state == null ? value : state + ", " + value;
          case "REGION" -> state = state == null ? value : state + ", " + value;
          case "POSTAL CODE" -> postal = value;
          default -> street.add(value);
        }
      }
      String country = null;
      SafeXml.Node c = n.child("LocationCountry");
      if (c != null) {
        country = country(c.attr("CountryID"), c.where);
      }
      SafeXml.Node area = n.child("LocationAreaCode");
      if (country == null && area != null) {
        country = ref("AreaCode", area.attr("AreaCodeID"), area.where).attr("Description");
      }
      if ("undetermined".equalsIgnoreCase(country)) {
        // OFAC's placeholder for a location it does not know: no address at all.
        country = null;
      }
      locations.put(
          id,
          new ParsedEntry.Address(
              street.isEmpty() ? null : String.join(", ", street),
              OfacFacts.cityLine(city, state, postal),
              country,
              null));
    }

    private void document(SafeXml.Node n) {
      String identity = n.attr("IdentityID");
      if (identity == null) {
        throw new ListFormatException("an IDRegDocument has no IdentityID (" + n.where + ")");
      }
      documentsByIdentity.computeIfAbsent(identity, k -> new ArrayList<>()).add(n);
    }

    private void party(SafeXml.Node party) {
      SafeXml.Node profile = party.child("Profile");
      if (profile == null) {
        throw new ListFormatException("a DistinctParty has no Profile (" + party.where + ")");
      }
      String id = profile.attr("ID");
      if (id == null) {
        id = party.attr("FixedRef");
      }
      if (id == null) {
        throw new ListFormatException("a Profile has no ID (" + profile.where + ")");
      }
      if (parties.contains(id)) {
        throw new ListFormatException("profile " + id + " appears twice (" + profile.where + ")");
      }
      EntryBuilder b = new EntryBuilder(id, type(profile));
      for (SafeXml.Node identity : profile.children("Identity")) {
        identity(b, identity);
        for (SafeXml.Node d : documentsByIdentity.getOrDefault(identity.attr("ID"), List.of())) {
          String note = d.text("IssuingAuthority");
          String validity = d.attr("ValidityID");
          if (validity != null
              && !"Valid".equalsIgnoreCase(refText("Validity", validity, d.where))) {
            String v = refText("Validity", validity, d.where);
            note = note == null ? v : note + "; " + v;
          }
          OfacFacts.add(
              b,
              refText("IDRegDocType", d.attr("IDRegDocTypeID"), d.where),
              d.text("IDRegistrationNo"),
              country(d.attr("IssuedBy-CountryID"), d.where),
              note);
        }
      }
      if (!b.hasPrimary()) {
        throw new ListFormatException(
            "profile " + id + " has no primary name (" + profile.where + ")");
      }
      for (SafeXml.Node f : profile.children("Feature")) {
        feature(b, f);
      }
      String comment = party.text("Comment");
      if (comment != null) {
        b.remark(comment);
        OfacRemarksParser.Facts facts = OfacRemarksParser.parse(comment);
        facts.weakAliases().forEach(w -> b.name(w.name(), w.kind(), true));
        facts.identifiers().forEach(i -> b.identifier(i.type(), i.value(), i.country(), i.note()));
        facts.attributes().forEach(a -> b.attribute(a.kind(), a.value()));
      }
      parties.open(id, b);
    }

    private EntryType type(SafeXml.Node profile) {
      SafeXml.Node sub = ref("PartySubType", profile.attr("PartySubTypeID"), profile.where);
      String subType = sub.text() == null ? "" : sub.text().toLowerCase(Locale.ROOT);
      if (subType.equals("vessel")) {
        return EntryType.VESSEL;
      }
      if (subType.equals("aircraft")) {
        return EntryType.AIRCRAFT;
      }
      String partyType = refText("PartyType", sub.attr("PartyTypeID"), profile.where);
      return switch (partyType == null ? "" : partyType.toLowerCase(Locale.ROOT)) {
        case "individual" -> EntryType.PERSON;
        case "entity", "other entity" -> EntryType.ORGANIZATION;
        case "transport" -> EntryType.VESSEL;
        default ->
            throw new ListFormatException(
                "profile "
                    + profile.attr("ID")
                    + " has party type '"
                    + partyType
                    + "', which is not a person, entity, vessel or aircraft");
      };
    }

    private void identity(EntryBuilder b, SafeXml.Node identity) {
      Map<String, String> partTypes = new HashMap<>();
      for (SafeXml.Node g :
          identity.all("NamePartGroups", "MasterNamePartGroup", "NamePartGroup")) {
        partTypes.put(g.attr("ID"), refText("NamePartType", g.attr("NamePartTypeID"), g.where));
      }
      for (SafeXml.Node alias : identity.children("Alias")) {
        String aliasType = refText("AliasType", alias.attr("AliasTypeID"), alias.where);
        boolean primary = "true".equalsIgnoreCase(alias.attr("Primary"));
        boolean weak = "true".equalsIgnoreCase(alias.attr("LowQuality"));
        NameKind kind = primary ? NameKind.PRIMARY : OfacXmlParser.aliasKind(aliasType);
        boolean first = true;
        for (SafeXml.Node doc : alias.children("DocumentedName")) {
          String name = documentedName(doc, partTypes);
          if (!Names.isLatin(name)) {
            b.name(name, NameKind.ORIGINAL_SCRIPT, weak);
          } else if (kind == NameKind.PRIMARY && first) {
            b.primary(name);
          } else {
            b.name(name, kind == NameKind.PRIMARY ? NameKind.AKA : kind, weak);
          }
          first = false;
        }
      }
    }

    private String documentedName(SafeXml.Node doc, Map<String, String> partTypes) {
      List<String> last = new ArrayList<>();
      List<String> rest = new ArrayList<>();
      for (SafeXml.Node v : doc.all("DocumentedNamePart", "NamePartValue")) {
        String text = v.text();
        if (text == null) {
          continue;
        }
        String type = partTypes.get(v.attr("NamePartGroupID"));
        if (type != null && type.equalsIgnoreCase("Last Name")) {
          last.add(text);
        } else {
          rest.add(text);
        }
      }
      return Names.lastFirst(
          Names.join(last.toArray(String[]::new)), Names.join(rest.toArray(String[]::new)));
    }

    private void feature(EntryBuilder b, SafeXml.Node f) {
      String type = refText("FeatureType", f.attr("FeatureTypeID"), f.where);
      for (SafeXml.Node v : f.children("FeatureVersion")) {
        SafeXml.Node location = v.child("VersionLocation");
        if (location != null && "location".equalsIgnoreCase(type)) {
          ParsedEntry.Address a = locationOf(location);
          b.address(a.street(), a.city(), a.country(), a.remarks());
          continue;
        }
        String value = null;
        SafeXml.Node period = v.child("DatePeriod");
        if (period != null) {
          value = period(period);
        }
        SafeXml.Node detail = v.child("VersionDetail");
        if (value == null && detail != null) {
          String reference = detail.attr("DetailReferenceID");
          value =
              reference != null
                  ? refText("DetailReference", reference, detail.where)
                  : detail.text();
        }
        if (value == null && location != null) {
          ParsedEntry.Address a = locationOf(location);
          value =
              a.country() != null && a.street() == null && a.city() == null
                  ? a.country()
                  : Names.join(a.street(), a.city(), a.country());
        }
        OfacFacts.add(b, type, value, null);
      }
    }

    private ParsedEntry.Address locationOf(SafeXml.Node versionLocation) {
      String id = versionLocation.attr("LocationID");
      ParsedEntry.Address a = locations.get(id);
      if (a == null) {
        throw new ListFormatException(
            "location " + id + " is not defined (" + versionLocation.where + ")");
      }
      return a;
    }

    private void sanctionsEntry(SafeXml.Node n) {
      String profile = n.attr("ProfileID");
      EntryBuilder b = parties.get(profile);
      if (b == null) {
        throw new ListFormatException(
            "SanctionsEntry "
                + n.attr("ID")
                + " refers to unknown profile "
                + profile
                + " ("
                + n.where
                + ")");
      }
      b.attribute(AttributeKind.LIST, refText("List", n.attr("ListID"), n.where));
      for (SafeXml.Node m : n.children("SanctionsMeasure")) {
        String type = refText("SanctionsType", m.attr("SanctionsTypeID"), m.where);
        if ("Program".equalsIgnoreCase(type)) {
          b.program(m.text("Comment"));
        }
      }
    }

    /** A DatePeriod in the shared date form: an ISO prefix, "circa ..." or "... to ...". */
    private static String period(SafeXml.Node p) {
      SafeXml.Node start = p.child("Start");
      SafeXml.Node end = p.child("End");
      if (start == null || end == null) {
        return null;
      }
      LocalDate from = day(start.child("From"));
      LocalDate to = day(end.child("To"));
      if (from == null || to == null) {
        return null;
      }
      String text;
      if (from.getYear() == to.getYear()
          && from.getDayOfYear() == 1
          && to.plusDays(1).getDayOfYear() == 1) {
        text = Integer.toString(from.getYear());
      } else if (from.getDayOfMonth() == 1
          && from.getYear() == to.getYear()
          && from.getMonth() == to.getMonth()
          && to.plusDays(1).getDayOfMonth() == 1) {
        text = from.toString().substring(0, 7);
      } else if (from.equals(to)) {
        text = from.toString();
      } else if (from.getDayOfYear() == 1 && to.plusDays(1).getDayOfYear() == 1) {
        text = from.getYear() + " to " + to.getYear();
      } else {
        text = from + " to " + to;
      }
      boolean approximate =
          "true".equalsIgnoreCase(start.attr("Approximate"))
              || "true".equalsIgnoreCase(end.attr("Approximate"));
      return approximate ? "circa " + text : text;
    }

    private static LocalDate day(SafeXml.Node n) {
      if (n == null) {
        return null;
      }
      String y = n.text("Year");
      String m = n.text("Month");
      String d = n.text("Day");
      if (y == null) {
        return null;
      }
      try {
        return LocalDate.of(
            Integer.parseInt(y),
            m == null ? 1 : Integer.parseInt(m),
            d == null ? 1 : Integer.parseInt(d));
      } catch (NumberFormatException | DateTimeException e) {
        throw new ListFormatException(
            "invalid date " + y + "-" + m + "-" + d + " (" + n.where + ")", e);
      }
    }

    private static LocalDate date(SafeXml.Node n, String what) {
      LocalDate d = day(n);
      if (d == null) {
        throw new ListFormatException(what + " has no Year (" + n.where + ")");
      }
      return d;
    }
  }
}
