package io.sanctionscreen.screening;

import io.sanctionscreen.errors.InvalidInputException;
import io.sanctionscreen.index.IndexGeneration;
import io.sanctionscreen.index.NameSearcher;
import io.sanctionscreen.matching.NameNormalizer;
import io.sanctionscreen.matching.NormalizedName;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

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
   * Screens a validated request.
   *
   * @throws InvalidInputException if the name cannot be screened
   */
  public ScreenResponse screen(ScreenRequest request, Generations index) {
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
    Searched searched =
        index.withGeneration(g -> new Searched(searcher.search(g, search), versions(g)));
    Instant now = clock.instant();
    PurposeDecider.Decision decision =
        decider.decide(
            searched.hits(), request.purpose(), LocalDate.ofInstant(now, clock.getZone()));
    List<ScreenResponse.Hit> hits = new ArrayList<>(searched.hits().size());
    for (int i = 0; i < searched.hits().size(); i++) {
      hits.add(HitExplainer.toHit(searched.hits().get(i), decision.hits().get(i)));
    }
    return new ScreenResponse(
        UUID.randomUUID().toString(),
        request.reference(),
        now,
        request.purpose(),
        decision.outcome(),
        decision.reason(),
        query.text(),
        threshold,
        searched.versions(),
        decider.measuresVersion(),
        List.copyOf(hits));
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
