package io.sanctionscreen.failure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.sanctionscreen.index.IndexGeneration;
import io.sanctionscreen.index.IndexService;
import io.sanctionscreen.testsupport.Poll;
import io.sanctionscreen.testsupport.ProxiedDatabase;
import io.sanctionscreen.testsupport.ProxiedDatabaseProfile;
import io.sanctionscreen.testsupport.TestLists;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * An importing process dies mid-import: another process (a raw JDBC connection through a proxy of
 * its own) takes the import lock, writes a version row and entries the way an import does, and then
 * loses its connection without committing, as a killed process does. The database must hold the
 * previous version only, with no IMPORTING row, no orphan entry and no stale lock; the index must
 * not change; and the next import must go through.
 */
@QuarkusTest
@TestProfile(ProxiedDatabaseProfile.class)
class InterruptedImportTest {

  private static final String SOURCE = "un-sc";
  private static final String GHOST_NAME = "Quaxilor Interrupted Holdings";
  private static final int GHOST_ENTRIES = 600;

  @Inject AgroalDataSource dataSource;
  @Inject IndexService index;

  @Test
  void aKilledImportLeavesThePreviousVersionServingAndNoLock() throws Exception {
    Map<String, Object> before = TestLists.info(SOURCE);
    long versions = TestLists.versionCount(SOURCE);
    List<IndexGeneration.SourceVersion> served = servedVersions();
    long ghostVersion = scalar("select coalesce(max(id), 0) + 1000000 from list_version");
    long ghostEntry = scalar("select coalesce(max(id), 0) + 1000000 from list_entry");

    try (ProxiedDatabase.PrivateLine line = ProxiedDatabase.privateLine()) {
      Connection importer = connect(line.jdbcUrl());
      importer.setAutoCommit(false);
      try (Statement s = importer.createStatement();
          ResultSet r =
              s.executeQuery(
                  "select name from list_import_lock where name = 'import' for update")) {
        assertThat(r.next()).isTrue();
      }
      writeVersion(importer, ghostVersion);
      writeEntries(importer, ghostVersion, ghostEntry);
      // The importer sees its own writes; nobody else does, and nothing is committed.
      try (PreparedStatement ps =
          importer.prepareStatement("select count(*) from list_entry where version_id = ?")) {
        ps.setLong(1, ghostVersion);
        try (ResultSet r = ps.executeQuery()) {
          r.next();
          assertThat(r.getLong(1)).isEqualTo(GHOST_ENTRIES);
        }
      }

      // The process dies: its connection drops mid-transaction, no commit, no rollback sent.
      line.proxy().cut();
      try {
        importer.close();
      } catch (SQLException e) {
        // The connection is gone; closing it only releases the driver's side.
      }
    }

    // The lock is free again once the database has noticed the dead connection: an import takes
    // it and completes (identical content: no new version). A stale lock would keep answering 409.
    Response unchanged =
        Poll.until(
            Duration.ofSeconds(30),
            "the import lock to be released",
            () -> {
              Response r = TestLists.upload(SOURCE, TestLists.un2026(), Map.of());
              assertThat(r.statusCode()).as("import status").isIn(200, 409);
              return r.statusCode() == 200 ? r : null;
            });
    unchanged
        .then()
        .body("created", equalTo(false))
        .body("version", equalTo(((Number) before.get("version")).intValue()));

    // Nothing of the dead import is left.
    assertThat(count("select count(*) from list_version where id = " + ghostVersion)).isZero();
    assertThat(count("select count(*) from list_version where status = 'IMPORTING'")).isZero();
    assertThat(count("select count(*) from list_entry where version_id = " + ghostVersion))
        .isZero();
    assertThat(count("select count(*) from list_entry where entity_id like 'un-sc:GHOST-%'"))
        .isZero();
    assertThat(
            count(
                "select count(*) from entry_name n where not exists"
                    + " (select 1 from list_entry e where e.id = n.entry_id)"))
        .isZero();
    assertThat(
            count(
                "select count(*) from list_entry e where not exists"
                    + " (select 1 from list_version v where v.id = e.version_id)"))
        .isZero();
    assertThat(count("select count(*) from list_version where source_id = 'un-sc'"))
        .isEqualTo(versions);
    Map<String, Object> after = TestLists.info(SOURCE);
    assertThat(after.get("version")).isEqualTo(before.get("version"));
    assertThat(after.get("contentHash")).isEqualTo(before.get("contentHash"));

    // The index has nothing to rebuild and serves what it served.
    assertThat(index.rebuildIfStale()).isFalse();
    assertThat(servedVersions()).isEqualTo(served);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("name", GHOST_NAME))
        .when()
        .post("/api/v1/screen")
        .then()
        .statusCode(200)
        .body("outcome", equalTo("CLEAR"))
        .body("hits.size()", equalTo(0));

