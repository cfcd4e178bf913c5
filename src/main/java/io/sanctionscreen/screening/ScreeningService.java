package io.sanctionscreen.screening;

import io.sanctionscreen.audit.AuditEntry;
import io.sanctionscreen.audit.AuditService;
import io.sanctionscreen.index.IndexGeneration;
import io.sanctionscreen.index.IndexService;
import io.sanctionscreen.index.NameSearcher;
import io.sanctionscreen.matching.NameNormalizer;
import io.sanctionscreen.matching.NormalizedName;
import io.sanctionscreen.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Screens one name: normalizes it, searches the current index generation, decides the outcome, and
 * writes the audit record in the same transaction. If the record cannot be written, the screening
 * fails and the caller gets no answer (fail closed).
 */
@ApplicationScoped
@Transactional
public class ScreeningService {

  private final NameNormalizer normalizer;
  private final NameSearcher searcher;
  private final IndexService index;
  private final AuditService audit;
  private final ScreeningConfig config;

  public ScreeningService(
      NameNormalizer normalizer,
      NameSearcher searcher,
      IndexService index,
      AuditService audit,
      ScreeningConfig config) {
    this.normalizer = normalizer;
    this.searcher = searcher;
    this.index = index;
    this.audit = audit;
    this.config = config;
  }

  /** Screens a validated request on behalf of a caller. */
  public ScreenResponse screen(ScreenRequest request, String caller, Channel channel) {
    long start = System.nanoTime();
    NormalizedName query = normalizer.normalize(request.name());
    if (query.isEmpty()) {
      throw ProblemException.badRequest("name", "has no letters or digits to screen");
    }
    double threshold = request.threshold() != null ? request.threshold() : config.reviewThreshold();
    int limit = request.limit() != null ? request.limit() : config.defaultLimit();
    NameSearcher.Request search = new NameSearcher.Request(query, request.type(), threshold, limit);
    Searched searched =
        index.withGeneration(g -> new Searched(searcher.search(g, search), versions(g)));
    List<ScreenResponse.Hit> hits = searched.hits().stream().map(HitExplainer::toHit).toList();
    double top = hits.isEmpty() ? 0 : hits.get(0).score();
    Outcome outcome =
        top >= config.matchThreshold()
            ? Outcome.MATCH
            : top >= config.reviewThreshold() ? Outcome.REVIEW : Outcome.CLEAR;
    ScreenResponse response =
        new ScreenResponse(
            UUID.randomUUID().toString(),
            request.reference(),
            Instant.now(),
            outcome,
            query.text(),
            threshold,
            searched.versions(),
            hits);
    audit.record(
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
            outcome.name(),
            hits.isEmpty() ? null : top,
            hits.size(),
            response.listVersions().stream()
                .map(v -> v.source() + "@" + v.version())
                .collect(Collectors.joining(",")),
            request,
            response,
            (System.nanoTime() - start) / 1_000));
    return response;
  }

  private record Searched(
      List<NameSearcher.Hit> hits, List<ScreenResponse.ListVersionRef> versions) {}

  private static List<ScreenResponse.ListVersionRef> versions(IndexGeneration g) {
    return g.versions().stream()
        .map(v -> new ScreenResponse.ListVersionRef(v.source(), v.versionId(), v.listDate()))
        .toList();
  }
}
