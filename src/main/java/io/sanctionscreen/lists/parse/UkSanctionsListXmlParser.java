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
 * Parses the FCDO UK Sanctions List XML (root {@code Designations}).
 *
 * <p>The designation's {@code UniqueID} ({@code AFG0011}) is the source reference. Names join
 * Name1..Name5 and then Name6, the surname; {@code NameType} "Primary name" (in any case) is the
 * primary name, an alias whose {@code AliasStrength} starts with "Low quality" is weak, and every
 * {@code NameNonLatinScript} is an original-script name. The regime is the program. The OFSI group
 * id and UN reference number are kept as attributes so entries can be linked to the OFSI ConList
 * and the UN list.
 */
public final class UkSanctionsListXmlParser implements ListParser {

  private static final String FORMAT = "UK Sanctions List XML";

  /** The parser {@link ListFormat} registers; it holds no state. */
  UkSanctionsListXmlParser() {}

  @Override
  public ParsedList read(ListInput input, String sourceId, LocalDate listDate) throws IOException {
    try (InputStream in = input.open(ListFormat.MAIN)) {
      return parse(in, sourceId);
    }
  }

  /**
   * Parses a whole file; the list date is the root's {@code dateGenerated} (or the {@code
   * DateGenerated} element).
   *
   * @throws ListFormatException if the file is not well-formed {@code Designations} XML, lacks the
   *     date, or a designation lacks its UniqueID, a known type or a name, or repeats a UniqueID
   */
  public static ParsedList parse(InputStream in, String sourceId) {
    return Parsing.guard(FORMAT, () -> read(in, sourceId));
  }

  private static ParsedList read(InputStream in, String sourceId) {
    XMLStreamReader r = SafeXml.open(in);
    SafeXml.root(r, "Designations");
    String generated = r.getAttributeValue(null, "dateGenerated");
    LocalDate date = generated == null ? null : Dates.isoDay(generated, "dateGenerated");
    Entries entries = new Entries("UniqueID");
    while (SafeXml.nextChild(r)) {
      switch (r.getLocalName()) {
        case "DateGenerated" -> {
          String text = SafeXml.text(r);
          if (date == null) {
            date = Dates.dayFirstDay(text, "DateGenerated");
          }
        }
        case "Designation" -> {
          SafeXml.Node n = SafeXml.read(r);
          entries.add(designation(n), n.where);
        }
        default -> SafeXml.skip(r);
      }
    }
    SafeXml.finish(r);
    if (date == null) {
      throw new ListFormatException("the file has no DateGenerated");
    }
    return entries.list(sourceId, date, "the file holds no Designation");
  }

