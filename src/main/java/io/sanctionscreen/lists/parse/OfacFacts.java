package io.sanctionscreen.lists.parse;

import io.sanctionscreen.lists.model.AttributeKind;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sorts OFAC's labelled facts into identifiers and attributes. The XML formats carry them as {@code
 * idType}/{@code idNumber} pairs or as feature types, the Consolidated Screening List as "value,
 * label" pairs; the labels are the ones OFAC writes into the CSV remarks, so the attribute kinds
 * agree with {@link OfacRemarksParser}'s. A label that is not a known attribute is an identifier
 * type ("Passport", "Tax ID No.", "ISIN", "SWIFT/BIC").
 */
final class OfacFacts {

  /** "Listing Date (CMIC)", "Effective Date (EO 14024 Directive 2):". */
  private static final Pattern PROGRAM_DATE =
      Pattern.compile("^(?:Listing|Effective|Purchase/Sales For Divestment) Date \\(.+\\)$");

  /** Kinds whose values OFAC writes as dates ("12 Jan 1960"), stored in ISO form. */
  private static final Set<AttributeKind> DATED =
      EnumSet.of(
          AttributeKind.BIRTH_DATE,
          AttributeKind.ESTABLISHED,
          AttributeKind.AIRCRAFT_MANUFACTURE_DATE);

  /** Lower-case label (without a trailing ":" or " -") to attribute kind. */
  private static final Map<String, AttributeKind> ATTRIBUTES =
      Map.ofEntries(
          Map.entry("birthdate", AttributeKind.BIRTH_DATE),
          Map.entry("dob", AttributeKind.BIRTH_DATE),
          Map.entry("date of birth", AttributeKind.BIRTH_DATE),
          Map.entry("place of birth", AttributeKind.BIRTH_PLACE),
          Map.entry("pob", AttributeKind.BIRTH_PLACE),
          Map.entry("nationality", AttributeKind.NATIONALITY),
          Map.entry("nationality country", AttributeKind.NATIONALITY),
          // For a company, the country of registration is its nationality.
          Map.entry("nationality of registration", AttributeKind.NATIONALITY),
          Map.entry("citizenship", AttributeKind.CITIZENSHIP),
          Map.entry("citizenship country", AttributeKind.CITIZENSHIP),
          Map.entry("gender", AttributeKind.GENDER),
          Map.entry("title", AttributeKind.TITLE),
          Map.entry("website", AttributeKind.WEBSITE),
          Map.entry("email address", AttributeKind.EMAIL),
          Map.entry("linked to", AttributeKind.LINKED_TO),
          Map.entry("target type", AttributeKind.TARGET_TYPE),
          Map.entry("organization type", AttributeKind.ORGANIZATION_TYPE),
          Map.entry("organization established date", AttributeKind.ESTABLISHED),
          Map.entry("issuer name", AttributeKind.ISSUER_NAME),
          Map.entry("secondary sanctions risk", AttributeKind.SECONDARY_SANCTIONS_RISK),
          Map.entry("additional sanctions information", AttributeKind.SANCTIONS_INFO),
          Map.entry("aircraft model", AttributeKind.AIRCRAFT_MODEL),
          Map.entry("aircraft operator", AttributeKind.AIRCRAFT_OPERATOR),
          Map.entry("aircraft manufacture date", AttributeKind.AIRCRAFT_MANUFACTURE_DATE),
          Map.entry("vessel year of build", AttributeKind.VESSEL_YEAR_OF_BUILD),
          Map.entry("vessel call sign", AttributeKind.VESSEL_CALL_SIGN),
          Map.entry("other vessel call sign", AttributeKind.VESSEL_CALL_SIGN),
          Map.entry("vessel flag", AttributeKind.VESSEL_FLAG),
          Map.entry("other vessel flag", AttributeKind.VESSEL_FLAG),
          Map.entry("former vessel flag", AttributeKind.VESSEL_FORMER_FLAG),
          Map.entry("vessel type", AttributeKind.VESSEL_TYPE),
          Map.entry("other vessel type", AttributeKind.VESSEL_TYPE),
          Map.entry("vessel tonnage", AttributeKind.VESSEL_TONNAGE),
          Map.entry("vessel gross registered tonnage", AttributeKind.VESSEL_GRT),
          Map.entry("vessel grt", AttributeKind.VESSEL_GRT),
          Map.entry("vessel owner", AttributeKind.VESSEL_OWNER));

