package io.sanctionscreen.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An officer's decision on an alert.
 *
 * @param decision what was decided
 * @param comment why, for the record
 */
@Schema(name = "DecisionRequest")
public record DecisionRequest(
    @Schema(example = "FALSE_POSITIVE", required = true) @NotNull Decision decision,
    @Schema(example = "Deal counterparty is SenseTime Holdings Inc., a different company")
        @Size(max = 2000)
        String comment) {}
