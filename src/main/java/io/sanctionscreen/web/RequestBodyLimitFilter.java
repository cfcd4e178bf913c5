package io.sanctionscreen.web;

import io.sanctionscreen.screening.LimitsConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Holds request bodies to {@code screening.limits.max-body-size} (10 MB): the HTTP layer's own
 * limit (quarkus.http.limits.max-body-size) is raised for the list import endpoint, which bounds
 * its uploads itself (screening.lists.max-file-size). A declared Content-Length over the limit is
 * refused before anything is read; a body without one (chunked) is counted as it streams, and
 * reading past the limit fails with {@link BodyTooLargeException}, answered 413. (A batch reads its
 * body while it writes its report, so there the report ends with the row where reading stopped.)
 */
public class RequestBodyLimitFilter {

  private final LimitsConfig limits;

  public RequestBodyLimitFilter(LimitsConfig limits) {
    this.limits = limits;
  }

  /** Paths that take large bodies and check their size themselves. */
  private static final Pattern LARGE_BODY_PATHS = Pattern.compile("/api/v1/lists/[^/]+/import/?");

  /**
   * Counts a body of undeclared length as the endpoint reads it, and checks that a text body (JSON,
   * CSV) is well-formed UTF-8 ({@link Utf8Body}).
   */
  @ServerRequestFilter
  public void count(ContainerRequestContext request) {
    String method = request.getMethod();
    if (!"POST".equals(method) && !"PUT".equals(method) && !"PATCH".equals(method)) {
      return;
    }
    boolean large = LARGE_BODY_PATHS.matcher(request.getUriInfo().getPath()).matches();
    boolean counted = request.getLength() < 0 && !large;
    MediaType type = request.getMediaType();
    boolean text =
        type != null
            && (type.getSubtype().equalsIgnoreCase("json")
                || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json")
                || type.getType().equalsIgnoreCase("text"));
    if (!counted && !text) {
      return;
    }
    InputStream in = request.getEntityStream();
    if (counted) {
      in = new CountingStream(in, limits.maxBodySize().asLongValue());
    }
    if (text) {
      in = new Utf8Body(in);
    }
    request.setEntityStream(in);
  }

  /** Refuses a declared length over the limit before the body is read. */
  @ServerRequestFilter(preMatching = true)
  public Optional<Response> limit(ContainerRequestContext request) {
    int length = request.getLength();
    long max = limits.maxBodySize().asLongValue();
    if (length <= max || LARGE_BODY_PATHS.matcher(request.getUriInfo().getPath()).matches()) {
      return Optional.empty();
    }
    Problem p =
        new Problem(
            Problem.TYPE_BASE + "body-too-large",
            "Request body too large",
            413,
            "The request body (" + length + " bytes) is larger than the limit of " + max + " bytes",
            request.getUriInfo().getPath(),
            List.of());
    return Optional.of(Response.status(413).type(Problem.MEDIA_TYPE).entity(p).build());
  }

  /** Reads a body and fails once it passes the limit. */
  private static final class CountingStream extends FilterInputStream {
    private final long max;
    private long count;

    CountingStream(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      add(skipped);
      return skipped;
    }

    private void add(long n) throws BodyTooLargeException {
      count += n;
      if (count > max) {
        throw new BodyTooLargeException(max);
      }
    }
  }
}
