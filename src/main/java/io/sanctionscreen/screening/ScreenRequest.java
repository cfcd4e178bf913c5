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
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * @param transactionDate the day the caller acts (trade date): each measure's dates (listing,
 *     effective, divestment window, designation) are read against it; defaults to today, or to the
 *     day of {@code asOf}
 * @param asOf screen against the list versions that were active at this instant, as the service
 *     would have then; defaults to the versions active now
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
        List<@Valid IdentifierInput> identifiers,
    @Schema(
            description =
                "The day the caller acts (trade date), YYYY-MM-DD: each measure's dates (listing,"
                    + " effective, end of a divestment window, designation) are read against it."
                    + " Defaults to today, or to the day of asOf.",
            example = "2022-03-01")
        LocalDate transactionDate,
    @Schema(
            description =
                "Screen against the list versions that were active at this instant (ISO 8601"
                    + " date-time with offset), to reproduce what the service would have said"
                    + " then. Defaults to the versions active now.",
            example = "2026-11-30T09:00:00Z")
        OffsetDateTime asOf,
    @Schema(
            description =
                "Apply this watchlist's suppressions: a hit whose (party, entry) pair an officer"
                    + " cleared as a false positive, on an entry whose content has not changed"
                    + " since, says in suppressedBy which decision suppressed it and no longer"
                    + " counts for the outcome. The party is the one named by party, or else"
                    + " every watched party whose name equals the screened name (case aside).",
            example = "hk-ipo-pipeline")
        @Size(max = 100)
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}", message = "is not a watchlist name")
        String watchlist,
    @Schema(
            description =
                "With watchlist: the reference of the watched party being screened, whose"
                    + " decisions apply.",
            example = "deal-0044")
        @Size(max = 200)
        @Pattern(regexp = NO_CONTROL_CHARACTERS, message = CONTROL_CHARACTERS_MESSAGE)
        String party) {

  /** A request that applies no watchlist's suppressions. */
  public ScreenRequest(
      String name,
      EntryType type,
      String country,
      String birthDate,
      Purpose purpose,
      Double threshold,
      Integer limit,
      String reference,
      List<IdentifierInput> identifiers,
      LocalDate transactionDate,
      OffsetDateTime asOf) {
    this(
        name,
        type,
        country,
        birthDate,
        purpose,
        threshold,
        limit,
        reference,
        identifiers,
        transactionDate,
        asOf,
        null,
        null);
  }

  /** The same request for another purpose. */
  public ScreenRequest withPurpose(Purpose purpose) {
    return new ScreenRequest(
        name,
        type,
        country,
        birthDate,
        purpose,
        threshold,
        limit,
        reference,
        identifiers,
        transactionDate,
        asOf,
        watchlist,
        party);
  }

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
    return new ScreenRequest(name, null, null, null, null, null, null, null, null, null, null);
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
