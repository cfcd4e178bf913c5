package io.sanctionscreen.index;

import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.matching.Identifiers;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys that say two entries of different lists are one designation. The rule, and nothing else:
 * the same UN Security Council reference number (the UN list's own entry, and the reference that
 * the EU, UK and OFAC entries implementing it cite), or an identical distinctive identifier of a
 * known kind (registration number, IMO number, passport, SWIFT/BIC...), or the same OFAC entity
 * number (an OFAC entry's own id, and the number the US Consolidated Screening List gives the rows
 * it takes from OFAC). Names alone never join two entries: namesakes are distinct parties.
 */
public final class Designations {

  /** The attribute kind under which the EU and UK XML lists give the UN reference number. */
  public static final String UN_REFERENCE_ATTRIBUTE = AttributeKind.UN_REFERENCE_NUMBER.name();

  /** The attribute kind under which the UK Sanctions List gives OFSI's group id. */
  public static final String OFSI_GROUP_ATTRIBUTE = AttributeKind.OFSI_GROUP_ID.name();

  /** The attribute kind under which the CSL gives the OFAC entity number of an OFAC row. */
  public static final String OFAC_ENTITY_ATTRIBUTE = AttributeKind.OFAC_ENTITY_NUMBER.name();

  /** The attribute kinds that carry designation keys. */
  public static final List<String> KEY_ATTRIBUTES =
      List.of(UN_REFERENCE_ATTRIBUTE, OFSI_GROUP_ATTRIBUTE, OFAC_ENTITY_ATTRIBUTE);

  /** OFAC's source ids: their entries' own ids are OFAC entity numbers. */
  public static final Set<String> OFAC_SOURCES = Set.of("us-ofac-sdn", "us-ofac-cons");

  /** The UN list's source id: its entries' own ids are UN reference numbers. */
  public static final String UN_SOURCE = "un-sc";

  /** OFSI's source id: its entries' own ids are OFSI group ids. */
  public static final String OFSI_SOURCE = "gb-ofsi";

  /** A UN reference number: regime letters, i (individual) or e (entity), dot, digits. */
  private static final Pattern UN_REFERENCE = Pattern.compile("^[A-Za-z]{2,3}[ie]\\.\\d{1,4}$");

  /** "(UN Ref):KPe.025" in OFSI's Other Information; "UN Ref KPe.025" elsewhere. */
  private static final Pattern CITED_UN_REFERENCE =
      Pattern.compile("\\(?UN Ref\\)?\\s*:?\\s*([A-Za-z]{2,3}[ie]\\.\\d{1,4})\\b");

  private Designations() {}

  /** The key of a UN reference number, or null if the text is not one. */
  public static String unReference(String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    return UN_REFERENCE.matcher(v).matches() ? "UN " + v.toUpperCase(Locale.ROOT) : null;
  }

  /**
   * The designation keys of an entry.
   *
   * @param source the source id
   * @param sourceRef the entry's id in its source
   * @param keyAttributes the entry's attributes of the kinds in {@link #KEY_ATTRIBUTES}, as (kind,
   *     value) pairs
   * @param remarks the entry's remarks, where OFSI cites the UN reference (may be null)
   * @param identifiers the entry's identifiers
   */
  public static Set<String> keys(
      String source,
      String sourceRef,
      Collection<Map.Entry<String, String>> keyAttributes,
      String remarks,
      Collection<IndexEntry.Identifier> identifiers) {
    Set<String> keys = new LinkedHashSet<>();
    if (UN_SOURCE.equals(source)) {
      add(keys, unReference(sourceRef));
    }
    if (OFSI_SOURCE.equals(source)) {
      add(keys, ofsiGroup(sourceRef));
    }
    if (OFAC_SOURCES.contains(source)) {
      add(keys, ofacEntity(sourceRef));
    }
    for (Map.Entry<String, String> a : keyAttributes) {
      if (a.getKey().equals(UN_REFERENCE_ATTRIBUTE)) {
        add(keys, unReference(a.getValue()));
      } else if (a.getKey().equals(OFSI_GROUP_ATTRIBUTE)) {
        add(keys, ofsiGroup(a.getValue()));
      } else if (a.getKey().equals(OFAC_ENTITY_ATTRIBUTE)) {
        add(keys, ofacEntity(a.getValue()));
      }
    }
    if (remarks != null && remarks.contains("UN Ref")) {
      Matcher m = CITED_UN_REFERENCE.matcher(remarks);
      while (m.find()) {
        add(keys, unReference(m.group(1)));
      }
    }
    for (IndexEntry.Identifier i : identifiers) {
      Identifiers.Kind kind = Identifiers.kind(i.type());
      String value = Identifiers.normalize(i.value());
      if (kind != Identifiers.Kind.OTHER && Identifiers.distinctive(value)) {
        keys.add("ID " + kind + " " + value);
      }
    }
    return keys;
  }

  /** The key of an OFSI group id, or null if the text is not one (digits only). */
  static String ofsiGroup(String value) {
    String digits = digits(value);
    return digits == null ? null : "OFSI " + digits;
  }

  /** The key of an OFAC entity number, or null if the text is not one (digits only). */
  static String ofacEntity(String value) {
    String digits = digits(value);
    return digits == null ? null : "OFAC " + digits;
  }

  private static String digits(String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    return !v.isEmpty() && v.chars().allMatch(c -> c >= '0' && c <= '9') ? v : null;
  }

  private static void add(Set<String> keys, String key) {
    if (key != null) {
      keys.add(key);
    }
  }
}
