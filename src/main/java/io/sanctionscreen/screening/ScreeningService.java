package io.sanctionscreen.screening;

import io.sanctionscreen.audit.AuditEntry;
import io.sanctionscreen.audit.AuditService;
import io.sanctionscreen.errors.InvalidInputException;
import io.sanctionscreen.errors.ServiceException;
import io.sanctionscreen.index.IndexGeneration;
import io.sanctionscreen.index.IndexService;
import io.sanctionscreen.index.NameSearcher;
import io.sanctionscreen.matching.NameNormalizer;
import io.sanctionscreen.matching.NormalizedName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Screens one name: normalizes it, searches the current index generation, decides what the hits
 * mean for the caller's purpose, and writes the audit record: a single screening's record is
 * committed (together with those of concurrent screenings) before the answer is returned, a batch
 * row's in its chunk's transaction. If the record cannot be written, the screening fails and the
 * caller gets no answer (fail closed).
 */
@ApplicationScoped
public class ScreeningService {

  private final NameNormalizer normalizer;
  private final NameSearcher searcher;
  private final IndexService index;
  private final AuditService audit;
  private final ScreeningConfig config;
  private final LimitsConfig limits;
  private final PurposeDecider decider;
  private final Clock clock;
  private final Event<ScreeningDone> done;

  public ScreeningService(
      NameNormalizer normalizer,
      NameSearcher searcher,
      IndexService index,
      AuditService audit,
      ScreeningConfig config,
      LimitsConfig limits,
      PurposeDecider decider,
      Clock clock,
      Event<ScreeningDone> done) {
    this.normalizer = normalizer;
    this.searcher = searcher;
    this.index = index;
    this.audit = audit;
    this.config = config;
    this.limits = limits;
    this.decider = decider;
    this.clock = clock;
    this.done = done;
  }

  /**
   * Screens a validated request on behalf of a caller, and returns once its audit record is
   * committed.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public ScreenResponse screen(ScreenRequest request, String caller, Channel channel) {
    return screen(request, caller, channel, audit::commit);
  }

  /**
   * Screens a validated request in the caller's transaction (a batch chunk), its audit record
   * committing with the transaction.
   */
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ServiceException.class)
  public ScreenResponse screenInTransaction(ScreenRequest request, String caller, Channel channel) {
    return screen(request, caller, channel, audit::record);
  }

  private ScreenResponse screen(
      ScreenRequest request, String caller, Channel channel, Consumer<AuditEntry> recorder) {
    long start = System.nanoTime();
    checkName(request.name());
    NormalizedName query = normalizer.normalize(request.name());
    if (query.isEmpty() && request.identifiersOrEmpty().isEmpty()) {
      throw new InvalidInputException("name", "has no letters or digits to screen");
    }
    PurposeDecider.Thresholds thresholds = decider.thresholds(request.purpose());
    double threshold = request.threshold() != null ? request.threshold() : thresholds.review();
    int limit = request.limit() != null ? request.limit() : config.defaultLimit();
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
    ScreenResponse response =
        new ScreenResponse(
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
    recorder.accept(
        new AuditEntry(
            response.screeningId(),
            response.screenedAt(),
            caller,
            channel.name(),
            request.reference(),
            request.name(),
            response.query(),
            request.type() == null ? null : request.type().apiName(),
            request.purpose() == null ? null : request.purpose().name(),
            decision.outcome().name(),
            hits.isEmpty() ? null : hits.get(0).score(),
            hits.size(),
            response.listVersions().stream()
                .map(v -> v.source() + "@" + v.version())
                .collect(Collectors.joining(",")),
            request,
            response,
            (System.nanoTime() - start) / 1_000));
    done.fire(
        new ScreeningDone(
            channel,
            request.purpose(),
            decision.outcome(),
            hits.size(),
            System.nanoTime() - start));
    return response;
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
    if (name.length() > limits.maxNameLength()) {
      throw new InvalidInputException(
          "name", "is longer than " + limits.maxNameLength() + " characters");
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
