package io.sanctionscreen.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.sanctionscreen.errors.ConflictException;
import io.sanctionscreen.errors.InvalidInputException;
import io.sanctionscreen.errors.JsonErrors;
import io.sanctionscreen.errors.MisconfiguredException;
import io.sanctionscreen.errors.NotFoundException;
import io.sanctionscreen.errors.RejectedContentException;
import io.sanctionscreen.errors.ServiceException;
import io.sanctionscreen.errors.TooLargeException;
import io.sanctionscreen.errors.UnavailableException;
import io.sanctionscreen.errors.UpstreamException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that reaches the HTTP layer into an RFC 7807 problem. Client errors say
 * which field was wrong and why; server errors say nothing internal and are logged with their stack
 * trace.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  /** Seconds a caller should wait before retrying when a dependency is down. */
  static final String RETRY_AFTER_SECONDS = "5";

  /**
   * A failure a feature reported by what went wrong: the kind decides the status, here and nowhere
   * else.
   */
  @ServerExceptionMapper
  public Response service(ServiceException e, UriInfo uri) {
    int status = statusOf(e);
    List<Problem.FieldError> errors =
        e instanceof InvalidInputException f
            ? List.of(new Problem.FieldError(f.field(), f.reason()))
            : List.of();
    if (status >= 500) {
      LOG.warnf("%s: %s", e.title(), e.getMessage());
    }
    Response.ResponseBuilder b = build(status, e.code(), e.title(), e.getMessage(), uri, errors);
    if (status == 503) {
      b.header("Retry-After", RETRY_AFTER_SECONDS);
    }
    return b.build();
  }

  /** The HTTP status that answers each kind of failure. */
  static int statusOf(ServiceException e) {
    if (e instanceof InvalidInputException) {
      return 400;
    }
    if (e instanceof NotFoundException) {
      return 404;
    }
    if (e instanceof ConflictException) {
      return 409;
    }
    if (e instanceof TooLargeException) {
      return 413;
    }
    if (e instanceof RejectedContentException) {
      return 422;
    }
    if (e instanceof UnavailableException) {
      return 503;
    }
    if (e instanceof UpstreamException u) {
      return u.timedOut() ? 504 : 502;
    }
    if (e instanceof MisconfiguredException) {
      return 500;
    }
    return 500;
  }

  /** Missing or wrong credentials: 401, saying no more than that. */
  @ServerExceptionMapper({
    UnauthorizedException.class,
    AuthenticationFailedException.class,
    AuthenticationCompletionException.class
  })
  public Response unauthorized(Exception e, UriInfo uri) {
    return build(
            401,
            "unauthorized",
            "Unauthorized",
            "Credentials are missing or not valid.",
            uri,
            List.of())
        .header("WWW-Authenticate", "Basic realm=\"sanctions-screening\", charset=\"UTF-8\"")
        .build();
  }

  /** An authenticated caller without the role the operation needs: 403. */
  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return build(
            403,
            "forbidden",
            "Forbidden",
            "This operation needs a role the caller does not have.",
            uri,
            List.of())
        .build();
  }

  @ServerExceptionMapper
  public Response validation(ConstraintViolationException e, UriInfo uri) {
    List<Problem.FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> v : e.getConstraintViolations()) {
      errors.add(new Problem.FieldError(field(v.getPropertyPath()), v.getMessage()));
    }
    errors.sort(Comparator.comparing(Problem.FieldError::field));
    String detail =
        errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
    return build(400, "invalid-request", "Invalid request", detail, uri, errors).build();
  }

  /** The field a violation is about: the last named node, "body" for a missing request body. */
  private static String field(Path path) {
    String last = null;
    int depth = 0;
    for (Path.Node n : path) {
      depth++;
      if (n.getName() != null) {
        last = n.getName();
      }
      if (n.getKind() == ElementKind.PARAMETER && depth == 2) {
        last = n.getName();
      }
    }
    if (depth <= 2) {
      // "method.parameter": the whole body or a query parameter.
      return "request".equals(last) ? "body" : last;
    }
    return last == null ? "body" : last;
  }

  /** A body of undeclared length that went past the limit while it was read: 413. */
  @ServerExceptionMapper
  public Response bodyTooLarge(BodyTooLargeException e, UriInfo uri) {
    return build(413, "body-too-large", "Request body too large", e.getMessage(), uri, List.of())
        .build();
  }

  /** A body that is not UTF-8: 400. */
  @ServerExceptionMapper
  public Response notUtf8(Utf8Body.Malformed e, UriInfo uri) {
    return build(400, "malformed-body", "Malformed body", e.getMessage(), uri, List.of()).build();
  }

  /** The body limit or bad UTF-8, when a reader wrapped the failure into another. */
  private Response bodyTooLargeCause(Throwable e, UriInfo uri) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLargeException b) {
        return bodyTooLarge(b, uri);
      }
      if (t instanceof Utf8Body.Malformed m) {
        return notUtf8(m, uri);
      }
    }
    return null;
  }

  @ServerExceptionMapper
  public Response json(JsonProcessingException e, UriInfo uri) {
    Response tooLarge = bodyTooLargeCause(e, uri);
    if (tooLarge != null) {
      return tooLarge;
    }
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      String field = JsonErrors.fieldPath(m);
      String message = JsonErrors.message(m);
      return build(
              400,
              "invalid-request",
              "Invalid request",
              field + ": " + message,
              uri,
              List.of(new Problem.FieldError(field, message)))
          .build();
    }
    JsonLocation loc = e.getLocation();
    String where =
        loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    return build(
            400,
            "malformed-json",
            "Malformed JSON",
            "The request body is not valid JSON" + where + ": " + e.getOriginalMessage(),
            uri,
            List.of())
        .build();
  }

  /**
   * Jackson's mismatches (a string where a number belongs, an unknown field, an unknown enum value)
   * have a built-in mapper of their own; this one, being as specific, replaces it.
   */
  @ServerExceptionMapper
  public Response mismatch(MismatchedInputException e, UriInfo uri) {
    return json(e, uri);
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    Response tooLarge = bodyTooLargeCause(e, uri);
    if (tooLarge != null) {
      return tooLarge;
    }
    int status = e.getResponse().getStatus();
    Throwable cause = e.getCause();
    if (cause instanceof JsonProcessingException jpe) {
      return json(jpe, uri);
    }
    if (status >= 500) {
      LOG.error("Request failed", e);
      return build(
              status,
              "internal-error",
              "Internal error",
              "The request could not be completed.",
              uri,
              List.of())
          .build();
    }
    String title =
        Response.Status.fromStatusCode(status) == null
            ? "Error " + status
            : Response.Status.fromStatusCode(status).getReasonPhrase();
    String detail =
        switch (status) {
          case 404 -> "No resource at " + uri.getPath();
          case 405 -> "This method is not allowed on " + uri.getPath();
          case 406 -> "None of the accepted media types can be produced";
          case 415 -> "The request content type is not supported here";
          default -> title;
        };
    if (status == 400 && e.getMessage() != null && !e.getMessage().startsWith("HTTP 400")) {
      detail = e.getMessage();
    }
    return build(status, slug(title), title, detail, uri, List.of()).build();
  }

  /**
   * The database is unreachable or refused the write: no answer without its audit record, so the
   * screening fails closed with a 503 the caller may retry.
   */
  @ServerExceptionMapper({PersistenceException.class, SQLException.class})
  public Response database(Exception e, UriInfo uri) {
    LOG.error("Database operation failed", e);
    return build(
            503,
            "storage-unavailable",
            "Storage unavailable",
            "The database cannot be reached; nothing was recorded. Retry later.",
            uri,
            List.of())
        .header("Retry-After", RETRY_AFTER_SECONDS)
        .build();
  }

  @ServerExceptionMapper
  public Response unexpected(Exception e, UriInfo uri) {
    Response tooLarge = bodyTooLargeCause(e, uri);
    if (tooLarge != null) {
      return tooLarge;
    }
    Throwable t = e;
    while (t != null) {
      if (t instanceof PersistenceException || t instanceof SQLException) {
        return database(e, uri);
      }
      t = t.getCause();
    }
    LOG.error("Request failed", e);
    return build(
            500,
            "internal-error",
            "Internal error",
            "The request could not be completed; the error is logged.",
            uri,
            List.of())
        .build();
  }

  private static String slug(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  private static Response.ResponseBuilder build(
      int status,
      String type,
      String title,
      String detail,
      UriInfo uri,
      List<Problem.FieldError> errors) {
    Problem p =
        new Problem(
            Problem.TYPE_BASE + type,
            title,
            status,
            detail,
            uri == null ? null : uri.getPath(),
            errors);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(p);
  }
}
