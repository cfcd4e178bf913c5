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
 * {@code un-sc} downloads from it, and {@code gb-ofsi} from a port nobody listens on; both are
 * allowed these loopback hosts (allow-private-hosts), which no source is by default: {@code
 * gb-fcdo} points at the same server without the allowance. A test sets what it answers with {@link
 * #serve}, {@link #fail} or {@link #redirect}. A second server on another port stands in for an
 * internal service a redirect must not reach ({@link #internalUrl()}). Started once for the whole
 * test run.
 */
@io.sanctionscreen.web.SuppressForbidden(
    reason = "the JDK HTTP server stands in for a list publisher")
public class ListServer implements QuarkusTestResourceLifecycleManager {

  /** The path un-sc downloads from. */
  static final String UN_PATH = "/un/consolidated.xml";

  /** A path that always serves the bundled UN list, for redirects to follow. */
  static final String MOVED_PATH = "/un/moved.xml";

  /** What the internal service would give away. */
  static final String SECRET = "root:x:0:0:internal-secret";

  private static final AtomicInteger INTERNAL_REQUESTS = new AtomicInteger();
  private static volatile String base;
  private static volatile String internal;

  private static final AtomicReference<Answer> ANSWER =
      new AtomicReference<>(new Answer(404, null, null));
  private static final AtomicInteger REQUESTS = new AtomicInteger();

  private record Answer(int status, byte[] body, String location) {}

  private HttpServer server;
  private HttpServer internalServer;

  /** Answers 200 with these bytes from now on. */
  static void serve(byte[] body) {
    ANSWER.set(new Answer(200, body, null));
  }

  /** Answers with this status and no body from now on. */
  static void fail(int status) {
    ANSWER.set(new Answer(status, null, null));
  }

  /** Answers 302 to this address from now on. */
  static void redirect(String location) {
    ANSWER.set(new Answer(302, null, location));
  }

  /** The server's own address for a path. */
  static String url(String path) {
    return base + path;
  }

  /** The internal service's secret, on a port no source is allowed. */
  static String internalUrl() {
    return internal + "/secret.txt";
  }

  /** Requests the internal service received. */
  static int internalRequests() {
    return INTERNAL_REQUESTS.get();
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
            if (a.location() != null) {
              exchange.getResponseHeaders().add("Location", a.location());
              exchange.sendResponseHeaders(a.status(), -1);
            } else if (a.body() == null) {
              exchange.sendResponseHeaders(a.status(), -1);
            } else {
              exchange.sendResponseHeaders(a.status(), a.body().length);
              try (OutputStream out = exchange.getResponseBody()) {
                out.write(a.body());
              }
            }
          }
        });
    server.createContext(
        MOVED_PATH,
        exchange -> {
          REQUESTS.incrementAndGet();
          byte[] body = resource("lists/un/un_consolidated_2026-02-27.xml.gz");
          try (exchange) {
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
          }
        });
    server.start();
    try {
      internalServer = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    internalServer.createContext(
        "/",
        exchange -> {
          INTERNAL_REQUESTS.incrementAndGet();
          byte[] body = SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8);
          try (exchange) {
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
          }
        });
    internalServer.start();
    String host = loopback.getHostAddress();
    int port = server.getAddress().getPort();
    base = "http://" + host + ":" + port;
    internal = "http://" + host + ":" + internalServer.getAddress().getPort();
    return Map.of(
        "screening.lists.sources.\"un-sc\".url",
        base + UN_PATH,
        "screening.lists.sources.\"un-sc\".allow-private-hosts",
        host + ":" + port,
        "screening.lists.sources.\"gb-ofsi\".url",
        "http://" + host + ":" + closedPort + "/ConList.csv",
        "screening.lists.sources.\"gb-ofsi\".allow-private-hosts",
        host + ":" + closedPort,
        "screening.lists.sources.\"gb-fcdo\".url",
        base + UN_PATH);
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
    }
    if (internalServer != null) {
      internalServer.stop(0);
    }
  }
}
