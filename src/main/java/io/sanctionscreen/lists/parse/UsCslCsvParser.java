package io.sanctionscreen.lists.parse;

import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses the US Consolidated Screening List CSV published by trade.gov (29 columns, header {@code
 * _id,source,entity_number,type,programs,name,...}); multi-valued fields are separated by "; ".
 *
 * <p>{@code _id} is the source reference. The CSL lists a party once per source list, so rows that
 * share an {@code _id} (an OFAC party on both the SDN and the SSI list, for instance) are merged
 * into one entry. <b>The source list is a program</b>: each row's {@code source} ("Entity List (EL)
 * - Bureau of Industry and Security") is put first in the entry's programs, followed by the row's
 * programs ("IFSR", "CMIC-EO13959"). The measures of a CSL party depend on the list more than on
 * the program (the BIS lists give no program at all), so the list must reach the program table like
 * any program does.
 *
 * <p>Alternative names are split on "; " and also on ", and " (the Entity List writes "X, and Y"),
 * "a.k.a." and leading "f.k.a."; OFAC's labelled facts in {@code ids} ("HK, 2162198, C.R. No.",
 * "Male, Gender", or label first in older files) are sorted by {@link OfacFacts}. A row equal to
 * the header (some files repeat it) is skipped. An empty {@code type} (the BIS and State lists) is
 * read as an organisation.
 */
public final class UsCslCsvParser implements ListParser {

  private static final String FORMAT = "US Consolidated Screening List CSV";

  private static final List<String> COLUMNS =
      List.of(
          "_id",
          "source",
          "entity_number",
          "type",
          "programs",
          "name",
          "title",
          "addresses",
          "federal_register_notice",
          "start_date",
          "end_date",
          "standard_order",
          "license_requirement",
          "license_policy",
          "call_sign",
          "vessel_type",
          "gross_tonnage",
          "gross_registered_tonnage",
          "vessel_flag",
          "vessel_owner",
          "remarks",
          "source_list_url",
          "alt_names",
          "citizenships",
          "dates_of_birth",
          "nationalities",
          "places_of_birth",
          "source_information_url",
          "ids");

