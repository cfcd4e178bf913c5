package io.sanctionscreen.testsupport;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on the loopback address that a test can cut, as a network partition or a database
 * crash would, and restore. Plain sockets, a thread per direction of each connection pair.
 *
 * <p>{@link #cut()} closes every live connection and, until {@link #restore()}, closes each new one
 * as soon as it is accepted, so a client sees its connections drop and new ones fail at once (no
 * timeout to wait for). The listening port stays the same throughout.
 */
public final class TcpProxy implements Closeable {

  private final InetSocketAddress target;
  private final ServerSocket server;
  private final Set<Socket> live = ConcurrentHashMap.newKeySet();
  private volatile boolean cut;
  private volatile boolean closed;

  /** Listens on a free loopback port and forwards every connection to {@code target}. */
  public TcpProxy(InetSocketAddress target) {
    this.target = target;
    try {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException("the proxy cannot listen", e);
    }
    Thread acceptor = new Thread(this::accept, "tcp-proxy-accept-" + port());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The port clients connect to. */
  public int port() {
    return server.getLocalPort();
  }

  /** Drops every live connection and refuses new ones until {@link #restore()}. */
  public void cut() {
    cut = true;
    for (Socket s : live) {
      closeQuietly(s);
    }
    live.clear();
  }

  /** Forwards new connections again. */
  public void restore() {
    cut = false;
  }

  @Override
  public void close() {
    closed = true;
    cut();
    closeQuietly(server);
  }

  private void accept() {
    while (!closed) {
      Socket client;
      try {
        client = server.accept();
      } catch (IOException e) {
        if (closed) {
          return;
        }
        continue;
      }
      if (cut) {
        closeQuietly(client);
        continue;
      }
      Socket upstream = new Socket();
      try {
        upstream.connect(target, 5_000);
        client.setTcpNoDelay(true);
        upstream.setTcpNoDelay(true);
      } catch (IOException e) {
        closeQuietly(client);
        closeQuietly(upstream);
        continue;
      }
      live.add(client);
      live.add(upstream);
      if (cut) {
        // Cut while this pair was being connected.
        closeQuietly(client);
        closeQuietly(upstream);
        continue;
      }
      pump(client, upstream, "up");
      pump(upstream, client, "down");
    }
  }

  /** Copies bytes one way until either side closes, then closes both. */
  private void pump(Socket from, Socket to, String direction) {
    Thread t =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (SocketException e) {
                // Closed by cut() or by the other side.
              } catch (IOException e) {
                // The connection broke; close both ends below.
              } finally {
                closeQuietly(from);
                closeQuietly(to);
                live.remove(from);
                live.remove(to);
              }
            },
            "tcp-proxy-" + direction + "-" + from.getPort());
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(Closeable c) {
    try {
      c.close();
    } catch (IOException e) {
      // Already closed or broken: nothing left to release.
    }
  }
}
