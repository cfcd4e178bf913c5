package io.sanctionscreen.lists;

import static io.sanctionscreen.lists.ListApi.hits;
import static io.sanctionscreen.lists.ListApi.info;
import static io.sanctionscreen.lists.ListApi.refresh;
import static io.sanctionscreen.lists.ListApi.un2026;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sanctionscreen.lists.importing.ListRefreshService;
import io.sanctionscreen.web.Problem;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Refresh from a download address: un-sc downloads from the test's HTTP server, gb-ofsi from a
 * closed port. A refresh that cannot reach its address, gets an HTTP error or a file it refuses
 * leaves the version in use serving and records why, in the list info.
 */
@QuarkusTest
@WithTestResource(value = ListServer.class, scope = TestResourceScope.GLOBAL)
class ListRefreshTest {

  @Inject ListRefreshService refreshes;

  @Test
  void unchangedContentIsConfirmed() {
    Map<String, Object> before = info("un-sc");
    ListServer.serve(un2026());

    refresh("un-sc")
        .statusCode(200)
        .body("created", equalTo(false))
        .body("version", equalTo(((Number) before.get("version")).intValue()))
        .body("entryCount", equalTo(1003));

    Map<String, Object> after = info("un-sc");
    assertThat(after.get("version")).isEqualTo(before.get("version"));
    Map<String, Object> refresh = refreshOf(after);
    assertThat(refresh.get("outcome")).isEqualTo("UNCHANGED");
    assertThat(refresh.get("error")).isNull();
    assertThat(refresh.get("lastSuccessAt")).isNotNull();
  }

  @Test
  void unreachableAddressFailsCleanly() {
    Map<String, Object> before = info("gb-ofsi");

    refresh("gb-ofsi")
        .statusCode(502)
        .contentType(Problem.MEDIA_TYPE)
        .body("type", equalTo("urn:sanctionscreen:problem:download-failed"))
        .body("detail", startsWith("GET " + ofsiUrl() + ": cannot connect"));

    Map<String, Object> after = info("gb-ofsi");
    assertThat(after.get("version")).isEqualTo(before.get("version"));
    assertThat(after.get("entryCount")).isEqualTo(4686);
    assertThat(after.get("contentHash")).isEqualTo(before.get("contentHash"));
    Map<String, Object> refresh = refreshOf(after);
    assertThat(refresh.get("outcome")).isEqualTo("FAILED");
    assertThat((String) refresh.get("error")).startsWith("GET " + ofsiUrl() + ": cannot connect");
    // OFSI Group ID 16390, an entity of the bundled list (Russia regime).
    assertThat(hits("Cozum Yazilim Donanim Elektronik")).contains("gb-ofsi:16390");
  }

  @Test
  void httpErrorFailsCleanly() {
    Map<String, Object> before = info("un-sc");
    ListServer.fail(503);

    refresh("un-sc")
        .statusCode(502)
        .body("type", equalTo("urn:sanctionscreen:problem:download-failed"))
        .body("detail", equalTo("GET " + unUrl() + " answered HTTP 503; nothing was imported"));

    Map<String, Object> after = info("un-sc");
    assertThat(after.get("version")).isEqualTo(before.get("version"));
    assertThat(refreshOf(after).get("outcome")).isEqualTo("FAILED");
    assertThat(refreshOf(after).get("error"))
        .isEqualTo("GET " + unUrl() + " answered HTTP 503; nothing was imported");
  }

  private static final String HTML_REFUSED =
      "un-sc: the file cannot be imported as un-xml (UN SC consolidated list XML: wrong format:"
          + " the root element is <html>, expected <CONSOLIDATED_LIST> (line 1, column 7))."
          + " Nothing was imported; the version in use keeps serving.";

  @Test
  void refusedFileIsRecorded() {
    Map<String, Object> before = info("un-sc");
    ListServer.serve(
        "<html><body>Service unavailable</body></html>".getBytes(StandardCharsets.UTF_8));

    refresh("un-sc")
        .statusCode(422)
        .body("type", equalTo("urn:sanctionscreen:problem:list-rejected"))
        .body("detail", equalTo(HTML_REFUSED));

    Map<String, Object> after = info("un-sc");
    assertThat(after.get("version")).isEqualTo(before.get("version"));
    assertThat(refreshOf(after).get("outcome")).isEqualTo("REJECTED");
    assertThat(refreshOf(after).get("error")).isEqualTo(HTML_REFUSED);
    assertThat(hits("Eric Badege")).contains("un-sc:CDi.001");
  }

  @Test
  void sourceWithoutAddressIsNotConfigured() {
    // %test disables the official addresses; eu-fsf would need a token anyway. The bundled derived
    // snapshot keeps serving.
    Object served = info("eu-fsf").get("version");
    assertThat(served).isNotNull();
    refresh("eu-fsf")
        .statusCode(409)
        .body("type", equalTo("urn:sanctionscreen:problem:refresh-not-configured"))
        .body(
            "detail",
            equalTo(
                "eu-fsf has no configured download address and official addresses are disabled"
                    + " (screening.lists.refresh.official-urls=false): set"
                    + " screening.lists.sources.\"eu-fsf\".url"));
    Map<String, Object> eu = info("eu-fsf");
    assertThat(eu.get("version")).isEqualTo(served);
    assertThat(refreshOf(eu).get("outcome")).isEqualTo("NOT_CONFIGURED");
  }

