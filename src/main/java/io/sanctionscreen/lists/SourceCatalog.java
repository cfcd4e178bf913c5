package io.sanctionscreen.lists;

import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import io.sanctionscreen.lists.parse.ListFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The list sources the service knows: who publishes them, what they are called, the format they
 * come in, where the publisher offers them for download, and which of a file's entries belong to
 * the source. Besides the fixed sources, {@code custom-<name>} names an institution's own list
 * (custom CSV), {@code opensanctions} the OpenSanctions sanctions collection and {@code
 * opensanctions-<dataset>} an OpenSanctions dataset (FollowTheMoney JSON; dashes in the name stand
 * for the underscores of the dataset's name).
 */
public final class SourceCatalog {

  /** A source id: lower-case letters, digits and dashes, at most 64 characters. */
  public static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

  /** The prefix of an institution's own lists. */
  public static final String CUSTOM = "custom-";

  /** The prefix of OpenSanctions datasets. */
  public static final String OPENSANCTIONS = "opensanctions-";

  /** The OpenSanctions consolidated sanctions collection, entities {@code opensanctions:<id>}. */
  public static final String OPENSANCTIONS_DEFAULT = "opensanctions";

  /** Where a download address takes the EU access token. */
  public static final String TOKEN = "{token}";

  private static final String OFAC =
      "U.S. Department of the Treasury, Office of Foreign Assets Control";
  private static final String OFAC_SLS =
      "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/";

  /** CSL source lists of the Commerce (BIS) and State departments, by their suffix in the CSL. */
  private static final List<String> CSL_KEPT_AGENCIES =
      List.of(" - Bureau of Industry and Security", " - State Department");

  /**
   * What the catalog says about a source.
   *
   * @param id the source id, the prefix of its entries' ids
   * @param name the list's name
   * @param authority who publishes it
   * @param format the format its files come in
   * @param officialUrls the publisher's download addresses by part ({@code main}, and for OFAC's
   *     CSV set {@code alt}, {@code add}, {@code comments}); empty when there is none
   * @param scope which entries of a file belong to the source, for people; null for all
   * @param keep the entries of a file that belong to the source
   */
  public record SourceInfo(
      String id,
      String name,
      String authority,
      ListFormat format,
      Map<String, String> officialUrls,
      String scope,
      Predicate<ParsedEntry> keep) {

    public SourceInfo {
      officialUrls = Map.copyOf(officialUrls);
    }

    /** The part of a parsed file that belongs to this source. */
    public ParsedList select(ParsedList list) {
      if (scope == null) {
        return list;
      }
      return new ParsedList(
          list.sourceId(), list.listDate(), list.entries().stream().filter(keep).toList());
    }

    /** Whether the official download address needs an access token ({@link #TOKEN}). */
    public boolean needsToken() {
      return officialUrls.values().stream().anyMatch(u -> u.contains(TOKEN));
    }
  }

  private static final Map<String, SourceInfo> KNOWN = new LinkedHashMap<>();

  static {
    add(
        "us-ofac-sdn",
        "OFAC Specially Designated Nationals and Blocked Persons List (SDN)",
        OFAC,
        ListFormat.OFAC_CSV,
        ofacCsv("SDN.CSV", "ALT.CSV", "ADD.CSV", "SDN_COMMENTS.CSV"),
        null,
        e -> true);
    add(
        "us-ofac-cons",
        "OFAC Consolidated Sanctions List (non-SDN lists, including NS-CMIC)",
        OFAC,
        ListFormat.OFAC_CSV,
        ofacCsv("CONS_PRIM.CSV", "CONS_ALT.CSV", "CONS_ADD.CSV", "CONS_COMMENTS.CSV"),
        null,
        e -> true);
    add(
        "un-sc",
        "United Nations Security Council Consolidated List",
        "United Nations Security Council",
        ListFormat.UN_XML,
        Map.of(ListFormat.MAIN, "https://scsanctions.un.org/resources/xml/en/consolidated.xml"),
        null,
        e -> true);
    add(
        "eu-fsf",
        "EU Financial Sanctions Files: consolidated list of persons, groups and entities subject"
            + " to EU financial sanctions",
        "European Commission",
        ListFormat.EU_FSF_XML,
        Map.of(
            ListFormat.MAIN,
            "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content"
                + "?token="
                + TOKEN),
        null,
        e -> true);
    add(
        "gb-ofsi",
        "UK OFSI Consolidated List of Financial Sanctions Targets",
        "HM Treasury, Office of Financial Sanctions Implementation",
        ListFormat.UK_OFSI_CSV,
        Map.of(
            ListFormat.MAIN,
            "https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv"),
        null,
        e -> true);
    add(
        "gb-fcdo",
        "UK Sanctions List",
        "UK Foreign, Commonwealth and Development Office",
        ListFormat.UK_SANCTIONS_LIST_XML,
        Map.of(ListFormat.MAIN, "https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml"),
        null,
        e -> true);
    add(
        "us-csl",
        "US Consolidated Screening List: Commerce and State lists (Entity List, Denied Persons,"
            + " Unverified, Military End User, ITAR Debarred, Nonproliferation Sanctions)",
        "U.S. Department of Commerce, International Trade Administration",
        ListFormat.US_CSL_CSV,
        Map.of(
            ListFormat.MAIN,
            "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv"),
        "the rows of the Commerce (Bureau of Industry and Security) and State Department lists;"
            + " the Treasury rows repeat OFAC's lists, which us-ofac-sdn and us-ofac-cons hold"
            + " under their OFAC ids",
        SourceCatalog::onCommerceOrStateList);
  }

  private SourceCatalog() {}

  private static void add(
      String id,
      String name,
      String authority,
      ListFormat format,
      Map<String, String> urls,
      String scope,
      Predicate<ParsedEntry> keep) {
    KNOWN.put(id, new SourceInfo(id, name, authority, format, urls, scope, keep));
  }

  private static Map<String, String> ofacCsv(String main, String alt, String add, String comments) {
    return Map.of(
        ListFormat.MAIN,
        OFAC_SLS + main,
        "alt",
        OFAC_SLS + alt,
        "add",
        OFAC_SLS + add,
        "comments",
        OFAC_SLS + comments);
  }

  /** The CSL puts the source list first among an entry's programs (UsCslCsvParser). */
  private static boolean onCommerceOrStateList(ParsedEntry e) {
    return e.programs().stream().anyMatch(p -> CSL_KEPT_AGENCIES.stream().anyMatch(p::endsWith));
  }

  /** The fixed sources, in catalog order. */
  public static List<SourceInfo> known() {
    return List.copyOf(KNOWN.values());
  }

  /**
   * What the catalog knows of a source: a fixed source, a custom list or an OpenSanctions dataset;
   * empty for an id of another shape.
   */
  public static Optional<SourceInfo> find(String sourceId) {
    if (sourceId == null || !SOURCE_ID.matcher(sourceId).matches()) {
      return Optional.empty();
    }
    SourceInfo known = KNOWN.get(sourceId);
    if (known != null) {
      return Optional.of(known);
    }
    if (sourceId.startsWith(CUSTOM) && sourceId.length() > CUSTOM.length()) {
      return Optional.of(
          new SourceInfo(
              sourceId,
              "Custom list " + sourceId.substring(CUSTOM.length()),
              "the institution (custom list)",
              ListFormat.CUSTOM_CSV,
              Map.of(),
              null,
              e -> true));
    }
    if (sourceId.equals(OPENSANCTIONS_DEFAULT)
        || (sourceId.startsWith(OPENSANCTIONS) && sourceId.length() > OPENSANCTIONS.length())) {
      // "opensanctions" alone is the consolidated sanctions collection: ids opensanctions:<id>.
      String dataset =
          sourceId.equals(OPENSANCTIONS_DEFAULT)
              ? "sanctions"
              : sourceId.substring(OPENSANCTIONS.length()).replace('-', '_');
      return Optional.of(
          new SourceInfo(
              sourceId,
              "OpenSanctions dataset " + dataset.toLowerCase(Locale.ROOT),
              "OpenSanctions (CC BY-NC 4.0; commercial use needs a licence)",
              ListFormat.FTM_JSON,
              Map.of(
                  ListFormat.MAIN,
                  "https://data.opensanctions.org/datasets/latest/"
                      + dataset
                      + "/entities.ftm.json"),
              null,
              e -> true));
    }
    return Optional.empty();
  }

  /**
   * What the catalog knows of a source.
   *
   * @throws IllegalArgumentException for an id the catalog does not know
   */
  public static SourceInfo info(String sourceId) {
    return find(sourceId)
        .orElseThrow(() -> new IllegalArgumentException("unknown list source '" + sourceId + "'"));
  }
}
