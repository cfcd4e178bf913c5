package io.sanctionscreen.failure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sanctionscreen.testsupport.AuthenticatedByDefault;
import io.sanctionscreen.testsupport.Poll;
import io.sanctionscreen.testsupport.ServiceProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the packaged service share one database, as behind a Kubernetes Service: the same
 * list file uploaded to both at once is imported once (the database's import lock makes the second
 * wait, then find the content already there), and both replicas, the one that imported and the one
 * that did not, end up screening against the new version, the other by polling the database and
 * rebuilding its own index.
 *
 * <p>Runs in {@code verify} (failsafe) against {@code target/quarkus-app}: on an H2 file database
 * in mixed mode (AUTO_SERVER, so that two processes share it) by default, on the PostgreSQL test
 * database with {@code -Ppostgresql}.
 */
class TwoReplicasIT {

  private static final String UN = "un-sc";
  private static final Duration START = Duration.ofMinutes(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path work = Path.of(System.getProperty("it.work.dir", "target/it"), "two-replicas");
  private final String testUrl = System.getProperty("test.jdbc.url", "");
  private final boolean postgres = testUrl.startsWith("jdbc:postgresql:");

  @Test
  void oneImportForTwoReplicasAndBothServeTheNewVersion() throws Exception {
    ServiceProcess.deleteTree(work);
    Files.createDirectories(work);
    Path jar = Path.of(System.getProperty("quarkus.app.jar", "target/quarkus-app/quarkus-run.jar"));
    assertThat(jar).as("the packaged service (mvn package)").exists();

    Map<String, String> first = properties("a");
    first.put("quarkus.flyway.clean-at-start", "true");
    first.put("quarkus.flyway.clean-disabled", "false");
    try (ServiceProcess a = ServiceProcess.start(jar, first, work.resolve("a.log"))) {
      a.awaitReady(START);
      long before = activeVersion(a, UN);
      try (ServiceProcess b = ServiceProcess.start(jar, properties("b"), work.resolve("b.log"))) {
        b.awaitReady(START);
        // The second replica found the bundled lists imported and built its index from them.
        assertThat(activeVersion(b, UN)).isEqualTo(before);
        assertThat(versionsOf(UN)).isEqualTo(1);

        byte[] un2025 = resource("lists/un/un_consolidated_2025-04-19.xml.gz");
        CompletableFuture<HttpResponse<String>> toA = upload(a, un2025);
        CompletableFuture<HttpResponse<String>> toB = upload(b, un2025);
        List<Integer> statuses = new ArrayList<>();
        List<Boolean> created = new ArrayList<>();
        List<Long> versions = new ArrayList<>();
        for (HttpResponse<String> r : List.of(toA.get(), toB.get())) {
          statuses.add(r.statusCode());
          JsonNode body = JSON.readTree(r.body());
          created.add(body.get("created").asBoolean());
          versions.add(body.get("version").asLong());
        }
        // One stored the version, the other waited for the lock and found it there.
        assertThat(statuses).containsExactlyInAnyOrder(201, 200);
        assertThat(created).containsExactlyInAnyOrder(true, false);
        assertThat(versions.get(0)).isEqualTo(versions.get(1)).isNotEqualTo(before);
        long after = versions.get(0);
        assertThat(versionsOf(UN)).isEqualTo(2);

        // Both replicas screen against the new version: the importer at once, the other after
        // its next poll of the database (every 2 s here).
        for (ServiceProcess replica : List.of(a, b)) {
          Poll.until(
              Duration.ofMinutes(2),
              "a replica to serve un-sc version " + after,
              () -> screenedVersion(replica, UN) == after ? true : null);
        }
        // The 2025 list still holds Eric Badege; both replicas find him in the new version.
        for (ServiceProcess replica : List.of(a, b)) {
          JsonNode r = screen(replica, "Eric Badege");
          assertThat(r.get("hits").get(0).get("entityId").asText()).isEqualTo("un-sc:CDi.001");
        }
      }
    }
  }

  /** A replica's settings: loopback, its own data directory, the shared database. */
  private Map<String, String> properties(String replica) {
    Map<String, String> p =
        ServiceProcess.testProperties(work.resolve(replica), serviceUrl(), user());
    p.put("screening.lists.bundled", "us-ofac-cons," + UN);
    p.put("screening.index.poll-interval", "2s");
    return p;
  }

  /** H2: one file database that both processes (and the test) open in mixed mode. */
  private String serviceUrl() {
    if (postgres) {
      return testUrl;
    }
    return "jdbc:h2:file:" + work.resolve("db/screening").toAbsolutePath() + ";AUTO_SERVER=TRUE";
  }

  private String user() {
    return System.getProperty("test.jdbc.username", postgres ? "postgres" : "sa");
  }

  private long versionsOf(String source) throws SQLException {
    try (Connection c = DriverManager.getConnection(serviceUrl(), user(), "");
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select count(*) from list_version where source_id = '" + source + "'")) {
      assertThat(r.next()).isTrue();
      return r.getLong(1);
    }
  }

  private static CompletableFuture<HttpResponse<String>> upload(ServiceProcess s, byte[] file) {
    return s.postFileAsync(
        "/api/v1/lists/" + UN + "/import",
        file,
        AuthenticatedByDefault.ADMIN,
        AuthenticatedByDefault.ADMIN_SECRET);
  }

  private static long activeVersion(ServiceProcess s, String source) throws IOException {
    HttpResponse<String> r =
        s.get("/api/v1/lists", AuthenticatedByDefault.ADMIN, AuthenticatedByDefault.ADMIN_SECRET);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    for (JsonNode l : JSON.readTree(r.body())) {
      if (source.equals(l.get("source").asText())) {
        return l.get("version").asLong();
      }
    }
    throw new AssertionError("no list info for " + source + ": " + r.body());
  }

  private static JsonNode screen(ServiceProcess s, String name) throws IOException {
    HttpResponse<String> r =
        s.postJson(
            "/api/v1/screen",
            JSON.createObjectNode().put("name", name).toString(),
            AuthenticatedByDefault.ADMIN,
            AuthenticatedByDefault.ADMIN_SECRET);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  /** The version of a source a screening on this replica was computed against. */
  private static long screenedVersion(ServiceProcess s, String source) {
    try {
      for (JsonNode v : screen(s, "SenseTime Group Ltd").get("listVersions")) {
        if (source.equals(v.get("source").asText())) {
          return v.get("version").asLong();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no " + source + " among the screened list versions");
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = TwoReplicasIT.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      return in.readAllBytes();
    }
  }
}
