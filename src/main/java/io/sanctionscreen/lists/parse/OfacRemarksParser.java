package io.sanctionscreen.lists.parse;

import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.lists.model.ParsedEntry;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structured facts OFAC writes into an entry's free-text remarks: dates and places of
 * birth, nationality, identifiers ("Passport 1084010 (Egypt)", "C.R. No. 2162198 (Hong Kong)"),
 * listing dates and weak aliases ("a.k.a. 'BNC'"). Items are separated by "; ".
 */
public final class OfacRemarksParser {

  /** Facts read from one remarks field. */
  public record Facts(
      List<ParsedEntry.Identifier> identifiers,
      List<ParsedEntry.Attribute> attributes,
      List<ParsedEntry.Name> weakAliases) {}

  /** Identifier labels as OFAC writes them, longest first so "Registration ID" beats "ID". */
  private static final List<String> IDENTIFIER_LABELS =
      sortedLongestFirst(
          List.of(
              "Passport",
              "National ID No.",
              "Tax ID No.",
              "Registration Number",
              "Business Registration Number",
              "Registration ID",
              "Government Gazette Number",
              "C.U.R.P.",
              "Cedula No.",
              "R.F.C.",
              "Aircraft Manufacturer's Serial Number (MSN)",
              "Aircraft Construction Number (also called L/N or S/N or F/N)",
              "Aircraft Tail Number",
              "NIT #",
              "RUC #",
              "Identification Number",
              "ISIN",
              "MMSI",
              "IMO",
              "Vessel Registration Identification",
              "Folio Mercantil No.",
              "Matricula Mercantil No",
              "Unified Social Credit Code (USCC)",
              "Commercial Registry Number",
              "Company Number",
              "UK Company Number",
              "Legal Entity Number",
              "License",
              "V.A.T. Number",
              "C.R. No.",
              "Economic Register Number (CBLS)",
              "SWIFT/BIC",
              "Equity Ticker",
              "Trade License No.",
              "D-U-N-S Number",
              "SSN",
              "Driver's License No.",
              "Birth Certificate Number",
              "Kenyan ID No.",
              "Personal ID Card",
              "Travel Document Number",
              "Residency Number",
              "Refugee ID Card",
              "Stateless Person ID Card",
              "US FEIN",
              "Chinese Commercial Code",
              "Italian Fiscal Code",
              "Public Security and Immigration No.",
              "Pasaporte",
              "Electoral Registry No.",
              "Serial No.",
              "Certificate of Incorporation Number",
              "Bosnian Personal ID No.",
              "CUIT",
              "Credencial electoral",
              "Afghan Money Service Provider License Number",
              "Istanbul Chamber of Commerce Number",
              "Chamber of Commerce Number",
              "Dubai Chamber of Commerce Membership No.",
              "Turkish Identification Number",
              "Fiscal Code",
              "Registered Charity No.",
              "Digital Currency Address - XBT",
              "Digital Currency Address - ETH",
              "Digital Currency Address - USDT",
              "Digital Currency Address - XMR",
              "Digital Currency Address - LTC",
              "Digital Currency Address - TRX",
              "Digital Currency Address - BSV",
              "Digital Currency Address - BCH",
              "Digital Currency Address - ZEC",
              "Digital Currency Address - DASH",
              "Digital Currency Address - BTG",
              "Digital Currency Address - ETC",
              "Digital Currency Address - XRP",
              "Digital Currency Address - ARB",
              "Digital Currency Address - BSC",
              "Digital Currency Address - USDC",
              "Phone Number",
              "Telephone"));

  /** Labels of facts that are not identifiers, with the attribute kind they become. */
  private static final List<Map.Entry<String, AttributeKind>> ATTRIBUTE_LABELS =
      List.of(
          Map.entry("DOB ", AttributeKind.BIRTH_DATE),
          Map.entry("POB ", AttributeKind.BIRTH_PLACE),
          Map.entry("nationality ", AttributeKind.NATIONALITY),
          Map.entry("Nationality ", AttributeKind.NATIONALITY),
          Map.entry("citizen ", AttributeKind.CITIZENSHIP),
          Map.entry("Gender ", AttributeKind.GENDER),
          Map.entry("Website ", AttributeKind.WEBSITE),
          Map.entry("Email Address ", AttributeKind.EMAIL),
          Map.entry("Linked To: ", AttributeKind.LINKED_TO),
          Map.entry("Organization Established Date ", AttributeKind.ESTABLISHED),
          Map.entry("Organization Type: ", AttributeKind.ORGANIZATION_TYPE),
          Map.entry("Target Type ", AttributeKind.TARGET_TYPE),
          Map.entry("Aircraft Model ", AttributeKind.AIRCRAFT_MODEL),
          Map.entry("Aircraft Operator ", AttributeKind.AIRCRAFT_OPERATOR),
          Map.entry("Aircraft Manufacture Date ", AttributeKind.AIRCRAFT_MANUFACTURE_DATE),
          Map.entry("Vessel Year of Build ", AttributeKind.VESSEL_YEAR_OF_BUILD),
          Map.entry("Other Vessel Flag ", AttributeKind.VESSEL_FLAG),
          Map.entry("Other Vessel Call Sign ", AttributeKind.VESSEL_CALL_SIGN),
          Map.entry("Former Vessel Flag ", AttributeKind.VESSEL_FORMER_FLAG),
          Map.entry("Additional Sanctions Information - ", AttributeKind.SANCTIONS_INFO),
          Map.entry("Secondary sanctions risk: ", AttributeKind.SECONDARY_SANCTIONS_RISK),
          Map.entry(
              "Transactions Prohibited For Persons Owned or Controlled By ",
              AttributeKind.PROHIBITION),
          Map.entry("Executive Order ", AttributeKind.DIRECTIVE),
          Map.entry("Title ", AttributeKind.TITLE));