    // And a real new version still imports (then the bundled content is put back).
    long older =
        TestLists.upload(SOURCE, TestLists.un2025(), Map.of("force", "true"))
            .then()
            .statusCode(201)
            .body("created", equalTo(true))
            .extract()
            .jsonPath()
            .getLong("version");
    Poll.until(
        Duration.ofSeconds(30),
        "the index to serve the new version",
        () -> servedVersions().stream().anyMatch(v -> v.versionId() == older) ? true : null);
    TestLists.upload(SOURCE, TestLists.un2026(), Map.of()).then().statusCode(201);
  }

  private List<IndexGeneration.SourceVersion> servedVersions() {
    return index.current().orElseThrow().versions();
  }

  private static Connection connect(String url) throws SQLException {
    String user =
        ConfigProvider.getConfig()
            .getOptionalValue("quarkus.datasource.username", String.class)
            .orElse("sa");
    String password =
        ConfigProvider.getConfig()
            .getOptionalValue("quarkus.datasource.password", String.class)
            .orElse("");
    return DriverManager.getConnection(url, user, password);
  }

  private static void writeVersion(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into list_version (id, source_id, list_date, content_hash, entry_count,"
                + " name_count, imported_at, imported_by, origin, status)"
                + " values (?, 'un-sc', ?, ?, ?, ?, ?, 'test:killed', 'upload', 'IMPORTING')")) {
      ps.setLong(1, id);
      ps.setObject(2, LocalDate.of(2026, 3, 1));
      ps.setString(3, "0".repeat(64));
      ps.setInt(4, GHOST_ENTRIES);
      ps.setInt(5, GHOST_ENTRIES);
      ps.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
      ps.executeUpdate();
    }
  }

  private static void writeEntries(Connection c, long versionId, long firstId) throws SQLException {
    try (PreparedStatement entry =
            c.prepareStatement(
                "insert into list_entry (id, version_id, entity_id, source_ref, entry_type,"
                    + " primary_name, content_hash) values (?, ?, ?, ?, 'ORGANIZATION', ?, ?)");
        PreparedStatement name =
            c.prepareStatement(
                "insert into entry_name (entry_id, position, name, name_kind, weak)"
                    + " values (?, 0, ?, 'PRIMARY', false)")) {
      for (int i = 0; i < GHOST_ENTRIES; i++) {
        long id = firstId + i;
        String ref = "GHOST-" + i;
        entry.setLong(1, id);
        entry.setLong(2, versionId);
        entry.setString(3, "un-sc:" + ref);
        entry.setString(4, ref);
        entry.setString(5, GHOST_NAME + " " + i);
        entry.setString(6, "0".repeat(64));
        entry.addBatch();
        name.setLong(1, id);
        name.setString(2, GHOST_NAME + " " + i);
        name.addBatch();
      }
      entry.executeBatch();
      name.executeBatch();
    }
  }

  private long scalar(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private long count(String sql) throws SQLException {
    return scalar(sql);
  }
}
