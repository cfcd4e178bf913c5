package io.sanctionscreen.lists;

import io.sanctionscreen.lists.parse.ListFormatException;
import io.sanctionscreen.lists.parse.OfacCsvParser;
import io.sanctionscreen.lists.parse.ParsedList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import org.jboss.logging.Logger;

/**
 * A list snapshot shipped inside the application under {@code lists/<source>/}: a {@code
 * list.properties} naming the format, the list date and the (gzip-compressed) files.
 */
public final class BundledList {

  private static final Logger LOG = Logger.getLogger(BundledList.class);

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

  /** Parses the bundled files. */
  public ParsedList parse() {
    String format = props.getProperty("format");
    if (!"ofac-csv".equals(format)) {
      throw new ListFormatException("bundled list " + sourceId + " has unknown format " + format);
    }
    try (Reader main = open("main");
        Reader alt = open("alt");
        Reader add = open("add");
        Reader comments = open("comments")) {
      OfacCsvParser.Result r = OfacCsvParser.parse(sourceId, listDate(), main, alt, add, comments);
      if (r.orphans().aliases() + r.orphans().addresses() + r.orphans().comments() > 0) {
        LOG.infof(
            "%s: dropped rows of entries the main file does not hold: %d aliases, %d addresses,"
                + " %d remarks continuations",
            sourceId, r.orphans().aliases(), r.orphans().addresses(), r.orphans().comments());
      }
      return r.list();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Reader open(String key) throws IOException {
    String file = props.getProperty(key);
    if (file == null) {
      return null;
    }
    InputStream in = resource(sourceId, file);
    if (in == null) {
      throw new IllegalStateException("bundled list " + sourceId + " lacks " + file);
    }
    InputStream data = file.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    return new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), 1 << 16);
  }

  private static InputStream resource(String sourceId, String file) {
    return Thread.currentThread()
        .getContextClassLoader()
        .getResourceAsStream("lists/" + sourceId + "/" + file);
  }
}
