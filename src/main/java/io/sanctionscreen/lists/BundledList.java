package io.sanctionscreen.lists;

import io.sanctionscreen.lists.model.ParsedList;
import io.sanctionscreen.lists.parse.ListFormat;
import io.sanctionscreen.lists.parse.ListFormatException;
import io.sanctionscreen.lists.parse.ListInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPInputStream;

/**
 * A list snapshot shipped inside the application under {@code lists/<source>/}: a {@code
 * list.properties} naming the format ({@link ListFormat} id), the list date and the
 * (gzip-compressed) files by part ({@code main}; {@code alt}, {@code add}, {@code comments} for
 * OFAC's CSV set).
 */
public final class BundledList {

  /** The keys of list.properties that name a file, by part, in reading order. */
  private static final List<String> PARTS = List.of(ListFormat.MAIN, "alt", "add", "comments");

  private final String sourceId;
  private final Properties props;

  private BundledList(String sourceId, Properties props) {
    this.sourceId = sourceId;
    this.props = props;
  }

  /**
   * Loads the description of a bundled list.
   *
   * @throws IllegalArgumentException if no list of that id is bundled
   */
  public static BundledList load(String sourceId) {
    Properties p = new Properties();
    try (InputStream in = resource(sourceId, "list.properties")) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled list '" + sourceId + "'");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BundledList(sourceId, p);
  }

  /** The list date the bundle declares. */
  public LocalDate listDate() {
    return LocalDate.parse(props.getProperty("listDate"));
  }

  /** Where the bundle came from, for the version's origin field. */
  public String origin() {
    return "bundled:lists/" + sourceId;
  }

  /** Parses the bundled files, keeping the entries that belong to the source. */
  public ParsedList parse() {
    String formatId = props.getProperty("format");
    ListFormat format =
        ListFormat.byId(formatId)
            .orElseThrow(
                () ->
                    new ListFormatException(
                        "bundled list " + sourceId + " has unknown format " + formatId));
    ListInput input =
        new ListInput() {
          @Override
          public List<String> parts() {
            return PARTS.stream().filter(props::containsKey).toList();
          }

          @Override
          public InputStream open(String part) throws IOException {
            return BundledList.this.open(part);
          }
        };
    ParsedList list = format.read(sourceId, listDate(), input);
    return SourceCatalog.info(sourceId).select(list);
  }

  private InputStream open(String key) throws IOException {
    String file = props.getProperty(key);
    InputStream in = resource(sourceId, file);
    if (in == null) {
      throw new IllegalStateException("bundled list " + sourceId + " lacks " + file);
    }
    return file.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  private static InputStream resource(String sourceId, String file) {
    return Thread.currentThread()
        .getContextClassLoader()
        .getResourceAsStream("lists/" + sourceId + "/" + file);
  }
}
