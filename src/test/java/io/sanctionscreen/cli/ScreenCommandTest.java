package io.sanctionscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * The command with {@code --record}, on the service: exit codes, reports and the audit records it
 * writes, on real deal lists. (Without {@code --record}: OfflineScreenTest.)
 */
@QuarkusMainTest
class ScreenCommandTest {

  @TempDir Path tmp;

  @AfterEach
  void forgetCommandSettings() {
    // Main sets these for the command's run; the next application in this JVM must not see them.
    for (String p :
        List.of(
            "quarkus.http.host-enabled",
            "quarkus.log.console.stderr",
            "quarkus.banner.enabled",
            "screening.lists.load-in-background")) {
      System.clearProperty(p);
    }
  }

  private static String deal(String name) {
    try {
      return Path.of(ScreenCommandTest.class.getResource("/deals/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aListedPartyFailsTheBuildWithAJunitReport(QuarkusMainLauncher launcher) throws Exception {
    Path report = tmp.resolve("screening.xml");
    LaunchResult r =
        launcher.launch(
            "screen",
            "--record",
            deal("ipo-syndicate.csv"),
            "--purpose",
            "IPO",
            "--out",
            report.toString());
    assertThat(r.exitCode()).isEqualTo(ScreenCommand.HIT);
    assertThat(r.getErrorOutput())
        .contains("screen: 4 rows: 1 BLOCK, 0 REVIEW, 2 CLEAR, 1 errors; report in " + report);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc =
        f.newDocumentBuilder()
            .parse(
                new InputSource(
                    new StringReader(Files.readString(report, StandardCharsets.UTF_8))));
    assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(4);
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("BLOCK us-ofac-cons:33114");
    assertThat(((Element) failure.getParentNode()).getAttribute("name"))
        .isEqualTo("2 SenseTime Group Ltd [deal-2]");
    assertThat(doc.getElementsByTagName("error").getLength()).isEqualTo(1);
  }

  @Test
  void everyScreenedRowIsRecorded(QuarkusMainLauncher launcher) throws Exception {
    Path report = tmp.resolve("screening.xml");
    LaunchResult r =
        launcher.launch(
            "screen",
            "--record",
            deal("ipo-syndicate.csv"),
            "--purpose",
            "IPO",
            "--caller",
            "ci-pipeline",
            "--out",
            report.toString());
    assertThat(r.exitCode()).isEqualTo(ScreenCommand.HIT);
    // The command's database outlives its run in this JVM (H2 in memory, or PostgreSQL): read
    // the records it wrote. Three rows were screened; the row without a name was not.
    String url = System.getProperty("test.jdbc.url");
    String user = System.getProperty("test.jdbc.username");
    try (Connection c = DriverManager.getConnection(url, user, "");
        PreparedStatement q =
            c.prepareStatement(
                "select reference, outcome, purpose from screening_record"
                    + " where caller = ? and channel = 'CLI' order by reference")) {
      q.setString(1, "ci-pipeline");
      List<String> rows = new ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
        }
      }
      assertThat(rows).containsExactly("deal-1 CLEAR IPO", "deal-2 BLOCK IPO", "deal-4 CLEAR IPO");
    }
  }

  @Test
  void aCleanListPasses(QuarkusMainLauncher launcher) throws Exception {
    Path report = tmp.resolve("screening.csv");
    LaunchResult r =
        launcher.launch(
            "screen",
            "--record",
            deal("clean.csv"),
            "--purpose",
            "INVESTMENT",
            "--format",
            "csv",
            "--out",
            report.toString());
    assertThat(r.exitCode()).isEqualTo(ScreenCommand.OK);
    List<CSVRecord> rows = csv(Files.readString(report, StandardCharsets.UTF_8));
    assertThat(rows).extracting(x -> x.get("outcome")).containsExactly("CLEAR", "CLEAR");
  }

  @Test
  void reviewFailsOnlyWhenAsked(QuarkusMainLauncher launcher) {
    // SenseTime for a payment is REVIEW (the NS-CMIC ban does not restrict payments).
    LaunchResult lenient =
        launcher.launch("screen", "--record", deal("payments.json"), "--format", "json");
    assertThat(lenient.exitCode()).isEqualTo(ScreenCommand.OK);
    assertThat(lenient.getOutput()).contains("\"outcome\":\"REVIEW\"");
    LaunchResult strict =
        launcher.launch(
            "screen", "--record", deal("payments.json"), "--format", "json", "--fail-on", "review");
    assertThat(strict.exitCode()).isEqualTo(ScreenCommand.HIT);
  }

  @Test
  void badUsageIsExitCodeTwo(QuarkusMainLauncher launcher) {
    LaunchResult missing =
        launcher.launch("screen", "--record", tmp.resolve("nope.csv").toString());
    assertThat(missing.exitCode()).isEqualTo(ScreenCommand.USAGE);
    assertThat(missing.getErrorOutput()).contains("screen: cannot read");
    LaunchResult badOption =
        launcher.launch("screen", "--record", deal("clean.csv"), "--purpose", "SPECULATION");
    assertThat(badOption.exitCode()).isEqualTo(ScreenCommand.USAGE);
    assertThat(badOption.getErrorOutput()).contains("screen: unknown purpose SPECULATION");
  }

  private static List<CSVRecord> csv(String text) {
    try {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(new StringReader(text))
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
