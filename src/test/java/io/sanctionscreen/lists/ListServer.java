package io.sanctionscreen.lists;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A tiny HTTP server on the loopback address, on a free port, standing in for a list publisher:
 * {@code un-sc} downloads from it, and {@code gb-ofsi} from a port nobody listens on. A test sets
 * what it answers with {@link #serve} or {@link #fail}. Started once for the whole test run.
 */
@io.sanctionscreen.web.SuppressForbidden(
    reason = "the JDK HTTP server stands in for a list publisher")
public class ListServer implements QuarkusTestResourceLifecycleManager {

  /** The path un-sc downloads from. */
  static final String UN_PATH = "/un/consolidated.xml";

  private static final AtomicReference<Answer> ANSWER =
      new AtomicReference<>(new Answer(404, null));
  private static final AtomicInteger REQUESTS = new AtomicInteger();

  private record Answer(int status, byte[] body) {}

  private HttpServer server;

  /** Answers 200 with these bytes from now on. */
  static void serve(byte[] body) {
    ANSWER.set(new Answer(200, body));
  }

  /** Answers with this status and no body from now on. */
  static void fail(int status) {
    ANSWER.set(new Answer(status, null));
  }

  /** Requests answered so far. */
  static int requests() {
    return REQUESTS.get();
  }

  /** Reads a test resource whole. */
  static byte[] resource(String path) {
    try (InputStream in = ListServer.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Map<String, String> start() {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0, 1, loopback)) {
      closedPort = probe.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        UN_PATH,
        exchange -> {
          REQUESTS.incrementAndGet();
          Answer a = ANSWER.get();
          try (exchange) {
            exchange.getRequestBody().readAllBytes();
            if (a.body() == null) {
              exchange.sendResponseHeaders(a.status(), -1);
            } else {
              exchange.sendResponseHeaders(a.status(), a.body().length);
              try (OutputStream out = exchange.getResponseBody()) {
                out.write(a.body());
              }
            }
          }
        });
    server.start();
    String host = loopback.getHostAddress();
    return Map.of(
        "screening.lists.sources.\"un-sc\".url",
        "http://" + host + ":" + server.getAddress().getPort() + UN_PATH,
        "screening.lists.sources.\"gb-ofsi\".url",
        "http://" + host + ":" + closedPort + "/ConList.csv");
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
    }
  }
}