  @Test
  void scheduledRefreshRunsOnceAcrossChecks() {
    // %test refreshes un-sc on schedule; the scheduler itself is off, the test runs a check.
    ListServer.serve(un2026());
    refreshes.refreshDue();
    Object attempt = refreshOf(info("un-sc")).get("lastAttemptAt");
    int requests = ListServer.requests();

    // A second check (another replica, or this one later) within the interval does nothing.
    assertThat(refreshes.refreshDue()).isZero();
    assertThat(ListServer.requests()).isEqualTo(requests);
    assertThat(refreshOf(info("un-sc")).get("lastAttemptAt")).isEqualTo(attempt);
  }

  @Test
  void aRedirectToAnInternalServiceIsRefusedBeforeConnecting() {
    Map<String, Object> before = info("un-sc");
    int internal = ListServer.internalRequests();
    ListServer.redirect(ListServer.internalUrl());

    String expected =
        "GET "
            + unUrl()
            + " redirected to "
            + ListServer.internalUrl()
            + ", which is refused: 127.0.0.1 is a loopback address (127.0.0.1); only a source"
            + " allowed it in screening.lists.sources.\"un-sc\".allow-private-hosts may download"
            + " from it. Nothing was imported.";
    refresh("un-sc")
        .statusCode(502)
        .contentType(Problem.MEDIA_TYPE)
        .body("type", equalTo("urn:sanctionscreen:problem:download-redirect-refused"))
        .body("detail", equalTo(expected));

    assertThat(ListServer.internalRequests()).isEqualTo(internal);
    Map<String, Object> after = info("un-sc");
    assertThat(after.get("version")).isEqualTo(before.get("version"));
    assertThat(refreshOf(after).get("outcome")).isEqualTo("FAILED");
    assertThat(refreshOf(after).get("error")).isEqualTo(expected);
    assertReadinessShowsNoDetail();
  }

  @Test
  void aRedirectToTheCloudMetadataAddressIsRefused() {
    ListServer.redirect("http://169.254.169.254/latest/meta-data/iam/security-credentials/");

    refresh("un-sc")
        .statusCode(502)
        .body("type", equalTo("urn:sanctionscreen:problem:download-redirect-refused"))
        .body(
            "detail",
            containsString(
                "which is refused: 169.254.169.254 is a link-local address (169.254.169.254)"));
  }

  @Test
  void redirectsToPrivateAddressesOfEveryKindAreRefused() {
    for (String target :
        new String[] {
          "http://10.0.0.1/list.xml",
          "http://192.168.1.1/list.xml",
          "http://172.16.0.1/list.xml",
          "http://[::1]:8080/list.xml",
          "http://[fd00::1]/list.xml",
          "http://224.0.0.1/list.xml",
          "http://0.0.0.0:8080/list.xml",
          "http://100.64.0.1/list.xml",
          "http://localhost:8080/list.xml",
          "file:///etc/passwd"
        }) {
      ListServer.redirect(target);
      refresh("un-sc")
          .statusCode(502)
          .body("type", equalTo("urn:sanctionscreen:problem:download-redirect-refused"));
    }
  }

  @Test
  void aRedirectWithinTheAllowedHostIsFollowed() {
    ListServer.redirect(ListServer.url(ListServer.MOVED_PATH));

    refresh("un-sc")
        .statusCode(200)
        .body("created", equalTo(false))
        .body("entryCount", equalTo(1003));
  }

  @Test
  void aPrivateAddressIsRefusedToASourceNotAllowedIt() {
    int requests = ListServer.requests();

    refresh("gb-fcdo")
        .statusCode(409)
        .contentType(Problem.MEDIA_TYPE)
        .body("type", equalTo("urn:sanctionscreen:problem:download-address-refused"))
        .body(
            "detail",
            equalTo(
                "The download address "
                    + ListServer.url(ListServer.UN_PATH)
                    + " is refused: 127.0.0.1 is a loopback address (127.0.0.1); only a source"
                    + " allowed it in screening.lists.sources.\"gb-fcdo\".allow-private-hosts"
                    + " may download from it. Nothing was imported."));

    assertThat(ListServer.requests()).isEqualTo(requests);
    assertThat(refreshOf(info("gb-fcdo")).get("outcome")).isEqualTo("FAILED");
  }

  @Test
  void readinessNeverRepeatsWhatADownloadFetched() {
    ListServer.serve(
        ("<html><body>" + ListServer.SECRET + "</body></html>").getBytes(StandardCharsets.UTF_8));
    refresh("un-sc").statusCode(422);
    assertThat((String) refreshOf(info("un-sc")).get("error")).contains("<html>");

    assertReadinessShowsNoDetail();
  }

  /** Readiness is anonymous: a short status per list, no address, no error text. */
  private static void assertReadinessShowsNoDetail() {
    String ready =
        io.restassured.RestAssured.given()
            .auth()
            .none()
            .when()
            .get("/q/health/ready")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(ready)
        .doesNotContain("http://")
        .doesNotContain("127.0.0.1")
        .doesNotContain("internal-secret")
        .doesNotContain("html")
        .doesNotContain("refused")
        .contains("\"un-sc\": \"version ");
    String unSc =
        io.restassured.path.json.JsonPath.from(ready)
            .getString("checks.find { it.name == 'lists' }.data.'un-sc'");
    assertThat(unSc)
        .matches("version \\d+, list date 2026-02-27, 1003 entries, .*; last refresh \\w+ at \\S+");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> refreshOf(Map<String, Object> info) {
    return (Map<String, Object>) info.get("refresh");
  }

  private static String unUrl() {
    return org.eclipse.microprofile.config.ConfigProvider.getConfig()
        .getValue("screening.lists.sources.\"un-sc\".url", String.class);
  }

  private static String ofsiUrl() {
    return org.eclipse.microprofile.config.ConfigProvider.getConfig()
        .getValue("screening.lists.sources.\"gb-ofsi\".url", String.class);
  }
}
