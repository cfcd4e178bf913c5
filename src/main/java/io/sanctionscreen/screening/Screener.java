package io.sanctionscreen.screening;

import io.sanctionscreen.errors.InvalidInputException;
import io.sanctionscreen.index.IndexEntryReader;
import io.sanctionscreen.index.IndexGeneration;
import io.sanctionscreen.index.NameSearcher;
import io.sanctionscreen.matching.NameNormalizer;
import io.sanctionscreen.matching.NormalizedName;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Screens one name against an index generation and decides what the hits mean for the purpose:
 * plain Java, recording nothing. The service ({@link ScreeningService}) adds the audit record in
 * the same transaction; the {@code screen} command uses it as it is, its report being the record.
 */
public final class Screener {

  /** Runs a search on a generation, holding it for the search (IndexService#withGeneration). */
  public interface Generations {
    <T> T withGeneration(Function<IndexGeneration, T> work);
  }

  /** The list versions of a past instant, and generations built from them (IndexService). */
  public interface PastGenerations {
    /** The versions active at an instant, and the sources that had none yet. */
    IndexEntryReader.VersionsAt versionsAt(Instant instant);

    /** Runs a search on a generation holding exactly these versions. */
    <T> T withGenerationOf(
        List<IndexGeneration.SourceVersion> versions, Function<IndexGeneration, T> work);
  }

  private final NameNormalizer normalizer;
  private final NameSearcher searcher;
  private final PurposeDecider decider;
  private final int maxNameLength;
  private final int defaultLimit;
  private final Clock clock;

  public Screener(
      NameNormalizer normalizer,
      NameSearcher searcher,
      PurposeDecider decider,
      int maxNameLength,
      int defaultLimit,
      Clock clock) {
    this.normalizer = normalizer;
    this.searcher = searcher;
    this.decider = decider;
    this.maxNameLength = maxNameLength;
    this.defaultLimit = defaultLimit;
    this.clock = clock;
  }

  /** The measures table's version. */
  public String measuresVersion() {
    return decider.measuresVersion();
  }

  /**
   * Screens a validated request against the current lists ({@code asOf} is refused).
   *
   * @throws InvalidInputException if the name cannot be screened
   */
  public ScreenResponse screen(ScreenRequest request, Generations index) {
    return screen(request, index, null);
  }

  /**
   * Screens a validated request: against the current generation, or with {@code asOf} against the
   * list versions active then.
   *
   * @param past the stored versions; null where there are none (the screen command)
   * @throws InvalidInputException if the name cannot be screened, or asOf is in the future, before
   *     every stored version, or given where there are no stored versions
   */
  public ScreenResponse screen(ScreenRequest request, Generations index, PastGenerations past) {
    checkName(request.name());
    NormalizedName query = normalizer.normalize(request.name());
    if (query.isEmpty() && request.identifiersOrEmpty().isEmpty()) {
      throw new InvalidInputException("name", "has no letters or digits to screen");
    }
    PurposeDecider.Thresholds thresholds = decider.thresholds(request.purpose());
    double threshold = request.threshold() != null ? request.threshold() : thresholds.review();
    int limit = request.limit() != null ? request.limit() : defaultLimit;
    List<NameSearcher.QueryIdentifier> identifiers = new ArrayList<>();
    for (ScreenRequest.IdentifierInput i : request.identifiersOrEmpty()) {
      identifiers.add(new NameSearcher.QueryIdentifier(i.type(), i.value()));
    }
    NameSearcher.Request search =
        new NameSearcher.Request(
            query,
            request.type(),
            threshold,
            limit,
            request.birthDate(),
            request.country(),
            identifiers);
    Instant now = clock.instant();
    Instant asOf = request.asOf() == null ? null : request.asOf().toInstant();
    Searched searched;
    List<ScreenResponse.NotScreened> notScreened = new ArrayList<>();
    if (asOf == null) {
      searched = index.withGeneration(g -> new Searched(searcher.search(g, search), versions(g)));
    } else {
      if (past == null) {
        throw new InvalidInputException(
            "asOf", "needs the stored list versions of the service; this screening has none");
      }
      if (asOf.isAfter(now)) {
        throw new InvalidInputException(
            "asOf", "is in the future (" + asOf + "); omit it to screen against today's lists");
      }
      IndexEntryReader.VersionsAt at = past.versionsAt(asOf);
      for (IndexEntryReader.NotYetStored n : at.notYetStored()) {
        notScreened.add(
            new ScreenResponse.NotScreened(
                n.source(),
                n.firstActivatedAt(),
                "No version of "
                    + n.source()
                    + " was stored at "
                    + asOf
                    + " (its first became active at "
                    + n.firstActivatedAt()
                    + "): not screened."));
      }
      if (at.versions().isEmpty()) {
        throw new InvalidInputException(
            "asOf",
            "is before the first stored list version"
                + at.notYetStored().stream()
                    .map(IndexEntryReader.NotYetStored::firstActivatedAt)
                    .min(Instant::compareTo)
                    .map(first -> " (active from " + first + ")")
                    .orElse("")
                + ": there is nothing to screen against");
      }
      searched =
          past.withGenerationOf(
              at.versions(), g -> new Searched(searcher.search(g, search), versions(g)));
    }
    LocalDate transactionDate =
        request.transactionDate() != null
            ? request.transactionDate()
            : LocalDate.ofInstant(asOf != null ? asOf : now, clock.getZone());
    PurposeDecider.Decision decision =
        decider.decide(searched.hits(), request.purpose(), transactionDate);
    List<ScreenResponse.Hit> hits = DesignationMerger.merge(searched.hits(), decision.hits());
    return new ScreenResponse(
        ScreeningIds.next(),
        request.reference(),
        now,
        request.purpose(),
        transactionDate,
        asOf,
        decision.outcome(),
        notScreened.isEmpty()
            ? decision.reason()
            : decision.reason()
                + " "
                + notScreened.stream()
                    .map(ScreenResponse.NotScreened::reason)
                    .collect(Collectors.joining(" ")),
        query.text(),
        threshold,
        searched.versions(),
        List.copyOf(notScreened),
        decider.measuresVersion(),
        hits);
  }

  private record Searched(
      List<NameSearcher.Hit> hits, List<ScreenResponse.ListVersionRef> versions) {}

  private static List<ScreenResponse.ListVersionRef> versions(IndexGeneration g) {
    return g.versions().stream()
        .map(v -> new ScreenResponse.ListVersionRef(v.source(), v.versionId(), v.listDate()))
        .toList();
  }

  /**
   * Refuses a name longer than the configured bound, or holding control characters other than tabs
   * and line breaks (a NUL or a bell is a broken client or an attempt to split the name where a
   * person cannot see it) or half of a surrogate pair (not text at all).
   */
  private void checkName(String name) {
    if (name == null) {
      return;
    }
    if (name.length() > maxNameLength) {
      throw new InvalidInputException("name", "is longer than " + maxNameLength + " characters");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        throw new InvalidInputException("name", "contains control characters");
      }
      if (Character.isHighSurrogate(c)
          && (i + 1 == name.length() || !Character.isLowSurrogate(name.charAt(i + 1)))) {
        throw new InvalidInputException("name", "holds half of a surrogate pair: not text");
      }
      if (Character.isLowSurrogate(c)
          && (i == 0 || !Character.isHighSurrogate(name.charAt(i - 1)))) {
        throw new InvalidInputException("name", "holds half of a surrogate pair: not text");
      }
    }
  }
}
