package io.sanctionscreen.monitoring;

import io.sanctionscreen.screening.ScreenRequest;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A watched party as shown.
 *
 * @param reference the bank's reference
 * @param name its name
 * @param type the kind of party
 * @param country a country tied to it
 * @param birthDate its date of birth
 * @param identifiers its identifiers
 * @param addedAt when it was added
 * @param addedBy who added it
 */
@Schema(name = "WatchedParty")
public record PartyView(
    @Schema(example = "deal-2021-0042") String reference,
    @Schema(example = "SenseTime Group Ltd") String name,
    @Schema(example = "organization") String type,
    String country,
    String birthDate,
    List<ScreenRequest.IdentifierInput> identifiers,
    Instant addedAt,
    String addedBy) {}