  private static final Pattern MULTI = Pattern.compile("\\s*;\\s*");
  private static final Pattern AND = Pattern.compile(",\\s+and\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING_AND = Pattern.compile("^and\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern ALIAS_PREFIX =
      Pattern.compile("^([afn])\\.?k\\.?a\\.?:?\\s+(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern INNER_AKA =
      Pattern.compile("\\s+a\\.k\\.a\\.?\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern COUNTRY_CODE = Pattern.compile("^[A-Z]{2}$");

  /** The parser {@link ListFormat} registers; it holds no state. */
  UsCslCsvParser() {}

  @Override
  public ParsedList read(ListInput input, String sourceId, LocalDate listDate) throws IOException {
    try (Reader in = Parts.reader(input, ListFormat.MAIN)) {
      return parse(in, sourceId, listDate);
    }
  }

  /**
   * Parses a whole file. The CSV carries no list date; the caller gives it.
   *
   * @throws ListFormatException if the header lacks a CSL column, a row has another number of
   *     fields than the header or lacks its {@code _id}, {@code source} or name, a type is unknown,
   *     or the CSV is malformed or truncated inside a quote
   */
  public static ParsedList parse(Reader in, String sourceId, LocalDate listDate) {
    return Parsing.guard(FORMAT, () -> read(in, sourceId, listDate));
  }

  private static ParsedList read(Reader in, String sourceId, LocalDate listDate) {
    CsvInput csv = CsvInput.open(in);
    if (!csv.hasNext()) {
      throw new ListFormatException("the file is empty");
    }
    CSVRecord header = csv.next();
    List<String> headerNames = header.toList();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < headerNames.size(); i++) {
      index.putIfAbsent(headerNames.get(i).strip(), i);
    }
    List<String> missing = new ArrayList<>();
    for (String c : COLUMNS) {
      if (!index.containsKey(c)) {
        missing.add(c);
      }
    }
    if (!missing.isEmpty()) {
      throw new ListFormatException(
          "wrong format: the header row lacks the CSL columns " + missing);
    }
    EntryGroups entries = new EntryGroups();
    while (csv.hasNext()) {
      CSVRecord r = csv.next();
      long line = csv.line();
      if (r.toList().equals(headerNames)) {
        continue;
      }
      if (r.size() == 1 && r.get(0).isBlank()) {
        continue;
      }
      if (r.size() != headerNames.size()) {
        throw new ListFormatException(
            "line " + line + " has " + r.size() + " fields, the header has " + headerNames.size());
      }
      Map<String, String> row = new HashMap<>();
      for (String c : COLUMNS) {
        row.put(c, EntryBuilder.clean(r.get(index.get(c))));
      }
      String id = row.get("_id");
      if (id == null) {
        throw new ListFormatException("line " + line + " has no _id");
      }
      EntryType type = type(row.get("type"), line);
      EntryBuilder b = entries.get(id);
      if (b == null) {
        b = entries.open(id, new EntryBuilder(id, type));
      } else if (row.get("type") != null) {
        b.type(type);
      }
      row(b, row, line);
    }
    return entries.list(sourceId, listDate, "the file holds no rows after the header");
  }

  /** How the CSL names the lists it takes from OFAC ("... - Treasury Department"). */
  static final String OFAC_SOURCE_SUFFIX = "- Treasury Department";

  private static void row(EntryBuilder b, Map<String, String> row, long line) {
    String source = row.get("source");
    if (source == null) {
      throw new ListFormatException("line " + line + " has no source");
    }
    String name = row.get("name");
    if (name == null) {
      throw new ListFormatException("line " + line + " has no name");
    }
    b.primary(name);
    b.program(source);
    // The CSL republishes OFAC's lists with OFAC's own entity number: the key that makes a CSL
    // row and the OFAC entry one designation when both lists are loaded.
    if (source.endsWith(OFAC_SOURCE_SUFFIX)) {
      b.attribute(AttributeKind.OFAC_ENTITY_NUMBER, row.get("entity_number"));
    }
    split(row.get("programs")).forEach(b::program);
    for (ParsedEntry.Name alias : altNames(row.get("alt_names"))) {
      b.name(alias.name(), alias.kind(), false);
    }
    b.attribute(AttributeKind.TITLE, row.get("title"));
    for (String address : split(row.get("addresses"))) {
      address(b, address);
    }
    split(row.get("dates_of_birth"))
        .forEach(d -> b.attribute(AttributeKind.BIRTH_DATE, Dates.ofac(d)));
    split(row.get("places_of_birth")).forEach(p -> b.attribute(AttributeKind.BIRTH_PLACE, p));
    split(row.get("nationalities")).forEach(n -> b.attribute(AttributeKind.NATIONALITY, n));
    split(row.get("citizenships")).forEach(c -> b.attribute(AttributeKind.CITIZENSHIP, c));
    for (String item : split(row.get("ids"))) {
      id(b, item);
    }
    b.attribute(AttributeKind.FEDERAL_REGISTER_NOTICE, row.get("federal_register_notice"));
    b.attribute(AttributeKind.START_DATE, row.get("start_date"));
    b.attribute(AttributeKind.END_DATE, row.get("end_date"));
    b.attribute(AttributeKind.LICENSE_REQUIREMENT, row.get("license_requirement"));
    b.attribute(AttributeKind.LICENSE_POLICY, row.get("license_policy"));
    b.attribute(AttributeKind.VESSEL_CALL_SIGN, row.get("call_sign"));
    b.attribute(AttributeKind.VESSEL_TYPE, row.get("vessel_type"));
    b.attribute(AttributeKind.VESSEL_TONNAGE, row.get("gross_tonnage"));
    b.attribute(AttributeKind.VESSEL_GRT, row.get("gross_registered_tonnage"));
    b.attribute(AttributeKind.VESSEL_FLAG, row.get("vessel_flag"));
    b.attribute(AttributeKind.VESSEL_OWNER, row.get("vessel_owner"));
    b.remark(row.get("remarks"));
  }

  /** The alternative names of one {@code alt_names} field, split as the class comment says. */
  static List<ParsedEntry.Name> altNames(String field) {
    List<ParsedEntry.Name> out = new ArrayList<>();
    for (String item : split(field)) {
      for (String part : AND.split(item)) {
        String p = LEADING_AND.matcher(part.strip()).replaceFirst("");
        NameKind kind = NameKind.AKA;
        Matcher m = ALIAS_PREFIX.matcher(p);
        if (m.matches()) {
          kind =
              switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "f" -> NameKind.FKA;
                case "n" -> NameKind.NKA;
                default -> NameKind.AKA;
              };
          p = m.group(2);
        }
        String[] names = INNER_AKA.split(p);
        for (int i = 0; i < names.length; i++) {
          String n = EntryBuilder.clean(names[i]);
          if (n != null) {
            out.add(new ParsedEntry.Name(n, i == 0 ? kind : NameKind.AKA, false));
          }
        }
      }
    }
    return out;
  }

  /** "street, city, state, postal code, CC": the last part is the country when it is a code. */
  private static void address(EntryBuilder b, String address) {
    int comma = address.lastIndexOf(", ");
    String last = comma < 0 ? address : address.substring(comma + 2).strip();
    if (COUNTRY_CODE.matcher(last).matches()) {
      b.address(comma < 0 ? null : address.substring(0, comma), null, last, null);
    } else {
      b.address(address, null, null, null);
    }
  }

  /**
   * One {@code ids} item. Files from 2022 write "[country, ][dates, ]value, label"; files from 2023
   * write "label, value[, country][, dates]". The end that is a known OFAC label (or, failing that,
   * looks like one: letters without digits) is the label.
   */
  private static void id(EntryBuilder b, String item) {
    List<String> parts = new ArrayList<>(Arrays.asList(item.split(",\\s+")));
    if (parts.size() < 2) {
      b.identifier(null, item, null, null);
      return;
    }
    String first = parts.get(0);
    String last = parts.get(parts.size() - 1);
    boolean labelFirst = labelScore(first) > labelScore(last);
    String label = labelFirst ? parts.remove(0) : parts.remove(parts.size() - 1);
    if (OfacFacts.isAttributeLabel(label)) {
      OfacFacts.add(b, label, String.join(", ", parts), null);
      return;
    }
    String country = null;
    String value;
    List<String> rest = new ArrayList<>();
    if (labelFirst) {
      value = parts.remove(0);
      for (String p : parts) {
        if (country == null && COUNTRY_CODE.matcher(p).matches()) {
          country = p;
        } else {
          rest.add(p);
        }
      }
    } else {
      value = parts.remove(parts.size() - 1);
      if (!parts.isEmpty() && COUNTRY_CODE.matcher(parts.get(0)).matches()) {
        country = parts.remove(0);
      }
      rest.addAll(parts);
    }
    OfacFacts.add(b, label, value, country, rest.isEmpty() ? null : String.join("; ", rest));
  }

  private static int labelScore(String s) {
    if (OfacFacts.isLabel(s)) {
      return 2;
    }
    boolean letters = s.chars().anyMatch(Character::isLetter);
    boolean digits = s.chars().anyMatch(Character::isDigit);
    return letters && !digits && !COUNTRY_CODE.matcher(s).matches() ? 1 : 0;
  }

  private static List<String> split(String field) {
    if (field == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String s : MULTI.split(field)) {
      String c = EntryBuilder.clean(s);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private static EntryType type(String type, long line) {
    if (type == null) {
      return EntryType.ORGANIZATION;
    }
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "individual" -> EntryType.PERSON;
      case "entity" -> EntryType.ORGANIZATION;
      case "vessel" -> EntryType.VESSEL;
      case "aircraft" -> EntryType.AIRCRAFT;
      default -> throw new ListFormatException("line " + line + " has unknown type '" + type + "'");
    };
  }
}
