package io.sanctionscreen.screening;

import io.sanctionscreen.lists.model.EntryType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A name to screen, with what the caller knows about it.
 *
 * @param name the counterparty's name as written, in any script
 * @param type the kind of party, if known
 * @param country a country tied to the counterparty (incorporation, nationality, address)
 * @param birthDate date of birth for persons: YYYY, YYYY-MM or YYYY-MM-DD
 * @param purpose what the caller is about to do with the counterparty
 * @param threshold the lowest score of the hits returned; defaults to the review threshold
 * @param limit the most hits returned
 * @param reference the caller's own reference, kept in the audit record
 * @param identifiers identifiers of the counterparty: one equal to a listed one is a hit whatever
 *     the name says
 */
@Schema(name = "ScreenRequest", description = "A name to screen and what is known about it.")
public record ScreenRequest(
    @Schema(
            description = "The counterparty's name as written, in any script.",
            example = "SenseTime Group Ltd",
            required = true,
            maxLength = MAX_NAME_LENGTH)
        @NotBlank
        @Size(max = MAX_NAME_LENGTH)
        String name,
    @Schema(
            description = "The kind of party, if known: person, organization, vessel or aircraft.",
            example = "organization",
            enumeration = {"person", "organization", "vessel", "aircraft"})
        EntryType type,
    @Schema(description = "A country tied to the counterparty.", example = "Hong Kong")
        @Size(max = 100)
        @Pattern(regexp = NO_CONTROL_CHARACTERS, message = CONTROL_CHARACTERS_MESSAGE)
        String country,
    @Schema(
            description = "Date of birth, for persons: YYYY, YYYY-MM or YYYY-MM-DD.",
            example = "1972-03-15")
        @Pattern(
            regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?",
            message = "must be a date written YYYY, YYYY-MM or YYYY-MM-DD")
        String birthDate,
    @Schema(
            description = "What the caller is about to do with the counterparty.",
            example = "INVESTMENT")
        Purpose purpose,
    @Schema(
            description =
                "The lowest score of the hits returned, 0 to 1; defaults to the review threshold.",
            example = "0.82",
            minimum = "0",
            maximum = "1")
        @DecimalMin("0.0")
        @DecimalMax("1.0")
        Double threshold,
    @Schema(description = "The most hits returned, 1 to 100.", example = "10")
        @Min(1)
        @Max(MAX_LIMIT)
        Integer limit,
    @Schema(
            description = "The caller's own reference, kept in the audit record.",
            example = "deal-2021-12-hk-ipo-0042")
        @Size(max = 200)
        @Pattern(regexp = NO_CONTROL_CHARACTERS, message = CONTROL_CHARACTERS_MESSAGE)
        String reference,
    @Schema(
            description =
                "Identifiers of the counterparty (registration number, ISIN, LEI, passport...). One"
                    + " equal to a listed identifier is a hit whatever the name says.")
        @Size(max = 20)
        List<@Valid IdentifierInput> identifiers) {

  /**
   * The longest name any configuration accepts; screening.limits.max-name-length (500 by default)
   * sets the bound in force.
   */
  public static final int MAX_NAME_LENGTH = 2000;

  /** The most hits a screening returns. */
  public static final int MAX_LIMIT = 100;

  /**
   * Text stored as given (reference, country, identifiers) holds no control character: a NUL or an
   * escape stored in the audit trail breaks or misleads what reads it later.
   */
  static final String NO_CONTROL_CHARACTERS = "\\P{Cc}*";

  static final String CONTROL_CHARACTERS_MESSAGE = "contains control characters";

  /** A request with only a name. */
  public static ScreenRequest ofName(String name) {
    return new ScreenRequest(name, null, null, null, null, null, null, null, null);
  }

  /** The identifiers, never null. */
  public List<IdentifierInput> identifiersOrEmpty() {
    return identifiers == null ? List.of() : identifiers;
  }

  /**
   * An identifier of the counterparty.
   *
   * @param type what it is (Registration Number, ISIN, LEI, Passport...); optional
   * @param value the identifier as written
   */
  @Schema(name = "Identifier")
  public record IdentifierInput(
      @Schema(example = "C.R. No.")
          @Size(max = 100)
          @Pattern(regexp = NO_CONTROL_CHARACTERS, message = CONTROL_CHARACTERS_MESSAGE)
          String type,
      @Schema(example = "2162198", required = true)
          @NotBlank
          @Size(max = 100)
          @Pattern(regexp = NO_CONTROL_CHARACTERS, message = CONTROL_CHARACTERS_MESSAGE)
          String value) {}
}
