package io.sanctionscreen.lists.parse;

import io.sanctionscreen.lists.model.ParsedList;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The list formats the service reads, each with its parser: the registry that maps a format id
 * ({@code un-xml}) to the code that reads it. A format says which files make one list, how they are
 * found in a ZIP file ({@link ZipLayout}), whether the file carries its own list date, and the
 * {@link ListParser} that reads it: data, with no switch over the formats.
 */
public enum ListFormat {
  /** OFAC's legacy CSV set; also the consolidated non-SDN {@code cons_*} twins. */
  OFAC_CSV(
      "ofac-csv",
      "OFAC CSV set: sdn.csv or cons_prim.csv, with alt.csv, add.csv and sdn_comments.csv (or"
          + " the cons_ twins); one main file, or a ZIP holding the set",
      false,
      ".csv",
      ZipLayout.OFAC_CSV_SET,
      new OfacCsvParser()),
  /** OFAC's {@code sdn.xml} and {@code consolidated.xml}. */
  OFAC_XML(
      "ofac-xml",
      "OFAC XML (sdn.xml, consolidated.xml)",
      true,
      ".xml",
      ZipLayout.ONE_FILE,
      new OfacXmlParser()),
  /** OFAC's Enhanced XML, plain or in OFAC's ZIP. */
  OFAC_ENHANCED_XML(
      "ofac-enhanced-xml",
      "OFAC Enhanced XML (SDN_ENHANCED.XML, CONS_ENHANCED.XML, or their ZIP)",
      true,
      ".xml",
      ZipLayout.ONE_FILE,
      new OfacEnhancedXmlParser()),
  /** OFAC's Advanced XML. */
  OFAC_ADVANCED_XML(
      "ofac-advanced-xml",
      "OFAC Advanced XML (sdn_advanced.xml, cons_advanced.xml)",
      true,
      ".xml",
      ZipLayout.ONE_FILE,
      new OfacAdvancedXmlParser()),
  /** The UN Security Council Consolidated List XML. */
  UN_XML(
      "un-xml",
      "UN Security Council Consolidated List XML",
      true,
      ".xml",
      ZipLayout.ONE_FILE,
      new UnXmlParser()),
  /** The EU Financial Sanctions Files XML v1.1. */
  EU_FSF_XML(
      "eu-fsf-xml",
      "EU Financial Sanctions Files XML 1.1",
      true,
      ".xml",
      ZipLayout.ONE_FILE,
      new EuFsfXmlParser()),
  /** OFSI's Consolidated List CSV. */
  UK_OFSI_CSV(
      "uk-ofsi-csv",
      "UK OFSI Consolidated List CSV (ConList.csv)",
      true,
      ".csv",
      ZipLayout.ONE_FILE,
      new UkOfsiCsvParser()),
  /** The FCDO UK Sanctions List XML. */
  UK_SANCTIONS_LIST_XML(
      "uk-sanctions-list-xml",
      "UK Sanctions List XML (FCDO, UK-Sanctions-List.xml)",
      true,
      ".xml",
      ZipLayout.ONE_FILE,
      new UkSanctionsListXmlParser()),
  /** The trade.gov Consolidated Screening List CSV. */
  US_CSL_CSV(
      "us-csl-csv",
      "US Consolidated Screening List CSV (trade.gov)",
      false,
      ".csv",
      ZipLayout.ONE_FILE,
      new UsCslCsvParser()),
  /**
   * OpenSanctions FollowTheMoney JSON lines: a full export, or a ZIP holding a full export and the
   * delta files to apply to it.
   */
  FTM_JSON(
      "ftm-json",
      "FollowTheMoney JSON lines (entities.ftm.json; a ZIP holding a full export and its delta"
          + " files, applied in name order)",
      false,
      ".json",
      ZipLayout.FILES_IN_NAME_ORDER,
      new FtmJsonParser()),
  /** An institution's own watch list CSV ({@link CustomCsvParser} documents the columns). */
  CUSTOM_CSV(
      "custom-csv",
      "Custom watch list CSV (columns id, name, type, aliases, programs, country, birth_date,"
          + " identifiers, remarks)",
      false,
      ".csv",
      ZipLayout.ONE_FILE,
      new CustomCsvParser());

  /** The part of a single-file format, and the main file of a set. */
  public static final String MAIN = "main";

  private final String id;
  private final String description;
  private final boolean datedInFile;
  private final String extension;
  private final ZipLayout layout;
  private final ListParser parser;

  ListFormat(
      String id,
      String description,
      boolean datedInFile,
      String extension,
      ZipLayout layout,
      ListParser parser) {
    this.id = id;
    this.description = description;
    this.datedInFile = datedInFile;
    this.extension = extension;
    this.layout = layout;
    this.parser = parser;
  }

  /** The id used in configuration and in the API, such as {@code un-xml}. */
  public String id() {
    return id;
  }

  /** What the format is, for people. */
  public String description() {
    return description;
  }

  /** Whether the file states its own list date; otherwise the importer gives one. */
  public boolean datedInFile() {
    return datedInFile;
  }

  /** The format with this id. */
  public static Optional<ListFormat> byId(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
  }

  /** Every format id, comma-separated, for messages. */
  public static String ids() {
    return Arrays.stream(values()).map(ListFormat::id).collect(Collectors.joining(", "));
  }

  /**
   * Which entries of a ZIP file make the parts of a list in this format: part name to entry name,
   * in reading order. Directories and hidden files are ignored.
   *
   * @throws ListFormatException if the ZIP does not hold what the format needs
   */
  public Map<String, String> zipParts(List<String> entryNames) {
    List<String> files =
        entryNames.stream()
            .filter(n -> !n.endsWith("/"))
            .filter(n -> !ZipLayout.baseName(n).startsWith(".") && !n.startsWith("__MACOSX/"))
            .toList();
    return layout.parts(id, extension, files);
  }

  /**
   * Reads a list. The file's own list date wins; {@code listDate} is used for formats that carry
   * none.
   *
   * @throws ListFormatException if the files are not a list in this format, with the reason
   */
  public ParsedList read(String sourceId, LocalDate listDate, ListInput input) {
    try {
      ParsedList list = readParts(sourceId, listDate, input);
      if (list.listDate() == null) {
        return new ParsedList(sourceId, listDate, list.entries());
      }
      return list;
    } catch (ListFormatException e) {
      throw e;
    } catch (IOException e) {
      throw new ListFormatException(description + ": the file cannot be read: " + e.getMessage());
    } catch (RuntimeException e) {
      throw new ListFormatException(description + ": unexpected content (" + e + ")", e);
    }
  }

  private ParsedList readParts(String sourceId, LocalDate listDate, ListInput input)
      throws IOException {
    if (layout.needsMain() && !input.parts().contains(MAIN)) {
      throw new ListFormatException("no " + id + " file given");
    }
    if (!datedInFile && listDate == null) {
      throw new IllegalArgumentException(id + " files carry no list date: give one");
    }
    return parser.read(input, sourceId, listDate);
  }
}
