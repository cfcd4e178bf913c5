package io.sanctionscreen.lists.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sanctionscreen.lists.model.ParsedList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The list formats the service reads, each with its parser: the registry that maps a format id
 * ({@code un-xml}) to the code that reads it. A format says which files make one list, how they are
 * found in a ZIP file, and whether the file carries its own list date.
 */
public enum ListFormat {
  /** OFAC's legacy CSV set; also the consolidated non-SDN {@code cons_*} twins. */
  OFAC_CSV(
      "ofac-csv",
      "OFAC CSV set: sdn.csv or cons_prim.csv, with alt.csv, add.csv and sdn_comments.csv (or"
          + " the cons_ twins); one main file, or a ZIP holding the set",
      false,
      ".csv"),
  /** OFAC's {@code sdn.xml} and {@code consolidated.xml}. */
  OFAC_XML("ofac-xml", "OFAC XML (sdn.xml, consolidated.xml)", true, ".xml"),
  /** OFAC's Enhanced XML, plain or in OFAC's ZIP. */
  OFAC_ENHANCED_XML(
      "ofac-enhanced-xml",
      "OFAC Enhanced XML (SDN_ENHANCED.XML, CONS_ENHANCED.XML, or their ZIP)",
      true,
      ".xml"),
  /** OFAC's Advanced XML. */
  OFAC_ADVANCED_XML(
      "ofac-advanced-xml", "OFAC Advanced XML (sdn_advanced.xml, cons_advanced.xml)", true, ".xml"),
  /** The UN Security Council Consolidated List XML. */
  UN_XML("un-xml", "UN Security Council Consolidated List XML", true, ".xml"),
  /** The EU Financial Sanctions Files XML v1.1. */
  EU_FSF_XML("eu-fsf-xml", "EU Financial Sanctions Files XML 1.1", true, ".xml"),
  /** OFSI's Consolidated List CSV. */
  UK_OFSI_CSV("uk-ofsi-csv", "UK OFSI Consolidated List CSV (ConList.csv)", true, ".csv"),
  /** The FCDO UK Sanctions List XML. */
  UK_SANCTIONS_LIST_XML(
      "uk-sanctions-list-xml", "UK Sanctions List XML (FCDO, UK-Sanctions-List.xml)", true, ".xml"),
  /** The trade.gov Consolidated Screening List CSV. */
  US_CSL_CSV("us-csl-csv", "US Consolidated Screening List CSV (trade.gov)", false, ".csv"),
  /**
   * OpenSanctions FollowTheMoney JSON lines: a full export, or a ZIP holding a full export and the
   * delta files to apply to it.
   */
  FTM_JSON(
      "ftm-json",
      "FollowTheMoney JSON lines (entities.ftm.json; a ZIP holding a full export and its delta"
          + " files, applied in name order)",
      false,
      ".json"),
  /** An institution's own watch list CSV ({@link CustomCsvParser} documents the columns). */
  CUSTOM_CSV(
      "custom-csv",
      "Custom watch list CSV (columns id, name, type, aliases, programs, country, birth_date,"
          + " identifiers, remarks)",
      false,
      ".csv");

  private static final Logger LOG = Logger.getLogger(ListFormat.class);

  /** The part of a single-file format, and the main file of a set. */
  public static final String MAIN = "main";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** OFAC CSV file names (lower case) by part. */
  private static final Map<String, String> OFAC_CSV_FILES =
      Map.of(
          "sdn.csv", MAIN,
          "cons_prim.csv", MAIN,
          "alt.csv", "alt",
          "cons_alt.csv", "alt",
          "add.csv", "add",
          "cons_add.csv", "add",
          "sdn_comments.csv", "comments",
          "cons_comments.csv", "comments");

  private final String id;
  private final String description;
  private final boolean datedInFile;
  private final String extension;

