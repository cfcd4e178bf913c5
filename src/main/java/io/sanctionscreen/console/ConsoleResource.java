package io.sanctionscreen.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.sanctionscreen.access.Callers;
import io.sanctionscreen.access.Roles;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The console's way in and out: the login page (the form posts to Quarkus' form authentication,
 * which checks the same credentials as HTTP Basic), logging out, and the start page.
 */
@Path(ConsolePaths.ROOT)
@Produces(MediaType.TEXT_HTML)
public class ConsoleResource {

  @CheckedTemplate(basePath = "console")
  static class Templates {
    static native TemplateInstance login(boolean error);
  }

  private final SecurityIdentity identity;
  private final CsrfGuard csrf;

  public ConsoleResource(SecurityIdentity identity, CsrfGuard csrf) {
    this.identity = identity;
    this.csrf = csrf;
  }

  @GET
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  public Response start() {
    return Response.seeOther(URI.create(ConsolePaths.SCREEN)).build();
  }

  @GET
  @Path("/login")
  @PermitAll
  public TemplateInstance login(@QueryParam("error") String error) {
    return Templates.login("true".equals(error));
  }

  @POST
  @Path("/logout")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  public Response logout(@RestForm(CsrfGuard.FIELD) String token, RoutingContext rc) {
    csrf.verify(rc, Callers.name(identity), token);
    FormAuthenticationMechanism.logout(rc);
    return Response.seeOther(URI.create(ConsolePaths.LOGIN)).build();
  }
}
