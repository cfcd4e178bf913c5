package io.sanctionscreen.review;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A second officer's approval of clearing an alert.
 *
 * @param comment why, for the record
 */
@Schema(name = "ApprovalRequest")
public record ApprovalRequest(
    @Schema(example = "Checked the registration number: a different company") @Size(max = 2000)
        String comment) {}
