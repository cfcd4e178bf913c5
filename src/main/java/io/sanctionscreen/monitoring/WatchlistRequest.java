package io.sanctionscreen.monitoring;

import io.sanctionscreen.screening.Purpose;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A watchlist's settings.
 *
 * @param description what the watchlist holds
 * @param purpose what the bank does with its parties: decides each alert's outcome
 * @param threshold the lowest score that raises an alert
 */
@Schema(name = "WatchlistRequest", description = "A watchlist's settings.")
public record WatchlistRequest(
    @Schema(description = "What the watchlist holds.", example = "Hong Kong IPO pipeline 2021")
        @Size(max = 2000)
        @Pattern(regexp = "\\P{Cc}*", message = "contains control characters")
        String description,
    @Schema(
            description = "What the bank does with these parties.",
            example = "IPO",
            required = true)
        @NotNull
        Purpose purpose,
    @Schema(
            description = "The lowest score that raises an alert, 0.5 to 1.",
            example = "0.82",
            required = true)
        @NotNull
        @DecimalMin("0.5")
        @DecimalMax("1.0")
        Double threshold) {}
