package io.sanctionscreen.monitoring;

import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.screening.ScreenRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A counterparty to watch.
 *
 * @param reference the bank's own reference, unique in the watchlist (adding it again replaces it)
 * @param name its name as written, in any script
 * @param type the kind of party, if known
 * @param country a country tied to it
 * @param birthDate date of birth for persons: YYYY, YYYY-MM or YYYY-MM-DD
 * @param identifiers its identifiers (registration number, ISIN, LEI...)
 */
@Schema(name = "PartyInput", description = "A counterparty to watch.")
public record PartyInput(
    @Schema(example = "deal-2021-0042", required = true)
        @NotBlank
        @Size(max = 200)
        @Pattern(regexp = "\\P{Cc}*", message = "contains control characters")
        String reference,
    @Schema(example = "SenseTime Group Ltd", required = true) @NotBlank @Size(max = 500)
        String name,
    @Schema(
            example = "organization",
            enumeration = {"person", "organization", "vessel", "aircraft"})
        EntryType type,
    @Schema(example = "Hong Kong")
        @Size(max = 100)
        @Pattern(regexp = "\\P{Cc}*", message = "contains control characters")
        String country,
    @Schema(example = "1972-03-15")
        @Pattern(
            regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?",
            message = "must be a date written YYYY, YYYY-MM or YYYY-MM-DD")
        String birthDate,
    @Size(max = 20) List<ScreenRequest.@Valid IdentifierInput> identifiers) {

  /** The identifiers, never null. */
  public List<ScreenRequest.IdentifierInput> identifiersOrEmpty() {
    return identifiers == null ? List.of() : identifiers;
  }
}
