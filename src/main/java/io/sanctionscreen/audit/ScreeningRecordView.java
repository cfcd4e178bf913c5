package io.sanctionscreen.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The audit record of one screening, as stored.
 *
 * @param screeningId the record id, returned by the screening as screeningId
 * @param screenedAt when it ran
 * @param caller who asked
 * @param channel API, BATCH, CLI...
 * @param reference the caller's reference
 * @param outcome the outcome given
 * @param topScore the best hit's score
 * @param hitCount number of hits returned
 * @param durationMicros time taken
 * @param request the request as received
 * @param result the answer as given
 */
@Schema(name = "ScreeningRecord", description = "The stored evidence of one screening.")
public record ScreeningRecordView(
    String screeningId,
    Instant screenedAt,
    String caller,
    String channel,
    String reference,
    String outcome,
    Double topScore,
    int hitCount,
    long durationMicros,
    @Schema(implementation = Object.class) JsonNode request,
    @Schema(implementation = Object.class) JsonNode result) {}
