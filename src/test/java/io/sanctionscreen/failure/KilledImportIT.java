package io.sanctionscreen.failure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sanctionscreen.testsupport.AuthenticatedByDefault;
import io.sanctionscreen.testsupport.Poll;
import io.sanctionscreen.testsupport.ServiceProcess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The packaged service is killed (SIGKILL) in the middle of a large import, then started again: the
 * database holds the version that was active before, whole, and nothing of the killed import (no
 * IMPORTING version, no entries of it, no lock left held); the index is rebuilt from the database,
 * not taken from the files the killed process left; screening answers from the previous version;
 * and the next import takes the lock and runs.
 *
 * <p>Runs in {@code verify} (failsafe) against {@code target/quarkus-app}: on an H2 file database
 * by default, on the PostgreSQL test database with {@code -Ppostgresql}.
 */
class KilledImportIT {

  private static final String SDN = "us-ofac-sdn";
  private static final int SDN_ENTRIES = 14965;
  private static final Duration START = Duration.ofMinutes(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path work =
      Path.of(System.getProperty("it.work.dir", "target/it"), "killed-import");
  private final String testUrl = System.getProperty("test.jdbc.url", "");
  private final boolean postgres = testUrl.startsWith("jdbc:postgresql:");

  @Test
  void aServiceKilledMidImportRestartsOnThePreviousCompleteVersion() throws Exception {
    ServiceProcess.deleteTree(work);
    Files.createDirectories(work);
    Path dataDir = work.resolve("data");
    Path jar = Path.of(System.getProperty("quarkus.app.jar", "target/quarkus-app/quarkus-run.jar"));
    assertThat(jar).as("the packaged service (mvn package)").exists();

    // First run: a fresh database, the bundled SDN list loaded (version 1, complete).
    Map<String, String> first = properties(dataDir);
    first.put("quarkus.flyway.clean-at-start", "true");
    first.put("quarkus.flyway.clean-disabled", "false");
    long active;
    Set<Path> generationsBefore;
    try (ServiceProcess service = ServiceProcess.start(jar, first, work.resolve("first.log"))) {
      service.awaitReady(START);
      JsonNode sdn = listInfo(service, SDN);
      active = sdn.get("version").asLong();
      assertThat(sdn.get("entryCount").asInt()).isEqualTo(SDN_ENTRIES);
      generationsBefore = generations(dataDir);
      assertThat(generationsBefore).as("index generations on disk").isNotEmpty();

      // A new SDN version (one entry more), killed while its entries are being written.
      long idsBefore = entryIdsHandedOut();
      CompletableFuture<HttpResponse<String>> upload =
          service.postFileAsync(
              "/api/v1/lists/" + SDN + "/import",
              sdnZipWithOneMoreEntry(),
              AuthenticatedByDefault.ADMIN,
              AuthenticatedByDefault.ADMIN_SECRET);
      // Entry ids come from a sequence, outside the import's transaction: once a thousand more
      // are handed out, the import has written entries it has not committed.
      Poll.until(
          START,
          "the import to be writing entries",
          () -> {
            assertThat(upload)
                .as("the import was still running when the service was killed")
                .isNotDone();
            return entryIdsHandedOut() >= idsBefore + 1000 ? true : null;
          });
      service.kill();
      assertThat(upload)
          .as("the killed import never answered")
          .failsWithin(Duration.ofMinutes(1))
          .withThrowableOfType(ExecutionException.class);
    }

    // The database as the killed process left it: the previous version only, whole.
    try (Connection c = connect()) {
      assertThat(query(c, "select count(*) from list_version")).isEqualTo(1);
      assertThat(query(c, "select count(*) from list_version where status = 'IMPORTING'")).isZero();
      assertThat(
              query(
                  c,
                  "select count(*) from list_version where status = 'ACTIVE' and id = " + active))
          .isEqualTo(1);
      assertThat(query(c, "select count(*) from list_entry")).isEqualTo(SDN_ENTRIES);
      assertThat(query(c, "select count(*) from list_entry where version_id <> " + active))
          .isZero();
      assertThat(
              query(
                  c,
                  "select count(*) from entry_name n where not exists"
                      + " (select 1 from list_entry e where e.id = n.entry_id)"))
          .isZero();
      assertThat(query(c, "select count(*) from list_entry where entity_id = 'us-ofac-sdn:99999'"))
          .isZero();
    }

    // Second run on the same database and data directory.
    try (ServiceProcess service =
        ServiceProcess.start(jar, properties(dataDir), work.resolve("second.log"))) {
      service.awaitReady(START);
      JsonNode sdn = listInfo(service, SDN);
      assertThat(sdn.get("version").asLong()).isEqualTo(active);
      assertThat(sdn.get("entryCount").asInt()).isEqualTo(SDN_ENTRIES);
      // The index the first run stored was built from the version still active: it is reused,
      // not rebuilt (the killed import committed nothing, so it left no generation either).
      Set<Path> generationsAfter = generations(dataDir);
      assertThat(generationsAfter).isNotEmpty().isEqualTo(generationsBefore);
      assertThat(Files.readString(work.resolve("second.log")))
          .contains("Index generation reused from");
      JsonNode ready = JSON.readTree(service.get("/q/health/ready").body());
      JsonNode index =
          List.copyOf(ready.findParents("name")).stream()
              .filter(n -> "name-index".equals(n.get("name").asText()))
              .findFirst()
              .orElseThrow();
      assertThat(index.get("data").get("entries").asInt()).isEqualTo(SDN_ENTRIES);
      assertThat(index.get("data").get(SDN).asText()).startsWith("version " + active + ",");

      JsonNode screened =
          JSON.readTree(
              service
                  .postJson(
                      "/api/v1/screen",
                      "{\"name\":\"Aerocaribbean Airlines\"}",
                      AuthenticatedByDefault.ADMIN,
                      AuthenticatedByDefault.ADMIN_SECRET)
                  .body());
      assertThat(screened.get("hits").get(0).get("entityId").asText()).isEqualTo("us-ofac-sdn:36");
      assertThat(screened.get("listVersions").get(0).get("version").asLong()).isEqualTo(active);
      JsonNode ghost =
          JSON.readTree(
              service
                  .postJson(
                      "/api/v1/screen",
                      "{\"name\":\"Killed Import Test Holdings\"}",
                      AuthenticatedByDefault.ADMIN,
                      AuthenticatedByDefault.ADMIN_SECRET)
                  .body());
      assertThat(ghost.get("hits")).isEmpty();

      // No lock outlived the killed process: the same import now runs to its end.
      HttpResponse<String> again =
          service
              .postFileAsync(
                  "/api/v1/lists/" + SDN + "/import",
                  sdnZipWithOneMoreEntry(),
                  AuthenticatedByDefault.ADMIN,
                  AuthenticatedByDefault.ADMIN_SECRET)
              .get();
      assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
      JsonNode imported = JSON.readTree(again.body());
      assertThat(imported.get("previousVersion").asLong()).isEqualTo(active);
      assertThat(imported.get("added").asInt()).isEqualTo(1);
      assertThat(imported.get("entryCount").asInt()).isEqualTo(SDN_ENTRIES + 1);
    }
  }

  /** The service's settings: loopback, this data directory, only SDN bundled, a test admin. */
  private Map<String, String> properties(Path dataDir) {
    Map<String, String> p = ServiceProcess.testProperties(dataDir, serviceUrl(dataDir), user());
    p.put("screening.lists.bundled", SDN);
    return p;
  }

  /** H2: a file database the test can open while the service runs (AUTO_SERVER). */
  private String serviceUrl(Path dataDir) {
    if (postgres) {
      return testUrl;
    }
    return "jdbc:h2:file:" + dataDir.resolve("db/screening").toAbsolutePath() + ";AUTO_SERVER=TRUE";
  }

  private String user() {
    return System.getProperty("test.jdbc.username", postgres ? "postgres" : "sa");
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(serviceUrl(work.resolve("data")), user(), "");
  }

  /** How far the entry id sequence has gone (ids handed out, committed or not). */
  private long entryIdsHandedOut() {
    try (Connection c = connect()) {
      return query(
          c,
          postgres
              ? "select last_value from list_entry_seq"
              : "select base_value from information_schema.sequences"
                  + " where sequence_name = 'LIST_ENTRY_SEQ'");
    } catch (SQLException e) {
      throw new IllegalStateException("the entry sequence cannot be read", e);
    }
  }

  private static long query(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      assertThat(r.next()).as(sql).isTrue();
      return r.getLong(1);
    }
  }