  ListFormat(String id, String description, boolean datedInFile, String extension) {
    this.id = id;
    this.description = description;
    this.datedInFile = datedInFile;
    this.extension = extension;
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
            .filter(n -> !baseName(n).startsWith(".") && !n.startsWith("__MACOSX/"))
            .toList();
    Map<String, String> parts = new LinkedHashMap<>();
    switch (this) {
      case OFAC_CSV -> {
        for (String n : files) {
          String part = OFAC_CSV_FILES.get(baseName(n).toLowerCase(Locale.ROOT));
          if (part != null && parts.put(part, n) != null) {
            throw new ListFormatException(
                "the ZIP holds two files for the " + part + " part of the OFAC CSV set");
          }
        }
        if (!parts.containsKey(MAIN)) {
          throw new ListFormatException(
              "the ZIP holds no sdn.csv or cons_prim.csv (it holds " + abbreviate(files) + ")");
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String p : List.of(MAIN, "alt", "add", "comments")) {
          if (parts.containsKey(p)) {
            ordered.put(p, parts.get(p));
          }
        }
        return ordered;
      }
      case FTM_JSON -> {
        List<String> sorted = new ArrayList<>(files);
        sorted.sort(
            Comparator.comparing(
                    (String n) -> baseName(n).toLowerCase(Locale.ROOT).contains("delta"))
                .thenComparing(Comparator.naturalOrder()));
        if (sorted.isEmpty()) {
          throw new ListFormatException("the ZIP holds no file");
        }
        sorted.forEach(n -> parts.put(n, n));
        return parts;
      }
      default -> {
        List<String> candidates = files;
        if (candidates.size() > 1) {
          candidates =
              files.stream().filter(n -> n.toLowerCase(Locale.ROOT).endsWith(extension)).toList();
        }
        if (candidates.size() != 1) {
          throw new ListFormatException(
              "a ZIP for "
                  + id
                  + " must hold exactly one "
                  + extension
                  + " file (it holds "
                  + abbreviate(files.stream().sorted().toList())
                  + ")");
        }
        parts.put(MAIN, candidates.get(0));
        return parts;
      }
    }
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
    if (!input.parts().contains(MAIN) && this != FTM_JSON) {
      throw new ListFormatException("no " + id + " file given");
    }
    if (!datedInFile && listDate == null) {
      throw new IllegalArgumentException(id + " files carry no list date: give one");
    }
    switch (this) {
      case OFAC_CSV -> {
        try (Reader main = reader(input, MAIN);
            Reader alt = reader(input, "alt");
            Reader add = reader(input, "add");
            Reader comments = reader(input, "comments")) {
          OfacCsvParser.Result r;
          try {
            r = OfacCsvParser.parse(sourceId, listDate, main, alt, add, comments);
          } catch (ListFormatException e) {
            throw new ListFormatException("OFAC CSV: " + e.getMessage(), e);
          }
          OfacCsvParser.Orphans o = r.orphans();
          if (o.aliases() + o.addresses() + o.comments() > 0) {
            LOG.infof(
                "%s: dropped rows of entries the main file does not hold: %d aliases, %d"
                    + " addresses, %d remarks continuations",
                sourceId, o.aliases(), o.addresses(), o.comments());
          }
          return r.list();
        }
      }
      case OFAC_XML -> {
        try (InputStream in = input.open(MAIN)) {
          return OfacXmlParser.parse(in, sourceId);
        }
      }
      case OFAC_ENHANCED_XML -> {
        try (InputStream in = input.open(MAIN)) {
          return OfacEnhancedXmlParser.parse(in, sourceId);
        }
      }
      case OFAC_ADVANCED_XML -> {
        try (InputStream in = input.open(MAIN)) {
          return OfacAdvancedXmlParser.parse(in, sourceId);
        }
      }
      case UN_XML -> {
        try (InputStream in = input.open(MAIN)) {
          return UnXmlParser.parse(in, sourceId);
        }
      }
      case EU_FSF_XML -> {
        try (InputStream in = input.open(MAIN)) {
          EuFsfXmlParser.Result r = EuFsfXmlParser.parse(in, sourceId);
          if (!r.skippedWithoutName().isEmpty()) {
            LOG.infof(
                "%s: skipped %d entities without a name: %s",
                sourceId, r.skippedWithoutName().size(), abbreviate(r.skippedWithoutName()));
          }
          return r.list();
        }
      }
      case UK_OFSI_CSV -> {
        try (Reader in = reader(input, MAIN)) {
          return UkOfsiCsvParser.parse(in, sourceId);
        }
      }
      case UK_SANCTIONS_LIST_XML -> {
        try (InputStream in = input.open(MAIN)) {
          return UkSanctionsListXmlParser.parse(in, sourceId);
        }
      }
      case US_CSL_CSV -> {
        try (Reader in = reader(input, MAIN)) {
          return UsCslCsvParser.parse(in, sourceId, listDate);
        }
      }
      case CUSTOM_CSV -> {
        try (Reader in = reader(input, MAIN)) {
          return CustomCsvParser.parse(in, sourceId, listDate);
        }
      }
      case FTM_JSON -> {
        return readFtm(sourceId, listDate, input);
      }
      default -> throw new IllegalStateException("no parser for " + id);
    }
  }

  /** Reads FtM files in order; a delta file alone is refused, as it says nothing of the rest. */
  private static ParsedList readFtm(String sourceId, LocalDate listDate, ListInput input)
      throws IOException {
    List<String> parts = input.parts();
    if (parts.isEmpty()) {
      throw new ListFormatException("no FollowTheMoney file given");
    }
    if (isDelta(input, parts.get(0))) {
      throw new ListFormatException(
          "FollowTheMoney JSON: the file is a delta ({\"op\": ..., \"entity\": ...} lines) and"
              + " no full export precedes it; upload a ZIP holding the full entities.ftm.json"
              + " and its delta files, or the full export alone");
    }
    List<Reader> readers = new ArrayList<>();
    try {
      for (String p : parts) {
        readers.add(reader(input, p));
      }
      return FtmJsonParser.parse(sourceId, listDate, readers.toArray(Reader[]::new));
    } finally {
      for (Reader r : readers) {
        r.close();
      }
    }
  }

  private static boolean isDelta(ListInput input, String part) throws IOException {
    // Bounded: a hostile first line must not be read whole; the parser then names the problem.
    try (BufferedReader r =
        new BufferedReader(InputLimits.bounded(reader(input, part), InputLimits.MAX_TEXT))) {
      String line;
      int lines = 0;
      while ((line = r.readLine()) != null && lines++ < 1000) {
        if (!line.isBlank()) {
          try {
            JsonNode n = JSON.readTree(line);
            return n != null && n.isObject() && n.has("op") && n.has("entity");
          } catch (JsonProcessingException e) {
            return false;
          }
        }
      }
      return false;
    } catch (ListFormatException e) {
      return false;
    }
  }

  private static Reader reader(ListInput input, String part) throws IOException {
    if (!input.parts().contains(part)) {
      return null;
    }
    return new BufferedReader(
        new InputStreamReader(input.open(part), StandardCharsets.UTF_8), 1 << 16);
  }

  private static String baseName(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  private static String abbreviate(List<String> names) {
    if (names.isEmpty()) {
      return "no file";
    }
    String joined = String.join(", ", names.subList(0, Math.min(names.size(), 10)));
    return names.size() > 10 ? joined + ", ... (" + names.size() + " files)" : joined;
  }
}
