package io.sanctionscreen.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Holds request bodies to 10 MB, as before list uploads needed more: the HTTP layer's own limit
 * (quarkus.http.limits.max-body-size) is raised for the list import endpoint, which bounds its
 * uploads itself (screening.lists.max-file-size). Only a declared Content-Length is checked here.
 */
public class RequestBodyLimitFilter {

  /** The largest body of any other request, in bytes. */
  static final long MAX_BODY = 10L * 1024 * 1024;

  /** Paths that take large bodies and check their size themselves. */
  private static final Pattern LARGE_BODY_PATHS = Pattern.compile("/api/v1/lists/[^/]+/import/?");

  @ServerRequestFilter(preMatching = true)
  public Optional<Response> limit(ContainerRequestContext request) {
    int length = request.getLength();
    if (length <= MAX_BODY || LARGE_BODY_PATHS.matcher(request.getUriInfo().getPath()).matches()) {
      return Optional.empty();
    }
    Problem p =
        new Problem(
            Problem.TYPE_BASE + "body-too-large",
            "Request body too large",
            413,
            "The request body ("
                + length
                + " bytes) is larger than the limit of "
                + MAX_BODY
                + " bytes",
            request.getUriInfo().getPath(),
            List.of());
    return Optional.of(Response.status(413).type(Problem.MEDIA_TYPE).entity(p).build());
  }
}
