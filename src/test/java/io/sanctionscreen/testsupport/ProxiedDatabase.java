package io.sanctionscreen.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.Closeable;
import java.net.InetSocketAddress;
import java.net.URI;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.h2.tools.Server;

/**
 * Puts a {@link TcpProxy} between the service and its database, so that a test can take the
 * database away and give it back. On H2 it starts an H2 TCP server holding an in-memory database;
 * on PostgreSQL ({@code test.jdbc.url} starting with {@code jdbc:postgresql:}) it proxies to the
 * test database's host and port.
 */
public class ProxiedDatabase implements QuarkusTestResourceLifecycleManager {

  private static volatile TcpProxy proxy;
  private static volatile InetSocketAddress database;
  private static volatile String urlTemplate;

  private Server h2;

  /** The proxy of the running test application. */
  public static TcpProxy proxy() {
    TcpProxy p = proxy;
    if (p == null) {
      throw new IllegalStateException("no proxied database: run the test with ProxiedProfile");
    }
    return p;
  }

  /** A connection of the service's own, through a proxy of its own that a test can cut alone. */
  public record PrivateLine(TcpProxy proxy, String jdbcUrl) implements Closeable {
    @Override
    public void close() {
      proxy.close();
    }
  }

  /**
   * Opens a second way to the same database, for a test that plays another process: cutting it
   * drops that process's connections the way its death would, and leaves the service's alone.
   */
  public static PrivateLine privateLine() {
    TcpProxy own = new TcpProxy(database);
    return new PrivateLine(own, String.format(Locale.ROOT, urlTemplate, own.port()));
  }

  @Override
  public Map<String, String> start() {
    String url = System.getProperty("test.jdbc.url", "");
    if (url.startsWith("jdbc:postgresql:")) {
      URI uri = URI.create(url.substring("jdbc:".length()));
      int port = uri.getPort() < 0 ? 5432 : uri.getPort();
      database = new InetSocketAddress(uri.getHost(), port);
      String rest = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      urlTemplate = "jdbc:postgresql://127.0.0.1:%d" + rest.replace("%", "%%");
    } else {
      try {
        h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
      } catch (SQLException e) {
        throw new IllegalStateException("the H2 TCP server does not start", e);
      }
      database = new InetSocketAddress("127.0.0.1", h2.getPort());
      urlTemplate = "jdbc:h2:tcp://127.0.0.1:%d/mem:outage;DB_CLOSE_DELAY=-1";
    }
    proxy = new TcpProxy(database);
    String jdbcUrl = String.format(Locale.ROOT, urlTemplate, proxy.port());
    // Both spellings: %test.quarkus.datasource.jdbc.url in application.properties names the
    // default test database.
    return Map.of(
        "quarkus.datasource.jdbc.url", jdbcUrl, "%test.quarkus.datasource.jdbc.url", jdbcUrl);
  }

  @Override
  public void stop() {
    if (proxy != null) {
      proxy.close();
      proxy = null;
    }
    if (h2 != null) {
      h2.stop();
      h2 = null;
    }
  }
}