  private static ParsedEntry designation(SafeXml.Node n) {
    String id = n.text("UniqueID");
    if (id == null) {
      throw new ListFormatException("a Designation has no UniqueID (" + n.where + ")");
    }
    EntryBuilder b = new EntryBuilder(id, type(n.text("IndividualEntityShip"), id, n.where));
    for (SafeXml.Node name : n.all("Names", "Name")) {
      String full =
          Names.join(
              name.text("Name1"),
              name.text("Name2"),
              name.text("Name3"),
              name.text("Name4"),
              name.text("Name5"),
              name.text("Name6"));
      String nameType = name.text("NameType");
      String strength = name.text("AliasStrength");
      boolean weak = strength != null && strength.toLowerCase(Locale.ROOT).startsWith("low");
      if (nameType != null && nameType.toLowerCase(Locale.ROOT).startsWith("primary name")) {
        b.primary(full);
      } else {
        b.name(full, NameKind.AKA, weak);
      }
    }
    for (String nonLatin : n.texts("NonLatinNames", "NonLatinName", "NameNonLatinScript")) {
      b.name(nonLatin, NameKind.ORIGINAL_SCRIPT, false);
    }
    if (!b.hasName()) {
      throw new ListFormatException("designation " + id + " has no name (" + n.where + ")");
    }
    b.program(n.text("RegimeName"));
    n.texts("Titles", "Title").forEach(t -> b.attribute(AttributeKind.TITLE, t));
    b.attribute(AttributeKind.LISTED_ON, Dates.dayFirst(n.text("DateDesignated")));
    b.attribute(AttributeKind.DESIGNATION_SOURCE, n.text("DesignationSource"));
    String imposed = n.text("SanctionsImposed");
    if (imposed != null) {
      for (String s : imposed.split("\\|")) {
        b.attribute(AttributeKind.SANCTIONS_IMPOSED, s);
      }
    }
    b.attribute(AttributeKind.OFSI_GROUP_ID, n.text("OFSIGroupID"));
    b.attribute(AttributeKind.UN_REFERENCE_NUMBER, n.text("UNReferenceNumber"));
    b.remark(n.text("OtherInformation"));
    b.remark(n.text("UKStatementofReasons"));
    for (SafeXml.Node a : n.all("Addresses", "Address")) {
      List<String> lines = new ArrayList<>();
      for (int i = 1; i <= 6; i++) {
        String line = a.text("AddressLine" + i);
        if (line != null) {
          lines.add(line);
        }
      }
      b.address(
          lines.isEmpty() ? null : String.join(", ", lines),
          a.text("AddressPostalCode"),
          a.text("AddressCountry"),
          null);
    }
    for (SafeXml.Node i : n.all("IndividualDetails", "Individual")) {
      individual(b, i);
    }
    for (SafeXml.Node e : n.all("EntityDetails", "Entity")) {
      e.texts("TypeOfEntities", "TypeOfEntity")
          .forEach(t -> b.attribute(AttributeKind.ORGANIZATION_TYPE, t));
      for (String number : e.texts("BusinessRegistrationNumbers", "BusinessRegistrationNumber")) {
        b.identifier("Business Registration Number", number, null, null);
      }
    }
    for (SafeXml.Node s : n.all("ShipDetails", "Ship")) {
      for (String imo : s.texts("IMONumbers", "IMONumber")) {
        b.identifier("IMO", imo.replaceFirst("^(?i)IMO\\s*", ""), null, null);
      }
      s.texts("CurrentOwnerOperators", "CurrentOwnerOperator")
          .forEach(v -> b.attribute(AttributeKind.VESSEL_OWNER, v));
      s.texts("CurrentBelievedFlagOfShips", "CurrentBelievedFlagOfShip")
          .forEach(v -> b.attribute(AttributeKind.VESSEL_FLAG, v));
      s.texts("PreviousFlags", "PreviousFlag")
          .forEach(v -> b.attribute(AttributeKind.VESSEL_FORMER_FLAG, v));
      s.texts("TypeOfShipDetails", "TypeOfShip")
          .forEach(v -> b.attribute(AttributeKind.VESSEL_TYPE, v));
      s.texts("TonnageOfShipDetails", "TonnageOfShip")
          .forEach(v -> b.attribute(AttributeKind.VESSEL_TONNAGE, v));
      s.texts("LengthOfShipDetails", "LengthOfShip")
          .forEach(v -> b.attribute(AttributeKind.VESSEL_LENGTH, v));
      s.texts("YearsBuilt", "YearBuilt")
          .forEach(v -> b.attribute(AttributeKind.VESSEL_YEAR_OF_BUILD, v));
    }
    return b.build();
  }

  private static void individual(EntryBuilder b, SafeXml.Node i) {
    for (String dob : i.texts("DOBs", "DOB")) {
      b.attribute(AttributeKind.BIRTH_DATE, Dates.dayFirst(dob));
    }
    i.texts("Nationalities", "Nationality").forEach(v -> b.attribute(AttributeKind.NATIONALITY, v));
    i.texts("Positions", "Position").forEach(v -> b.attribute(AttributeKind.POSITION, v));
    i.texts("Genders", "Gender").forEach(v -> b.attribute(AttributeKind.GENDER, v));
    for (SafeXml.Node p : i.all("PassportDetails", "Passport")) {
      b.identifier(
          "Passport", p.text("PassportNumber"), null, p.text("PassportAdditionalInformation"));
    }
    for (SafeXml.Node p : i.all("NationalIdentifierDetails", "NationalIdentifier")) {
      b.identifier(
          "National Identification Number",
          p.text("NationalIdentifierNumber"),
          null,
          p.text("NationalIdentifierAdditionalInformation"));
    }
    for (SafeXml.Node l : i.all("BirthDetails", "Location")) {
      String town = l.text("TownOfBirth");
      String country = l.text("CountryOfBirth");
      b.attribute(
          AttributeKind.BIRTH_PLACE,
          town == null ? country : country == null ? town : town + ", " + country);
    }
  }

  private static EntryType type(String value, String id, String where) {
    if (value == null) {
      throw new ListFormatException(
          "designation " + id + " has no IndividualEntityShip (" + where + ")");
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "individual" -> EntryType.PERSON;
      case "entity" -> EntryType.ORGANIZATION;
      case "ship" -> EntryType.VESSEL;
      case "aircraft" -> EntryType.AIRCRAFT;
      default ->
          throw new ListFormatException(
              "designation " + id + " has unknown type '" + value + "' (" + where + ")");
    };
  }
}
