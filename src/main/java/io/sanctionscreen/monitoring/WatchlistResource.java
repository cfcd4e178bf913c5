package io.sanctionscreen.monitoring;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.sanctionscreen.access.Callers;
import io.sanctionscreen.access.Roles;
import io.sanctionscreen.errors.InvalidInputException;
import io.sanctionscreen.screening.ScreenRequest;
import io.sanctionscreen.screening.batch.BatchInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Watchlists of the bank's counterparties, monitored against every list change. */
@Path("/api/v1/watchlists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring", description = "Watchlists of counterparties, re-screened on list changes")
public class WatchlistResource {

  private final WatchlistService watchlists;
  private final RescreenService rescreens;
  private final MonitoringConfig config;
  private final SecurityIdentity identity;
  private final Validator validator;

  public WatchlistResource(
      WatchlistService watchlists,
      RescreenService rescreens,
      MonitoringConfig config,
      SecurityIdentity identity,
      Validator validator) {
    this.watchlists = watchlists;
    this.rescreens = rescreens;
    this.config = config;
    this.identity = identity;
    this.validator = validator;
  }

  @PUT
  @Path("/{name}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Create or update a watchlist")
  @APIResponse(responseCode = "200", description = "Updated")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "A bad name, purpose or threshold")
  public Response put(@PathParam("name") String name, @Valid @NotNull WatchlistRequest request) {
    WatchlistService.Saved s = watchlists.put(name, request);
    return Response.status(s.created() ? 201 : 200).entity(s.watchlist()).build();
  }

  @GET
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Operation(summary = "List the watchlists")
  @APIResponse(responseCode = "200", description = "Every watchlist, by name")
  public List<WatchlistView> list() {
    return watchlists.list();
  }

  @GET
  @Path("/{name}")
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Operation(summary = "One watchlist")
  @APIResponse(responseCode = "200", description = "The watchlist")
  @APIResponse(responseCode = "404", description = "No watchlist of that name")
  public WatchlistView get(@PathParam("name") String name) {
    return watchlists.get(name);
  }

  @POST
  @Path("/{name}/parties")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.SCREENER})
  @Operation(
      summary = "Add parties to a watchlist",
      description =
          "Stores the parties (replacing those whose reference the watchlist holds) and screens"
              + " them at once: each hit at or above the watchlist's threshold is an alert."
              + " Screeners may add parties only if screening.monitoring.screeners-may-add-parties"
              + " is true.")
  @APIResponse(responseCode = "200", description = "The parties stored and the alerts raised")
  @APIResponse(responseCode = "400", description = "A party is invalid")
  @APIResponse(responseCode = "404", description = "No watchlist of that name")
  public PartiesAdded addParties(
      @PathParam("name") String name, @Valid @NotNull PartiesRequest request) {
    checkMayAdd();
    return watchlists.addParties(name, request.parties(), Callers.name(identity));
  }

  @POST
  @Path("/{name}/parties")
  @Consumes("text/csv")
  @RolesAllowed({Roles.ADMIN, Roles.SCREENER})
  @Operation(
      summary = "Add parties to a watchlist from CSV",
      description =
          "The batch CSV format: a header row and the columns reference (required here), name,"
              + " type, country, birth_date, identifiers; purpose is ignored.")
  @APIResponse(responseCode = "200", description = "The parties stored and the alerts raised")
  @APIResponse(responseCode = "400", description = "A row is invalid")
  @APIResponse(responseCode = "404", description = "No watchlist of that name")
  public PartiesAdded addPartiesCsv(@PathParam("name") String name, InputStream body) {
    checkMayAdd();
    Iterator<BatchInput.Item> items =
        BatchInput.csv(new InputStreamReader(body, StandardCharsets.UTF_8));
    List<PartyInput> parties = new ArrayList<>();
    while (items.hasNext()) {
      BatchInput.Item item = items.next();
      if (parties.size() >= config.maxPartiesPerRequest()) {
        throw new InvalidInputException(
            "body", "holds more than " + config.maxPartiesPerRequest() + " parties");
      }
      if (item.error() != null) {
        throw new InvalidInputException("row " + item.row(), item.error());
      }
      ScreenRequest r = item.request();
      PartyInput p =
          new PartyInput(
              r.reference(), r.name(), r.type(), r.country(), r.birthDate(), r.identifiers());
      Set<ConstraintViolation<PartyInput>> violations = validator.validate(p);
      if (!violations.isEmpty()) {
        ConstraintViolation<PartyInput> v = violations.iterator().next();
        throw new InvalidInputException(
            "row " + item.row() + "." + v.getPropertyPath(), v.getMessage());
      }
      parties.add(p);
    }
    if (parties.isEmpty()) {
      throw new InvalidInputException("body", "holds no party");
    }
    return watchlists.addParties(name, parties, Callers.name(identity));
  }

  @GET
  @Path("/{name}/parties")
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Operation(summary = "Page through a watchlist's parties, by reference")
  @APIResponse(responseCode = "200", description = "A page of parties")
  @APIResponse(responseCode = "400", description = "offset or limit out of range")
  @APIResponse(responseCode = "404", description = "No watchlist of that name")
  public PartyPage parties(
      @PathParam("name") String name,
      @QueryParam("offset") @DefaultValue("0") String offset,
      @QueryParam("limit") @DefaultValue("100") String limit) {
    return watchlists.parties(name, Paging.offset(offset), Paging.limit(limit, 1000));
  }

  @DELETE
  @Path("/{name}/parties/{reference}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Remove a party from a watchlist (its alerts stay)")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = "No such watchlist or party")
  public Response deleteParty(
      @PathParam("name") String name, @PathParam("reference") String reference) {
    watchlists.deleteParty(name, reference);
    return Response.noContent().build();
  }

  @POST
  @Path("/{name}/rescreen")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Re-screen a whole watchlist in the background",
      description =
          "Queues a job that one replica runs in chunks, storing its progress; another replica"
              + " resumes it if that one stops. Follow it at /api/v1/rescreens/{id}.")
  @APIResponse(responseCode = "202", description = "The job, queued")
  @APIResponse(responseCode = "404", description = "No watchlist of that name")
  public Response rescreen(@PathParam("name") String name) {
    RescreenView job = rescreens.request(name, Callers.name(identity));
    return Response.accepted(job).header("Location", "/api/v1/rescreens/" + job.id()).build();
  }

  private void checkMayAdd() {
    if (!identity.hasRole(Roles.ADMIN) && !config.screenersMayAddParties()) {
      throw new ForbiddenException(
          "Screeners may add parties only if screening.monitoring.screeners-may-add-parties is"
              + " true");
    }
  }
}
