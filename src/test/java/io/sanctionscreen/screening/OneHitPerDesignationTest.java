package io.sanctionscreen.screening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hits of one designation across lists are one hit; related but distinct entries stay apart. */
@QuarkusTest
class OneHitPerDesignationTest {

  private static JsonPath screen(Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/screen")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void theUnDesignationAndItsUkImplementationAreOneHit() {
    JsonPath r =
        screen(
            Map.of(
                "name",
                "Korea Kwangson Banking Corporation",
                "purpose",
                "PAYMENT",
                "threshold",
                0.7));
    List<String> ids = r.getList("hits.entityId", String.class);
    List<List<String>> all = r.getList("hits.entityIds");
    // One hit carries both (and the UK Sanctions List's DPR0155, OFSI group 12452); the
    // best-scoring listing gives the hit its id, and none of them is a hit of its own.
    assertThat(all.stream().filter(l -> l.contains("un-sc:KPe.025"))).hasSize(1);
    assertThat(all.stream().filter(l -> l.contains("gb-ofsi:12452"))).hasSize(1);
    String hit = "hits.find { it.entityIds.contains('un-sc:KPe.025') }";
    // The UK Sanctions List's designation gives OFSI's group id 12452: the same designation too.
    assertThat(r.getList(hit + ".listings.entityId", String.class))
        .contains("un-sc:KPe.025", "gb-ofsi:12452");
    assertThat(r.getList(hit + ".entityIds", String.class))
        .contains("un-sc:KPe.025", "gb-ofsi:12452");
    assertThat(r.getList(hit + ".listings.find { it.source == 'gb-ofsi' }.sameDesignationBy"))
        .contains("UN KPE.025");
    // Each source's programs are kept.
    assertThat(r.getList(hit + ".listings.find { it.source == 'un-sc' }.programs")).isNotEmpty();
    assertThat(r.getList(hit + ".listings.find { it.source == 'gb-ofsi' }.programs")).isNotEmpty();
    // OFAC's SDN entry cites no UN reference: a hit of its own, never joined on the name.
    assertThat(ids).contains("us-ofac-sdn:11581");
    assertThat(r.getList("hits.find { it.entityId == 'us-ofac-sdn:11581' }.listings")).isEmpty();
  }

  @Test
  void theEntityListAndNsCmicSenseTimeStayApart() {
    JsonPath r = screen(Map.of("name", "SenseTime", "threshold", 0.5, "limit", 50));
    List<String> ids = r.getList("hits.entityId", String.class);
    assertThat(ids)
        .contains("us-ofac-cons:33114", "us-csl:caeb24bb901171744f7b376b17c4ad98a782c827");
    assertThat(r.getList("hits.find { it.entityId == 'us-ofac-cons:33114' }.listings")).isEmpty();
  }
}
