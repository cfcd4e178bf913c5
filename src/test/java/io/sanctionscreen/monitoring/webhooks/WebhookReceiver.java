package io.sanctionscreen.monitoring.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * A webhook receiver on a real port: records every request (headers, exact body bytes) and answers
 * with the status its script gives for the n-th request of a delivery id.
 */
@io.sanctionscreen.web.SuppressForbidden(
    reason = "the JDK HTTP server stands in for a webhook receiver")
final class WebhookReceiver implements AutoCloseable {

  /** One request as received, and the status it was answered with. */
  record Received(Map<String, List<String>> headers, byte[] body, int answered) {

    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();

  /**
   * Starts a receiver on a port of the loopback address.
   *
   * @param script the status to answer for the n-th request (from 1) of one X-Delivery-Id
   */
  WebhookReceiver(int port, IntUnaryOperator script) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body;
          try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
          }
          String id = exchange.getRequestHeaders().getFirst("X-Delivery-Id");
          int n =
              seen.computeIfAbsent(String.valueOf(id), k -> new AtomicInteger()).incrementAndGet();
          int status = script.applyAsInt(n);
          received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body, status));
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  /** The requests received so far, in order. */
  List<Received> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
