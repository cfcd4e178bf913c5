package io.sanctionscreen.lists.importing;

import io.sanctionscreen.errors.ConflictException;
import io.sanctionscreen.errors.UpstreamException;
import io.sanctionscreen.lists.ListProblems;
import io.sanctionscreen.lists.ListsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Downloads list files with the JDK HTTP client into the work directory: bounded in size (the
 * configured maximum file size), in time (connect timeout, and a limit for the whole download), and
 * only from a 200 answer. A failure is an {@link UpstreamException} whose detail names the address
 * (its query hidden: it may hold a token) and what went wrong.
 */
@ApplicationScoped
public class ListDownloader {

  /** What was downloaded: the file, and the server's Last-Modified date if it sent one. */
  record Download(Path file, Optional<LocalDate> lastModified) {}

  private final ListsConfig config;
  private final HttpClient client;

  public ListDownloader(ListsConfig config) {
    this.config = config;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(config.refresh().connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Redirects followed at most, each checked as the configured address is. */
  static final int MAX_REDIRECTS = 5;

  /**
   * Downloads one file into {@code dir}, following at most {@link #MAX_REDIRECTS} redirects. The
   * address and every redirect must be public ({@link DownloadAddresses}) unless its host is in
   * {@code allowedHosts}.
   *
   * @param allowedHosts hosts the source may reach although private, loopback or link-local
   * @param configKey the key that allows them, for messages
   * @throws ConflictException if the configured address is refused
   * @throws UpstreamException if the address cannot be reached, answers with another status than
   *     200, sends more than the maximum file size, or takes too long (then timed out)
   * @throws UpstreamException if a redirect is refused or there are too many
   */
  Download download(String url, Path dir, Collection<String> allowedHosts, String configKey) {
    URI uri = uri(url);
    String shown = redact(url);
    long max = config.maxFileSize().asLongValue();
    Duration timeout = config.refresh().timeout();
    long deadline = System.nanoTime() + timeout.toNanos();
    DownloadAddresses.check(uri, allowedHosts, configKey, null);
    Path file;
    try {
      ListFiles.createOwnerOnly(dir);
      file = Files.createTempFile(dir, "download-", ".part");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot create a file in " + dir, e);
    }
    try {
      for (int hop = 0; ; hop++) {
        HttpResponse<Path> response = send(uri, file, max, timeout, deadline, shown);
        int status = response.statusCode();
        if (REDIRECTS.contains(status)) {
          Optional<String> location = response.headers().firstValue("Location");
          if (location.isEmpty()) {
            throw ListProblems.downloadFailed(
                "GET " + shown + " answered HTTP " + status + " without a Location");
          }
          if (hop >= MAX_REDIRECTS) {
            throw new UpstreamException(
                "download-failed",
                "Download failed",
                "GET "
                    + shown
                    + ": more than "
                    + MAX_REDIRECTS
                    + " redirects; nothing was imported",
                false);
          }
          URI next = redirect(uri, location.get(), shown);
          DownloadAddresses.check(next, allowedHosts, configKey, uri.toString());
          uri = next;
          shown = redact(next.toString());
          continue;
        }
        if (status != 200) {
          throw ListProblems.downloadFailed(
              "GET " + shown + " answered HTTP " + status + "; nothing was imported");
        }
        Optional<LocalDate> lastModified =
            response.headers().firstValue("Last-Modified").flatMap(ListDownloader::httpDate);
        return new Download(file, lastModified);
      }
    } catch (RuntimeException e) {
      ListFiles.delete(file);
      throw e;
    }
  }

  private static final java.util.Set<Integer> REDIRECTS = java.util.Set.of(301, 302, 303, 307, 308);

  /** The address a redirect leads to: http(s) only, never from https down to http. */
  private static URI redirect(URI from, String location, String shown) {
    URI next;
    try {
      next = from.resolve(new URI(location.strip()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw ListProblems.downloadFailed(
          "GET " + shown + " redirected to an address that is not a URL; nothing was imported");
    }
    String scheme = DownloadAddresses.scheme(next);
    if (!scheme.equals("https") && !scheme.equals("http")
        || scheme.equals("http") && DownloadAddresses.scheme(from).equals("https")) {
      throw new UpstreamException(
          "download-redirect-refused",
          "Download redirect refused",
          "GET "
              + shown
              + " redirected to a "
              + (scheme.isEmpty() ? "relative" : scheme)
              + " address, which is refused (only http(s), never from https to http). Nothing"
              + " was imported.",
          false);
    }
    return next;
  }

  /** One request; the body is written to the file only for a 200 answer. */
  private HttpResponse<Path> send(
      URI uri, Path file, long max, Duration timeout, long deadline, String shown) {
    long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(Duration.ofMillis(left))
            .header("User-Agent", "sanctions-screening list refresh (JDK HttpClient)")
            .header("Accept-Encoding", "gzip")
            .build();
    CompletableFuture<HttpResponse<Path>> pending =
        client.sendAsync(
            request,
            info ->
                info.statusCode() == 200
                    ? new CappedFileSubscriber(file, max)
                    : HttpResponse.BodySubscribers.replacing(null));
    try {
      return pending.get(left, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw ListProblems.downloadTimedOut(
          "GET " + shown + " did not finish within " + timeout + "; nothing was imported");
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw ListProblems.downloadFailed("GET " + shown + " was interrupted");
    } catch (ExecutionException e) {
      throw ListProblems.downloadFailed("GET " + shown + ": " + reason(e.getCause(), max));
    }
  }

  private static String reason(Throwable cause, long max) {
    Throwable t = cause;
    for (Throwable c = cause; c != null; c = c.getCause()) {
      if (c instanceof TooLargeException || c instanceof ConnectException) {
        t = c;
        break;
      }
    }
    if (t instanceof TooLargeException) {
      return "the file is larger than the limit of "
          + max
          + " bytes (screening.lists.max-file-size); nothing was imported";
    }
    if (t instanceof HttpConnectTimeoutException) {
      return "connecting timed out";
    }
    if (t instanceof HttpTimeoutException) {
      return "no answer in time";
    }
    if (t instanceof ConnectException) {
      return "cannot connect ("
          + (t.getMessage() == null ? "connection refused" : t.getMessage())
          + ")";
    }
    String message = t.getMessage();
    return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static URI uri(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http")) {
        throw ListProblems.notConfigured(
            "The download address '" + redact(url) + "' is not an http(s) URL");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw ListProblems.notConfigured(
          "The download address '" + redact(url) + "' is not a valid URL: " + e.getReason());
    }
  }

  /** The address without its query, which may carry an access token. */
  static String redact(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q) + "?...";
  }

  private static Optional<LocalDate> httpDate(String value) {
    try {
      return Optional.of(
          ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
              .withZoneSameInstant(ZoneOffset.UTC)
              .toLocalDate());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A download that went past the maximum file size. */
  private static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException() {
      super("file too large");
    }
  }

  /** Writes a response body to a file and gives up past a number of bytes. */
  private static final class CappedFileSubscriber implements HttpResponse.BodySubscriber<Path> {
    private final CompletableFuture<Path> result = new CompletableFuture<>();
    private final Path file;
    private final long max;
    private FileChannel out;
    private Flow.Subscription subscription;
    private long count;

    CappedFileSubscriber(Path file, long max) {
      this.file = file;
      this.max = max;
    }

    @Override
    public CompletionStage<Path> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      try {
        out =
            FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
      } catch (IOException e) {
        s.cancel();
        result.completeExceptionally(e);
        return;
      }
      s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      try {
        for (ByteBuffer b : items) {
          count += b.remaining();
          if (count > max) {
            subscription.cancel();
            close();
            result.completeExceptionally(new TooLargeException());
            return;
          }
          while (b.hasRemaining()) {
            out.write(b);
          }
        }
      } catch (IOException e) {
        subscription.cancel();
        close();
        result.completeExceptionally(e);
        return;
      }
      subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
      close();
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      close();
      result.complete(file);
    }

    private void close() {
      try {
        if (out != null) {
          out.close();
        }
      } catch (IOException e) {
        result.completeExceptionally(e);
      }
    }
  }
}