  /** Labels whose value only makes sense with the label: kept as "label value". */
  private static final Map<String, AttributeKind> STATEMENTS =
      Map.of(
          "executive order", AttributeKind.DIRECTIVE,
          "caatsa section", AttributeKind.SANCTIONS_INFO,
          "peesa information", AttributeKind.SANCTIONS_INFO,
          "ifca determination", AttributeKind.SANCTIONS_INFO,
          "transactions prohibited for persons owned or controlled by", AttributeKind.PROHIBITION);

  private OfacFacts() {}

  /** Adds one labelled fact to the entry, as an attribute if the label is known, else an id. */
  static void add(EntryBuilder b, String label, String value, String country) {
    add(b, label, value, country, null);
  }

  /** As {@link #add(EntryBuilder, String, String, String)}, with a note kept on identifiers. */
  static void add(EntryBuilder b, String label, String value, String country, String note) {
    String l = EntryBuilder.clean(label);
    String v = EntryBuilder.clean(value);
    if (v == null) {
      return;
    }
    if (l == null) {
      b.identifier(null, v, country, note);
      return;
    }
    String bare = bare(l);
    if (PROGRAM_DATE.matcher(bare).matches()) {
      b.attribute(bare, Dates.ofac(v));
      return;
    }
    AttributeKind kind = ATTRIBUTES.get(bare.toLowerCase(Locale.ROOT));
    if (kind != null) {
      if (DATED.contains(kind)) {
        b.attribute(kind, Dates.ofac(v));
      } else {
        b.attribute(kind, v);
      }
      return;
    }
    AttributeKind statement = statementKind(bare);
    if (statement != null) {
      b.attribute(statement, l + " " + v);
      return;
    }
    b.identifier(l, v, country, note);
  }

  /**
   * The city line as OFAC's {@code add.csv} writes it: "City, State/Province Postal code" ("Moscow
   * 119121", "Hong Kong New Territories, Hong Kong SAR").
   */
  static String cityLine(String city, String state, String postalCode) {
    StringBuilder s = new StringBuilder();
    for (String part : new String[] {city, state}) {
      String p = EntryBuilder.clean(part);
      if (p != null) {
        s.append(s.length() == 0 ? "" : ", ").append(p);
      }
    }
    String postal = EntryBuilder.clean(postalCode);
    if (postal != null) {
      s.append(s.length() == 0 ? "" : " ").append(postal);
    }
    return s.length() == 0 ? null : s.toString();
  }

  /** True when the label names an OFAC fact rather than being a value. */
  static boolean isLabel(String label) {
    String l = EntryBuilder.clean(label);
    if (l == null) {
      return false;
    }
    String bare = bare(l);
    return PROGRAM_DATE.matcher(bare).matches()
        || ATTRIBUTES.containsKey(bare.toLowerCase(Locale.ROOT))
        || statementKind(bare) != null
        || OfacRemarksParser.isIdentifierLabel(bare);
  }

  /** True when the label is one OFAC uses for a fact other than an identifier. */
  static boolean isAttributeLabel(String label) {
    String l = EntryBuilder.clean(label);
    if (l == null) {
      return false;
    }
    String bare = bare(l);
    return PROGRAM_DATE.matcher(bare).matches()
        || ATTRIBUTES.containsKey(bare.toLowerCase(Locale.ROOT))
        || statementKind(bare) != null;
  }

  private static AttributeKind statementKind(String bare) {
    String lower = bare.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, AttributeKind> e : STATEMENTS.entrySet()) {
      if (lower.startsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The label without OFAC's trailing ":" or " -". */
  private static String bare(String label) {
    String t = label.strip();
    while (t.endsWith(":") || t.endsWith("-")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }
}
