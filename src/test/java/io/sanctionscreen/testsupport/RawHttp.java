package io.sanctionscreen.testsupport;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * HTTP/1.1 written by hand over a socket, for what a client library would tidy up: paths such as
 * {@code //api/v1/screen} or {@code /q/../api/v1/lists} sent as they are, chunked bodies, and
 * requests from another loopback address than 127.0.0.1 (any of 127.0.0.0/8 reaches the test
 * server), so that a test of per-address limits has an address of its own.
 */
public final class RawHttp {

  private RawHttp() {}

  /** One answer: status, headers by lower-case name, body as text. */
  public record Reply(int status, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** A request with an optional body; a Content-Length is added for a body. */
  public static String request(
      String method, String path, Map<String, String> headers, String body) {
    StringBuilder b = new StringBuilder();
    b.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    b.append("Host: localhost\r\n");
    headers.forEach((k, v) -> b.append(k).append(": ").append(v).append("\r\n"));
    if (body != null) {
      b.append("Content-Length: ")
          .append(body.getBytes(StandardCharsets.UTF_8).length)
          .append("\r\n");
    }
    b.append("\r\n");
    if (body != null) {
      b.append(body);
    }
    return b.toString();
  }

  /** The Basic authorization header value. */
  public static String basic(String user, String secret) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  /** Sends the requests one after the other on one connection from a local address. */
  public static List<Reply> send(String from, int port, List<String> requests) {
    try (Socket s = connect(from, port)) {
      OutputStream out = s.getOutputStream();
      InputStream in = new BufferedInputStream(s.getInputStream());
      List<Reply> replies = new ArrayList<>();
      for (String r : requests) {
        out.write(r.getBytes(StandardCharsets.UTF_8));
        out.flush();
        replies.add(read(in, r.startsWith("HEAD ")));
      }
      return replies;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends one request. */
  public static Reply send(String from, int port, String request) {
    return send(from, port, List.of(request)).get(0);
  }

  /**
   * Sends a request head, then a body of {@code bodyBytes} in chunks made by {@code chunk}, while
   * reading the answer, which may come before the body is complete.
   */
  public static Reply sendChunked(
      String from,
      int port,
      String head,
      byte[] first,
      byte[] filler,
      long bodyBytes,
      byte[] last) {
    try (Socket s = connect(from, port)) {
      OutputStream out = s.getOutputStream();
      out.write(head.getBytes(StandardCharsets.UTF_8));
      CompletableFuture<Void> writing =
          CompletableFuture.runAsync(
              () -> {
                try {
                  chunk(out, first);
                  for (long left = bodyBytes; left > 0; left -= filler.length) {
                    chunk(out, filler);
                  }
                  chunk(out, last);
                  out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                  out.flush();
                } catch (IOException e) {
                  // The server answered and closed before the body was complete.
                }
              });
      Reply reply = read(new BufferedInputStream(s.getInputStream()), false);
      s.shutdownOutput();
      writing.cancel(true);
      return reply;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void chunk(OutputStream out, byte[] data) throws IOException {
    out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(data);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static Socket connect(String from, int port) throws IOException {
    Socket s = new Socket();
    s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
    s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
    s.setSoTimeout(120_000);
    return s;
  }

  private static Reply read(InputStream in, boolean head) throws IOException {
    String status = line(in);
    if (status == null) {
      throw new IOException("connection closed without an answer");
    }
    int code = Integer.parseInt(status.split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
      int colon = h.indexOf(':');
      headers.put(
          h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (!head && code != 204 && code != 304) {
      String length = headers.get("content-length");
      if (length != null) {
        body.write(in.readNBytes(Integer.parseInt(length)));
      } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
        for (int n = Integer.parseInt(line(in).split(";")[0].trim(), 16);
            n > 0;
            n = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
          body.write(in.readNBytes(n));
          line(in);
        }
        line(in);
      } else {
        body.write(in.readAllBytes());
      }
    }
    return new Reply(code, headers, body.toString(StandardCharsets.UTF_8));
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        break;
      }
      if (c != '\r') {
        b.write(c);
      }
    }
    return c < 0 && b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
  }
}
