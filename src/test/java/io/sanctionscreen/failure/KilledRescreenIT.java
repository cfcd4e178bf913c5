package io.sanctionscreen.failure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sanctionscreen.testsupport.AuthenticatedByDefault;
import io.sanctionscreen.testsupport.Poll;
import io.sanctionscreen.testsupport.ServiceProcess;
import java.io.IOException;
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
import org.junit.jupiter.api.Test;

/**
 * The packaged service is killed (SIGKILL) in the middle of a full re-screen of a watchlist, then
 * started again on the same database: the job, left RUNNING with its cursor and a lease that runs
 * out, is resumed by the new process and finishes with every party screened; every alert the
 * re-screen should raise is stored, each (party, entry, entry content) once; a second full
 * re-screen raises nothing (none was lost: it would raise it).
 *
 * <p>Runs in {@code verify} (failsafe) against {@code target/quarkus-app}: on an H2 file database
 * by default, on the PostgreSQL test database with {@code -Ppostgresql}.
 */
class KilledRescreenIT {

  private static final Duration START = Duration.ofMinutes(5);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WATCHLIST = "killed-rescreen";
  private static final int PARTIES = 3000;
  private static final String[] NEAR = {
    "Sensetime Group Limited", "SenseTime Grp Ltd", "Sense Time Group", "SenseTime Grup Ltd"
  };
  private static final String ADMIN = AuthenticatedByDefault.ADMIN;
  private static final String SECRET = AuthenticatedByDefault.ADMIN_SECRET;

  private final Path work =
      Path.of(System.getProperty("it.work.dir", "target/it"), "killed-rescreen");
  private final String testUrl = System.getProperty("test.jdbc.url", "");
  private final boolean postgres = testUrl.startsWith("jdbc:postgresql:");

