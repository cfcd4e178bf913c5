package io.sanctionscreen.web;

import io.sanctionscreen.screening.LimitsConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Holds request bodies to {@code screening.limits.max-body-size} (10 MB): the HTTP layer's own
 * limit (quarkus.http.limits.max-body-size) is raised for the list import endpoint, which bounds
 * its uploads itself (screening.lists.max-file-size). Only a declared Content-Length is checked
 * here.
 */
public class RequestBodyLimitFilter {

  private final LimitsConfig limits;

  public RequestBodyLimitFilter(LimitsConfig limits) {
    this.limits = limits;
  }

  /** Paths that take large bodies and check their size themselves. */
  private static final Pattern LARGE_BODY_PATHS = Pattern.compile("/api/v1/lists/[^/]+/import/?");

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
}
