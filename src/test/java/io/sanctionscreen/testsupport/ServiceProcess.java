package io.sanctionscreen.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) run as a child process on a
 * loopback port, for integration tests that stop it the hard way. Its output goes to a log file.
 */
public final class ServiceProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** The test administrator's password hash (application.properties, %test). */
  private static final String TEST_ADMIN_HASH =
      "pbkdf2-sha256$120000$goch3grniMq01ee14HxnMw==$g7vjWiNadCzd/XHLCz3jsAidF8Be6/HV+UYojigV9ZU=";

  private ServiceProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts the packaged service with these system properties (on top of a free loopback port).
   *
   * @param jar the quarkus-run.jar of the build
   * @param log where the service's output goes
   */
  public static ServiceProcess start(Path jar, Map<String, String> properties, Path log) {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-Dquarkus.http.host=127.0.0.1");
    command.add("-Dquarkus.http.port=" + port);
    properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
    command.add("-jar");
    command.add(jar.toString());
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      return new ServiceProcess(p, port, log);
    } catch (IOException e) {
      throw new UncheckedIOException("the service does not start: " + command, e);
    }
  }

  /**
   * Settings every integration-test service shares: no network refresh, no bootstrapped admin, the
   * test administrator of the test profile ({@link AuthenticatedByDefault#ADMIN}), this data
   * directory and database.
   */
  public static Map<String, String> testProperties(Path dataDir, String jdbcUrl, String jdbcUser) {
    Map<String, String> p = new HashMap<>();
    p.put("screening.data-dir", dataDir.toString());
    p.put("screening.lists.refresh.check-every", "off");
    p.put("screening.lists.refresh.official-urls", "false");
    p.put("screening.security.bootstrap-admin", "false");
    p.put(
        "screening.security.users." + AuthenticatedByDefault.ADMIN + ".password-hash",
        TEST_ADMIN_HASH);
    p.put("screening.security.users." + AuthenticatedByDefault.ADMIN + ".roles", "admin,screener");
    p.put("quarkus.datasource.jdbc.url", jdbcUrl);
    p.put("quarkus.datasource.username", jdbcUser);
    return p;
  }

  /** Deletes a directory and everything in it, if it exists. */
  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the service writes its output. */
  public Path log() {
    return log;
  }

  /** Waits until readiness reports UP; fails early if the process dies. */
  public void awaitReady(Duration limit) {
    Poll.until(
        limit,
        "the service to be ready (log: " + log + ")",
        () -> {
          if (!process.isAlive()) {
            throw new AssertionError(
                "the service exited with " + process.exitValue() + " (log: " + log + ")");
          }
          try {
            return get("/q/health/ready").statusCode() == 200 ? true : null;
          } catch (UncheckedIOException e) {
            return null;
          }
        });
  }

  /** Kills the process at once (SIGKILL where there is one), as the OOM killer or a node loss. */
  public void kill() {
    process.destroyForcibly();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        throw new AssertionError("the service survived destroyForcibly");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while killing the service", e);
    }
  }

  /** GET as the given Basic user. */
  public HttpResponse<String> get(String path, String user, String secret) {
    return send(request(path, user, secret).GET().build());
  }

  /** GET without credentials. */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build());
  }

  /** POST a JSON body as the given Basic user. */
  public HttpResponse<String> postJson(String path, String json, String user, String secret) {
    return send(
        request(path, user, secret)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** PUT a JSON body as the given Basic user. */
  public HttpResponse<String> putJson(String path, String json, String user, String secret) {
    return send(
        request(path, user, secret)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** POST a file as the given Basic user, without waiting for the answer. */
  public CompletableFuture<HttpResponse<String>> postFileAsync(
      String path, byte[] body, String user, String secret) {
    return http.sendAsync(
        request(path, user, secret)
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path, String user, String secret) {
    String auth =
        Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(uri(path))
        .timeout(Duration.ofMinutes(5))
        .header("Authorization", "Basic " + auth);
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }
}
