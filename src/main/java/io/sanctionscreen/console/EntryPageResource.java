package io.sanctionscreen.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.sanctionscreen.access.Roles;
import io.sanctionscreen.lists.EntityView;
import io.sanctionscreen.lists.ListQueryService;
import io.sanctionscreen.lists.versions.EntryHistory;
import io.sanctionscreen.lists.versions.ListChangesService;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The Entry page: one listed entry whole, as its active list version gives it, and its history
 * across the versions of its list.
 */
@Path(ConsolePaths.ENTRIES)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class EntryPageResource {

  @CheckedTemplate(basePath = "console")
  static class Templates {
    static native TemplateInstance entry(ConsolePage page, EntityView entry, EntryHistory history);
  }

  private final ListQueryService lists;
  private final ListChangesService versions;
  private final SecurityIdentity identity;
  private final CsrfGuard csrf;

  public EntryPageResource(
      ListQueryService lists,
      ListChangesService versions,
      SecurityIdentity identity,
      CsrfGuard csrf) {
    this.lists = lists;
    this.versions = versions;
    this.identity = identity;
    this.csrf = csrf;
  }

  @GET
  @Path("/{entityId}")
  public TemplateInstance entry(@PathParam("entityId") String entityId, RoutingContext rc) {
    EntityView entry = lists.entity(entityId);
    return Templates.entry(
        ConsolePage.of(identity, rc, csrf, "lists"), entry, versions.history(entry.entityId()));
  }
}
