package io.sanctionscreen.monitoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Parties to add to a watchlist.
 *
 * @param parties the parties; one whose reference the watchlist holds replaces it
 */
@Schema(name = "PartiesRequest", description = "Parties to add to a watchlist.")
public record PartiesRequest(@NotEmpty List<@Valid PartyInput> parties) {}
