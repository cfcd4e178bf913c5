package io.sanctionscreen.lists.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How the files of a list in one format are laid out, as parts, in a ZIP file or in an upload. */
enum ZipLayout {
  /** One file: the only file of the ZIP, or the only one with the format's extension. */
  ONE_FILE {
    @Override
    Map<String, String> parts(String formatId, String extension, List<String> files) {
      List<String> candidates = files;
      if (candidates.size() > 1) {
        candidates =
            files.stream().filter(n -> n.toLowerCase(Locale.ROOT).endsWith(extension)).toList();
      }
      if (candidates.size() != 1) {
        throw new ListFormatException(
            "a ZIP for "
                + formatId
                + " must hold exactly one "
                + extension
                + " file (it holds "
                + Parts.abbreviate(files.stream().sorted().toList())
                + ")");
      }
      Map<String, String> parts = new LinkedHashMap<>();
      parts.put(ListFormat.MAIN, candidates.get(0));
      return parts;
    }
  },

  /** OFAC's CSV set: the main file (sdn.csv or cons_prim.csv) and its alt, add and comments. */
  OFAC_CSV_SET {
    @Override
    Map<String, String> parts(String formatId, String extension, List<String> files) {
      Map<String, String> parts = new LinkedHashMap<>();
      for (String n : files) {
        String part = OFAC_CSV_FILES.get(baseName(n).toLowerCase(Locale.ROOT));
        if (part != null && parts.put(part, n) != null) {
          throw new ListFormatException(
              "the ZIP holds two files for the " + part + " part of the OFAC CSV set");
        }
      }
      if (!parts.containsKey(ListFormat.MAIN)) {
        throw new ListFormatException(
            "the ZIP holds no sdn.csv or cons_prim.csv (it holds " + Parts.abbreviate(files) + ")");
      }
      Map<String, String> ordered = new LinkedHashMap<>();
      for (String p : List.of(ListFormat.MAIN, "alt", "add", "comments")) {
        if (parts.containsKey(p)) {
          ordered.put(p, parts.get(p));
        }
      }
      return ordered;
    }
  },

  /** Every file, each a part named after it: full exports first, then delta files, by name. */
  FILES_IN_NAME_ORDER {
    @Override
    Map<String, String> parts(String formatId, String extension, List<String> files) {
      List<String> sorted = new ArrayList<>(files);
      sorted.sort(
          Comparator.comparing((String n) -> baseName(n).toLowerCase(Locale.ROOT).contains("delta"))
              .thenComparing(Comparator.naturalOrder()));
      if (sorted.isEmpty()) {
        throw new ListFormatException("the ZIP holds no file");
      }
      Map<String, String> parts = new LinkedHashMap<>();
      sorted.forEach(n -> parts.put(n, n));
      return parts;
    }

    @Override
    boolean needsMain() {
      return false;
    }
  };

  /** OFAC CSV file names (lower case) by part. */
  private static final Map<String, String> OFAC_CSV_FILES =
      Map.of(
          "sdn.csv", ListFormat.MAIN,
          "cons_prim.csv", ListFormat.MAIN,
          "alt.csv", "alt",
          "cons_alt.csv", "alt",
          "add.csv", "add",
          "cons_add.csv", "add",
          "sdn_comments.csv", "comments",
          "cons_comments.csv", "comments");

  /**
   * The parts in the ZIP's files (directories and hidden files left out): part name to file name,
   * in reading order.
   *
   * @throws ListFormatException if the files are not what the layout needs
   */
  abstract Map<String, String> parts(String formatId, String extension, List<String> files);

  /** Whether a list in this layout must have a {@link ListFormat#MAIN} part. */
  boolean needsMain() {
    return true;
  }

  static String baseName(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
