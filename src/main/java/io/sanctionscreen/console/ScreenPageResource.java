package io.sanctionscreen.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.sanctionscreen.access.Callers;
import io.sanctionscreen.access.Roles;
import io.sanctionscreen.errors.InvalidInputException;
import io.sanctionscreen.screening.AuditWriteFailed;
import io.sanctionscreen.screening.Channel;
import io.sanctionscreen.screening.ScreenResponse;
import io.sanctionscreen.screening.ScreeningService;
import io.sanctionscreen.screening.StorageFailure;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The Screen page: a form, and the answer as a card (outcome, reason, each hit with its score,
 * programs, what they mean for the purpose and the word-by-word explanation). It screens with the
 * same service as the API, so each screening is recorded in the audit trail as usual.
 */
@Path(ConsolePaths.SCREEN)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class ScreenPageResource {

  private static final Logger LOG = Logger.getLogger(ScreenPageResource.class);

  @CheckedTemplate(basePath = "console")
  static class Templates {
    static native TemplateInstance screen(
        ConsolePage page, ScreenForm form, List<String> errors, ScreenResponse result);
  }

  private final ScreeningService screening;
  private final Validator validator;
  private final SecurityIdentity identity;
  private final CsrfGuard csrf;
  private final Event<AuditWriteFailed> auditFailed;

  public ScreenPageResource(
      ScreeningService screening,
      Validator validator,
      SecurityIdentity identity,
      CsrfGuard csrf,
      Event<AuditWriteFailed> auditFailed) {
    this.screening = screening;
    this.validator = validator;
    this.identity = identity;
    this.csrf = csrf;
    this.auditFailed = auditFailed;
  }

  @GET
  public TemplateInstance form(RoutingContext rc) {
    return Templates.screen(page(rc), ScreenForm.EMPTY, List.of(), null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response screen(
      @RestForm(CsrfGuard.FIELD) String token,
      @RestForm String name,
      @RestForm String type,
      @RestForm String country,
      @RestForm String birthDate,
      @RestForm String identifiers,
      @RestForm String purpose,
      @RestForm String reference,
      RoutingContext rc) {
    String user = Callers.name(identity);
    csrf.verify(rc, user, token);
    ScreenForm form =
        new ScreenForm(name, type, country, birthDate, identifiers, purpose, reference);
    List<String> errors = new ArrayList<>();
    var request = form.toRequest(errors);
    if (request != null) {
      validator.validate(request).stream()
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .map(v -> ScreenForm.label(v.getPropertyPath().toString()) + ": " + v.getMessage())
          .forEach(errors::add);
    }
    if (!errors.isEmpty()) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(Templates.screen(page(rc), form, errors, null))
          .build();
    }
    ScreenResponse result;
    try {
      result = screening.screen(request, user, Channel.CONSOLE);
    } catch (InvalidInputException e) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(
              Templates.screen(
                  page(rc), form, List.of(ScreenForm.label(e.field()) + ": " + e.reason()), null))
          .build();
    } catch (RuntimeException e) {
      if (!StorageFailure.causes(e)) {
        throw e;
      }
      LOG.error("A console screening could not be recorded", e);
      auditFailed.fire(new AuditWriteFailed(Channel.CONSOLE));
      throw StorageFailure.unavailable(e);
    }
    return Response.ok(Templates.screen(page(rc), form, List.of(), result)).build();
  }

  private ConsolePage page(RoutingContext rc) {
    return ConsolePage.of(identity, rc, csrf, "screen");
  }
}
