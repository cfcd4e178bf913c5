package io.sanctionscreen.failure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.sanctionscreen.testsupport.AuthenticatedByDefault;
import io.sanctionscreen.testsupport.Poll;
import io.sanctionscreen.testsupport.ProxiedDatabaseProfile;
import io.sanctionscreen.testsupport.TestLists;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Screening goes on while a list is imported and the index generation swapped: no request fails,
 * and every answer comes whole from one generation, the old or the new, never from a half-built
 * one. A refused import changes nothing for the callers either.
 */
@QuarkusTest
@TestProfile(ProxiedDatabaseProfile.class)
class ScreeningDuringImportTest {

  private static final String UN = "un-sc";
  private static final int THREADS = 4;
  private static final Duration WAIT = Duration.ofSeconds(60);

  /** Who is screened, and the hit each answer must hold (null: none, the outcome is CLEAR). */
  private static final List<Map.Entry<String, String>> NAMES =
      List.of(
          Map.entry("SenseTime Group Ltd", "us-ofac-cons:33114"),
          Map.entry("Acme Widgets Inc", ""),
          Map.entry("Eric Badege", "un-sc:CDi.001"));

  private static final ObjectMapper JSON = new ObjectMapper();

  @TestHTTPResource("/api/v1/screen")
  URI screenUri;

  /** One answer: what was asked, the status, the list versions it names, its hits and outcome. */
  private record Answer(
      String name, int status, Set<String> versions, List<String> hits, String outcome) {}

  /** Callers screening in a loop until stopped; every answer is kept. */
  private final class Load implements AutoCloseable {
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    private final AtomicBoolean stop = new AtomicBoolean();
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final CountDownLatch started = new CountDownLatch(THREADS);
    private final List<Future<?>> callers = new ArrayList<>();
    private final HttpClient http =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Load() throws InterruptedException {
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        callers.add(
            pool.submit(
                () -> {
                  for (int i = offset; !stop.get(); i++) {
                    answers.add(screen(http, NAMES.get(i % NAMES.size()).getKey()));
                    if (i == offset) {
                      started.countDown();
                    }
                  }
                  return null;
                }));
      }
      assertThat(started.await(WAIT.toSeconds(), TimeUnit.SECONDS))
          .as("every caller answered once")
          .isTrue();
    }

    /** Waits until some answer comes from these versions. */
    void awaitAnswerFrom(Set<String> versions) {
      Poll.until(
          WAIT,
          "an answer from " + versions,
          () -> answers.stream().anyMatch(a -> a.versions().equals(versions)) ? true : null);
    }

    /** Stops the callers and returns every answer. */
    List<Answer> stop() throws Exception {
      stop.set(true);
      for (Future<?> f : callers) {
        f.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      }
      return List.copyOf(answers);
    }

    @Override
    public void close() {
      stop.set(true);
      pool.shutdownNow();
    }
  }

  private Answer screen(HttpClient http, String name) throws IOException, InterruptedException {
    String auth =
        Base64.getEncoder()
            .encodeToString(
                (AuthenticatedByDefault.ADMIN + ":" + AuthenticatedByDefault.ADMIN_SECRET)
                    .getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(screenUri)
            .timeout(WAIT)
            .header("Content-Type", "application/json")
            .header("Authorization", "Basic " + auth)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    JSON.writeValueAsString(Map.of("name", name, "limit", 50))))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      return new Answer(name, response.statusCode(), Set.of(), List.of(), response.body());
    }
    JsonNode body = JSON.readTree(response.body());
    Set<String> versions = new TreeSet<>();
    body.get("listVersions")
        .forEach(v -> versions.add(v.get("source").asText() + "@" + v.get("version").asLong()));
    List<String> hits = new ArrayList<>();
    body.get("hits").forEach(h -> hits.add(h.get("entityId").asText()));
    return new Answer(name, 200, versions, hits, body.get("outcome").asText());
  }

  /** The list versions of the active generation, as answers name them. */
  private static Set<String> activeVersions() {
    Set<String> versions = new TreeSet<>();
    for (String source : List.of("us-ofac-cons", UN)) {
      versions.add(source + "@" + TestLists.activeVersion(source));
    }
    return versions;
  }

  private static Set<String> with(Set<String> versions, String source, long version) {
    Set<String> out = new TreeSet<>();
    for (String v : versions) {
      out.add(v.startsWith(source + "@") ? source + "@" + version : v);
    }
    return out;
  }

  @Test
  void everyAnswerIsWholeFromTheOldOrTheNewGenerationWhileAListIsImported() throws Exception {
    Set<String> old = activeVersions();
    Set<String> older;
    Set<String> restored;
    List<Answer> answers;
    try (Load load = new Load()) {
      load.awaitAnswerFrom(old);
      // An older UN list, then the bundled one again: two imports, two swaps under load.
      long olderVersion =
          TestLists.upload(UN, TestLists.un2025(), Map.of("force", "true"))
              .then()
              .statusCode(201)
              .extract()
              .jsonPath()
              .getLong("version");
      older = with(old, UN, olderVersion);
      load.awaitAnswerFrom(older);
      long restoredVersion =
          TestLists.upload(UN, TestLists.un2026(), Map.of())
              .then()
              .statusCode(201)
              .extract()
              .jsonPath()
              .getLong("version");
      restored = with(old, UN, restoredVersion);
      load.awaitAnswerFrom(restored);
      answers = load.stop();
    }

    assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(200));
    assertThat(answers)
        .allSatisfy(a -> assertThat(a.versions()).as(a.toString()).isIn(old, older, restored));
    for (Map.Entry<String, String> n : NAMES) {
      List<Answer> of = answers.stream().filter(a -> a.name().equals(n.getKey())).toList();
      assertThat(of).as(n.getKey()).isNotEmpty();
      if (n.getValue().isEmpty()) {
        assertThat(of).allSatisfy(a -> assertThat(a.outcome()).as(a.toString()).isEqualTo("CLEAR"));
      } else {
        assertThat(of)
            .allSatisfy(a -> assertThat(a.hits()).as(a.toString()).contains(n.getValue()));
      }
    }
    assertThat(answers.stream().map(Answer::versions).distinct())
        .containsExactlyInAnyOrder(old, older, restored);
    assertThat(activeVersions()).isEqualTo(restored);
  }

  @Test
  void aRefusedImportChangesNothingForCallers() throws Exception {
    Set<String> serving = activeVersions();
    List<Answer> answers;
    try (Load load = new Load()) {
      load.awaitAnswerFrom(serving);
      // 993 of the 1,003 entries gone: refused unless forced.
      TestLists.upload(
              UN, TestLists.resource("lists/un/un_consolidated_2026-02-27_shrunk.xml"), Map.of())
          .then()
          .statusCode(422);
      TestLists.upload(UN, TestLists.resource("lists/hostile/truncated-un.xml"), Map.of())
          .then()
          .statusCode(422);
      answers = load.stop();
    }
    assertThat(answers)
        .allSatisfy(
            a -> {
              assertThat(a.status()).as(a.toString()).isEqualTo(200);
              assertThat(a.versions()).as(a.toString()).isEqualTo(serving);
            });
    assertThat(answers.stream().filter(a -> a.name().equals("Eric Badege")))
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a.hits()).contains("un-sc:CDi.001"));
    assertThat(activeVersions()).isEqualTo(serving);
  }
}
