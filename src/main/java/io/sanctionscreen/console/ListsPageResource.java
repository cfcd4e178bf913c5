package io.sanctionscreen.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.sanctionscreen.access.Roles;
import io.sanctionscreen.errors.InvalidInputException;
import io.sanctionscreen.lists.ListInfo;
import io.sanctionscreen.lists.ListQueryService;
import io.sanctionscreen.lists.versions.ListChanges;
import io.sanctionscreen.lists.versions.ListChangesService;
import io.sanctionscreen.lists.versions.VersionView;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The Lists page: each source with its active version, dates, entry counts, freshness and last
 * refresh, its recent versions; and what changed between two versions, as a table.
 */
@Path(ConsolePaths.LISTS)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class ListsPageResource {

  /** Versions shown per source. */
  static final int VERSIONS_SHOWN = 5;

  /** Changes shown on one page. */
  static final int CHANGES_SHOWN = 200;

  /**
   * A source and its recent versions.
   *
   * @param info the source and its active version
   * @param versions its latest versions, newest first
   */
  public record SourceRow(ListInfo info, List<VersionView> versions) {}

  @CheckedTemplate(basePath = "console")
  static class Templates {
    static native TemplateInstance lists(ConsolePage page, List<SourceRow> sources);

    static native TemplateInstance changes(ConsolePage page, ListChanges changes);
  }

  private final ListQueryService lists;
  private final ListChangesService versions;
  private final SecurityIdentity identity;
  private final CsrfGuard csrf;

  public ListsPageResource(
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
  public TemplateInstance lists(RoutingContext rc) {
    List<SourceRow> rows =
        lists.lists().stream()
            .map(
                i ->
                    new SourceRow(
                        i,
                        i.version() == null
                            ? List.of()
                            : versions.versions(i.source(), 0, VERSIONS_SHOWN).versions()))
            .toList();
    return Templates.lists(page(rc), rows);
  }

  @GET
  @Path("/{source}/changes")
  public TemplateInstance changes(
      @PathParam("source") String source,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      RoutingContext rc) {
    return Templates.changes(
        page(rc),
        versions.changes(source, version("from", from), version("to", to), null, 0, CHANGES_SHOWN));
  }

  /** A list version's id from the query, or null if none is given. */
  private static Long version(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "must be a list version number");
    }
  }

  private ConsolePage page(RoutingContext rc) {
    return ConsolePage.of(identity, rc, csrf, "lists");
  }
}