  /** "Listing Date (CMIC) 10 Dec 2021", "Effective Date (EO 14024 Directive 3): 26 Mar 2022". */
  private static final Pattern PROGRAM_DATE =
      Pattern.compile(
          "^((?:Listing|Effective|Purchase/Sales For Divestment) Date \\([^)]+\\)):?\\s+(.+)$");

  private static final Pattern WEAK_ALIAS = Pattern.compile("^([afn])\\.k\\.a\\.,?\\s+'(.+)'$");

  private static final Pattern TRAILING_COUNTRY = Pattern.compile("^(.*?)\\s+\\(([^()]+)\\)$");

  private static final Pattern NOTE = Pattern.compile("^(.*?)\\s+((?:issued|expires)\\s.*)$");

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);

  private OfacRemarksParser() {}

  /** Reads the facts from a remarks field. A null or empty field gives no facts. */
  public static Facts parse(String remarks) {
    List<ParsedEntry.Identifier> ids = new ArrayList<>();
    List<ParsedEntry.Attribute> attrs = new ArrayList<>();
    List<ParsedEntry.Name> weak = new ArrayList<>();
    if (remarks == null || remarks.isBlank()) {
      return new Facts(ids, attrs, weak);
    }
    for (String raw : remarks.split(";\\s+")) {
      String item = raw.trim();
      if (item.endsWith(".") && !item.endsWith("No.") && !item.endsWith("Co.")) {
        item = item.substring(0, item.length() - 1).trim();
      }
      if (item.startsWith("alt. ")) {
        item = item.substring(5).trim();
      }
      if (item.isEmpty()) {
        continue;
      }
      if (readWeakAlias(item, weak)
          || readProgramDate(item, attrs)
          || readAttribute(item, attrs)
          || readIdentifier(item, ids)) {
        continue;
      }
      // Anything else stays in the remarks text, which is stored as written.
    }
    return new Facts(ids, attrs, weak);
  }

  private static boolean readWeakAlias(String item, List<ParsedEntry.Name> weak) {
    Matcher m = WEAK_ALIAS.matcher(item);
    if (!m.matches()) {
      return false;
    }
    NameKind kind =
        switch (m.group(1)) {
          case "f" -> NameKind.FKA;
          case "n" -> NameKind.NKA;
          default -> NameKind.AKA;
        };
    weak.add(new ParsedEntry.Name(m.group(2).trim(), kind, true));
    return true;
  }

  private static boolean readProgramDate(String item, List<ParsedEntry.Attribute> attrs) {
    Matcher m = PROGRAM_DATE.matcher(item);
    if (!m.matches()) {
      return false;
    }
    attrs.add(new ParsedEntry.Attribute(m.group(1), isoDate(m.group(2).trim())));
    return true;
  }

  private static boolean readAttribute(String item, List<ParsedEntry.Attribute> attrs) {
    for (Map.Entry<String, AttributeKind> label : ATTRIBUTE_LABELS) {
      if (item.startsWith(label.getKey())) {
        String value = item.substring(label.getKey().length()).trim();
        if (label.getValue() == AttributeKind.BIRTH_DATE) {
          value = isoDate(value);
        }
        attrs.add(new ParsedEntry.Attribute(label.getValue(), value));
        return true;
      }
    }
    return false;
  }

  private static boolean readIdentifier(String item, List<ParsedEntry.Identifier> ids) {
    for (String label : IDENTIFIER_LABELS) {
      if (item.startsWith(label + " ") && item.length() > label.length() + 1) {
        String rest = item.substring(label.length() + 1).trim();
        String type = label;
        if (rest.startsWith("IMO ")) {
          // "Vessel Registration Identification IMO 7406784" is an IMO number.
          type = "IMO";
          rest = rest.substring(4).trim();
        }
        String note = null;
        Matcher n = NOTE.matcher(rest);
        if (n.matches()) {
          rest = n.group(1);
          note = n.group(2);
        }
        String country = null;
        Matcher c = TRAILING_COUNTRY.matcher(rest);
        if (c.matches()) {
          rest = c.group(1);
          country = c.group(2);
        }
        ids.add(new ParsedEntry.Identifier(type, rest.trim(), country, note));
        return true;
      }
    }
    return false;
  }

  /** True when OFAC writes this label before an identifier ("Passport", "C.R. No."). */
  static boolean isIdentifierLabel(String label) {
    return IDENTIFIER_LABELS.contains(label);
  }

  /**
   * Writes an OFAC date as ISO 8601 with the precision given: "10 Dec 1948" is 1948-12-10, "Dec
   * 1948" is 1948-12, "1948" stays. Anything else ("circa 1951", "1955 to 1957") is kept as
   * written.
   */
  public static String isoDate(String text) {
    String t = text.trim();
    try {
      return java.time.LocalDate.parse(t, DAY).toString();
    } catch (DateTimeParseException e) {
      // Not a full date; try the shorter forms.
    }
    String[] parts = t.split(" ");
    if (parts.length == 2 && parts[1].matches("\\d{4}")) {
      int month = monthNumber(parts[0]);
      if (month > 0) {
        return String.format(Locale.ROOT, "%s-%02d", parts[1], month);
      }
    }
    return t;
  }

  private static int monthNumber(String abbreviation) {
    List<String> months =
        List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    return months.indexOf(abbreviation.toLowerCase(Locale.ROOT)) + 1;
  }

  private static List<String> sortedLongestFirst(List<String> labels) {
    List<String> out = new ArrayList<>(labels);
    out.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(out);
  }
}
