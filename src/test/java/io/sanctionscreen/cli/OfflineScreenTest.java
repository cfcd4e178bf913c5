package io.sanctionscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The {@code screen} command as CI runs it, without the service: the bundled lists' index
 * generation from the build, no database, no server. Exit codes, reports (the JUnit XML checked
 * against the JUnit schema) and the files it leaves, on real deal lists.
 */
class OfflineScreenTest {

  @TempDir Path tmp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int screen(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "screen";
    System.arraycopy(args, 0, all, 1, args.length);
    return OfflineScreen.run(
        all,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static String deal(String name) {
    try {
      return Path.of(OfflineScreenTest.class.getResource("/deals/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aListedPartyExitsOneWithAReportThatIsTheRecord() throws Exception {
    Path report = tmp.resolve("screening.xml");
    int code = screen(deal("ipo-syndicate.csv"), "--purpose", "IPO", "--out", report.toString());

    assertThat(code).as(err()).isEqualTo(ScreenCommand.HIT);
    assertThat(err()).contains("screen: 4 rows: 1 BLOCK, 0 REVIEW, 2 CLEAR, 1 errors");
    // The command wrote its report and nothing else.
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files).containsExactly(report);
    }
    String xml = Files.readString(report, StandardCharsets.UTF_8);
    validateJunit(xml);
    Document doc = parse(xml);
    Element suite = doc.getDocumentElement();
    assertThat(suite.getAttribute("tests")).isEqualTo("4");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("errors")).isEqualTo("1");
    assertThat(suite.getFirstChild().getNextSibling().getNodeName()).isEqualTo("properties");
    assertThat(property(doc, "list.us-ofac-cons"))
        .startsWith("bundled snapshot, list date 2025-12-19, 442 entries, content sha256 ")
        .matches(".*sha256 [0-9a-f]{64}");
    assertThat(property(doc, "measuresVersion")).isNotBlank();
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("BLOCK us-ofac-cons:33114");
    assertThat(((Element) failure.getParentNode()).getAttribute("name"))
        .isEqualTo("2 SenseTime Group Ltd [deal-2]");
    // Every screened row names its screening id (the row without a name was not screened).
    assertThat(xml.split("screeningId ", -1)).hasSize(4);
  }

  @Test
  void aCleanListExitsZero() throws Exception {
    Path report = tmp.resolve("screening.xml");
    assertThat(screen(deal("clean.csv"), "--purpose", "INVESTMENT", "--out", report.toString()))
        .as(err())
        .isEqualTo(ScreenCommand.OK);
    validateJunit(Files.readString(report, StandardCharsets.UTF_8));
  }

  @Test
  void reviewFailsOnlyWhenAskedAndJsonNamesTheLists() {
    // SenseTime for a payment is REVIEW (the NS-CMIC ban does not restrict payments).
    assertThat(screen(deal("payments.json"), "--format", "json")).isEqualTo(ScreenCommand.OK);
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(json).contains("\"outcome\":\"REVIEW\"").contains("\"list.us-ofac-sdn\":");
    assertThat(screen(deal("payments.json"), "--format", "json", "--fail-on", "review"))
        .isEqualTo(ScreenCommand.HIT);
  }

  @Test
  void badUsageExitsTwo() {
    assertThat(screen(tmp.resolve("nope.csv").toString())).isEqualTo(ScreenCommand.USAGE);
    assertThat(err()).contains("screen: cannot read");
    assertThat(screen(deal("clean.csv"), "--purpose", "SPECULATION"))
        .isEqualTo(ScreenCommand.USAGE);
    assertThat(err()).contains("screen: unknown purpose SPECULATION");
    assertThat(screen(deal("clean.csv"), "--colour", "red")).isEqualTo(ScreenCommand.USAGE);
    assertThat(screen("--help")).isEqualTo(ScreenCommand.USAGE);
    assertThat(screen()).isEqualTo(ScreenCommand.USAGE);
    assertThat(screen(deal("clean.csv"), "--out", deal("clean.csv")))
        .isEqualTo(ScreenCommand.USAGE);
    assertThat(err()).contains("usage: screen <deal-list.csv|deal-list.json>");
  }

  @Test
  void aReportThatCannotBeWrittenExitsThree() {
    Path nowhere = tmp.resolve("no-such-dir").resolve("screening.xml");
    assertThat(screen(deal("clean.csv"), "--out", nowhere.toString()))
        .isEqualTo(ScreenCommand.FAILED);
    assertThat(err()).contains("screen: could not run");
  }

  @Test
  void onlyServeOrNothingStartsTheServer() {
    assertThat(Main.mode()).isEqualTo(Main.Mode.SERVE);
    assertThat(Main.mode("serve")).isEqualTo(Main.Mode.SERVE);
    assertThat(Main.mode("screen", "deals.csv")).isEqualTo(Main.Mode.SCREEN);
    assertThat(Main.mode("screen", "deals.csv", "--record")).isEqualTo(Main.Mode.SCREEN_RECORDED);
    for (List<String> args :
        List.of(
            List.of("--help"),
            List.of("-h"),
            List.of("help"),
            List.of("serve", "--port", "9"),
            List.of("screem", "deals.csv"),
            List.of("--record"))) {
      assertThat(Main.mode(args.toArray(String[]::new)))
          .as(args.toString())
          .isEqualTo(Main.Mode.USAGE);
    }
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertThat(Main.usage(new String[] {"screem"}, e)).isEqualTo(2);
    assertThat(err()).contains("unknown command: screem").contains("usage: java -jar");
  }

  private static String property(Document doc, String name) {
    NodeList ps = doc.getElementsByTagName("property");
    for (int i = 0; i < ps.getLength(); i++) {
      Element p = (Element) ps.item(i);
      if (p.getAttribute("name").equals(name)) {
        return p.getAttribute("value");
      }
    }
    throw new AssertionError("no property " + name);
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  /** Validates against the JUnit schema in src/test/resources/junit/junit.xsd. */
  static void validateJunit(String xml) throws Exception {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    var schema = f.newSchema(OfflineScreenTest.class.getResource("/junit/junit.xsd"));
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }
}