  private static JsonNode listInfo(ServiceProcess service, String source) throws IOException {
    HttpResponse<String> r =
        service.get(
            "/api/v1/lists", AuthenticatedByDefault.ADMIN, AuthenticatedByDefault.ADMIN_SECRET);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    for (JsonNode l : JSON.readTree(r.body())) {
      if (source.equals(l.get("source").asText())) {
        return l;
      }
    }
    throw new AssertionError("no list info for " + source + ": " + r.body());
  }

  /** The index generation directories on disk. */
  private static Set<Path> generations(Path dataDir) throws IOException {
    Path index = dataDir.resolve("index");
    if (!Files.isDirectory(index)) {
      return Set.of();
    }
    try (Stream<Path> s = Files.list(index)) {
      return s.map(Path::getFileName).collect(Collectors.toSet());
    }
  }

  /**
   * The bundled SDN CSV set as a ZIP upload, with one entry more than the bundled snapshot: a new
   * version that adds one entry.
   */
  private static byte[] sdnZipWithOneMoreEntry() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String part : List.of("sdn", "alt", "add")) {
        byte[] csv = gunzip("lists/us-ofac-sdn/" + part + ".csv.gz");
        zip.putNextEntry(new ZipEntry(part + ".csv"));
        // OFAC's files end with a DOS end-of-file mark (0x1A) after the last line.
        int end = csv.length > 0 && csv[csv.length - 1] == 0x1a ? csv.length - 1 : csv.length;
        zip.write(csv, 0, end);
        if (part.equals("sdn")) {
          zip.write(
              ("99999,\"KILLED IMPORT TEST HOLDINGS\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,"
                      + "-0- ,-0- ,-0- \r\n")
                  .getBytes(StandardCharsets.UTF_8));
        }
        zip.write(csv, end, csv.length - end);
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] gunzip(String resource) throws IOException {
    try (InputStream in = KilledImportIT.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource);
      }
      try (InputStream unzipped = new GZIPInputStream(in)) {
        return unzipped.readAllBytes();
      }
    }
  }
}