  @Test
  void aReplicaKilledMidRescreenLeavesItToBeResumedWithNoAlertLostOrDoubled() throws Exception {
    ServiceProcess.deleteTree(work);
    Files.createDirectories(work);
    Path dataDir = work.resolve("data");
    Path jar = Path.of(System.getProperty("quarkus.app.jar", "target/quarkus-app/quarkus-run.jar"));
    assertThat(jar).as("the packaged service (mvn package)").exists();

    Map<String, String> first = properties(dataDir);
    first.put("quarkus.flyway.clean-at-start", "true");
    first.put("quarkus.flyway.clean-disabled", "false");
    long job;
    long doneWhenKilled;
    int before;
    try (ServiceProcess service = ServiceProcess.start(jar, first, work.resolve("first.log"))) {
      service.awaitReady(START);
      // Stored at a threshold only near-exact names reach; the re-screen runs at a lower one and
      // raises the others itself.
      putWatchlist(service, 0.99);
      List<String> parties = new ArrayList<>();
      for (int i = 0; i < PARTIES; i++) {
        String name =
            i % 500 == 7
                ? NEAR[(i / 500) % NEAR.length]
                : "Quellmark Ostravin Trading " + Integer.toString(i, 36);
        parties.add(
            "{\"reference\":\"k-" + i + "\",\"name\":\"" + name + "\",\"type\":\"organization\"}");
      }
      HttpResponse<String> added =
          service.postJson(
              "/api/v1/watchlists/" + WATCHLIST + "/parties",
              "{\"parties\":[" + String.join(",", parties) + "]}",
              ADMIN,
              SECRET);
      assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
      before = JSON.readTree(added.body()).get("alerts").size();
      putWatchlist(service, 0.7);

      HttpResponse<String> requested =
          service.postJson("/api/v1/watchlists/" + WATCHLIST + "/rescreen", "{}", ADMIN, SECRET);
      assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
      job = JSON.readTree(requested.body()).get("id").asLong();
      // Killed once some chunks are stored, well before the end.
      doneWhenKilled =
          Poll.until(
              START,
              "the re-screen to be under way",
              () -> {
                JsonNode j = rescreen(service, job);
                assertThat(j.get("status").asText()).isIn("QUEUED", "RUNNING");
                long done = j.get("done").asLong();
                return done > 0 ? done : null;
              });
      service.kill();
    }
    assertThat(doneWhenKilled).isLessThan(PARTIES);

    // As the killed process left it: unfinished. H2 writes its file in the background (every
    // half second by default), so a SIGKILL loses the last commits: the file may hold the job as
    // RUNNING with part done and the dead process's lease, or still QUEUED from before its first
    // chunk. Either way the alerts of a lost chunk went with it (one transaction), so the resumed
    // job raises them again exactly once.
    try (Connection c = connect()) {
      String status = text(c, "select status from rescreen_job where id = " + job);
      assertThat(status).isIn("QUEUED", "RUNNING");
      assertThat(number(c, "select done from rescreen_job where id = " + job))
          .isBetween(0L, (long) PARTIES - 1);
      if (status.equals("RUNNING")) {
        assertThat(text(c, "select lease_owner from rescreen_job where id = " + job)).isNotNull();
      }
    }

    try (ServiceProcess service =
        ServiceProcess.start(jar, properties(dataDir), work.resolve("second.log"))) {
      service.awaitReady(START);
      JsonNode j =
          Poll.until(
              START,
              "the re-screen to be resumed and finished",
              () -> {
                JsonNode r = rescreen(service, job);
                assertThat(r.get("status").asText()).isIn("QUEUED", "RUNNING", "DONE");
                return "DONE".equals(r.get("status").asText()) ? r : null;
              });
      assertThat(j.get("total").asLong()).isEqualTo(PARTIES);
      assertThat(j.get("done").asLong()).isEqualTo(PARTIES);
      long raised = j.get("alertsRaised").asLong();
      assertThat(raised).isPositive();
      assertThat(Files.readString(service.log())).contains("Re-screen " + job + " taken by");

      try (Connection c = connect()) {
        // Each (party, entry) once, and every alert the job counted is stored beside those the
        // adding raised.
        assertThat(number(c, "select count(*) from alert where watchlist = '" + WATCHLIST + "'"))
            .isEqualTo(before + raised)
            .isEqualTo(
                number(
                    c,
                    "select count(*) from (select distinct party_reference, entity_id from alert"
                        + " where watchlist = '"
                        + WATCHLIST
                        + "') d"));
        // Every near-SenseTime party alerted.
        for (int i = 7; i < PARTIES; i += 500) {
          assertThat(
                  number(
                      c,
                      "select count(*) from alert where watchlist = '"
                          + WATCHLIST
                          + "' and party_reference = 'k-"
                          + i
                          + "'"))
              .as("alerts of the near-SenseTime party k-%d", i)
              .isPositive();
        }
      }

      // Nothing was lost: a second full re-screen finds nothing new to raise.
      HttpResponse<String> again =
          service.postJson("/api/v1/watchlists/" + WATCHLIST + "/rescreen", "{}", ADMIN, SECRET);
      assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
      long second = JSON.readTree(again.body()).get("id").asLong();
      JsonNode s =
          Poll.until(
              START,
              "the second re-screen to finish",
              () -> {
                JsonNode r = rescreen(service, second);
                return "DONE".equals(r.get("status").asText()) ? r : null;
              });
      assertThat(s.get("done").asLong()).isEqualTo(PARTIES);
      assertThat(s.get("alertsRaised").asLong()).isZero();
    }
  }

  private static void putWatchlist(ServiceProcess service, double threshold) {
    HttpResponse<String> r =
        service.putJson(
            "/api/v1/watchlists/" + WATCHLIST,
            "{\"description\":\"killed re-screen\",\"purpose\":\"INVESTMENT\",\"threshold\":"
                + threshold
                + "}",
            ADMIN,
            SECRET);
    assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
  }

  private static JsonNode rescreen(ServiceProcess service, long id) {
    HttpResponse<String> r = service.get("/api/v1/rescreens/" + id, ADMIN, SECRET);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError(r.body(), e);
    }
  }

  /**
   * The service's settings: loopback, this data directory, only the consolidated OFAC list bundled
   * (SenseTime is on it), small chunks and a short lease so that the kill falls mid-job and the
   * resume comes soon.
   */
  private Map<String, String> properties(Path dataDir) {
    Map<String, String> p = ServiceProcess.testProperties(dataDir, serviceUrl(dataDir), user());
    p.put("screening.lists.bundled", "us-ofac-cons");
    p.put("screening.monitoring.rescreen-chunk", "50");
    p.put("screening.monitoring.rescreen-lease", "5s");
    p.put("screening.monitoring.rescreen-poll", "1s");
    return p;
  }

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

  private static long number(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      assertThat(r.next()).as(sql).isTrue();
      return r.getLong(1);
    }
  }

  private static String text(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      assertThat(r.next()).as(sql).isTrue();
      return r.getString(1);
    }
  }
}
