package io.sanctionscreen.screening;

import io.sanctionscreen.audit.AuditEntry;
import io.sanctionscreen.audit.AuditService;
import io.sanctionscreen.errors.InvalidInputException;
import io.sanctionscreen.errors.ServiceException;
import io.sanctionscreen.index.IndexEntryReader;
import io.sanctionscreen.index.IndexGeneration;
import io.sanctionscreen.index.IndexService;
import io.sanctionscreen.index.NameSearcher;
import io.sanctionscreen.matching.NameNormalizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
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

  private final Screener screener;
  private final IndexService index;
  private final AuditService audit;
  private final Event<ScreeningDone> done;
  private final Screener.PastGenerations past;
  private final Instance<Suppressions> suppressions;

  public ScreeningService(
      NameNormalizer normalizer,
      NameSearcher searcher,
      IndexService index,
      AuditService audit,
      ScreeningConfig config,
      LimitsConfig limits,
      PurposeDecider decider,
      Clock clock,
      Event<ScreeningDone> done,
      Instance<Suppressions> suppressions) {
    this.screener =
        new Screener(
            normalizer, searcher, decider, limits.maxNameLength(), config.defaultLimit(), clock);
    this.index = index;
    this.audit = audit;
    this.done = done;
    this.suppressions = suppressions;
    this.past =
        new Screener.PastGenerations() {
          @Override
          public IndexEntryReader.VersionsAt versionsAt(Instant instant) {
            return index.versionsAt(instant);
          }

          @Override
          public <T> T withGenerationOf(
              List<IndexGeneration.SourceVersion> versions, Function<IndexGeneration, T> work) {
            return index.withGenerationOf(versions, work);
          }
        };
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
    ScreenResponse response = screener.screen(request, index::withGeneration, past);
    if (request.watchlist() != null) {
      response = suppress(request, response);
    }
    List<ScreenResponse.Hit> hits = response.hits();
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
            response.outcome().name(),
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
            response.outcome(),
            hits.size(),
            System.nanoTime() - start));
    return response;
  }

  /**
   * Marks the hits a watchlist's decisions suppress, and takes the outcome from the others: the
   * most severe of their outcomes, CLEAR if none is left.
   *
   * @throws io.sanctionscreen.errors.NotFoundException if there is no such watchlist or party
   */
  private ScreenResponse suppress(ScreenRequest request, ScreenResponse response) {
    if (!suppressions.isResolvable()) {
      throw new InvalidInputException("watchlist", "watchlists are not available in this mode");
    }
    List<String> ids = response.hits().stream().map(ScreenResponse.Hit::entityId).toList();
    Map<String, ScreenResponse.Suppression> found =
        suppressions.get().find(request.watchlist(), request.party(), request.name(), ids);
    if (found.isEmpty()) {
      return response;
    }
    List<ScreenResponse.Hit> hits = new ArrayList<>(response.hits().size());
    Outcome outcome = Outcome.CLEAR;
    List<String> suppressed = new ArrayList<>();
    for (ScreenResponse.Hit h : response.hits()) {
      ScreenResponse.Suppression by = found.get(h.entityId());
      if (by == null) {
        hits.add(h);
        outcome = outcome.worst(h.decision().outcome());
      } else {
        hits.add(h.suppressed(by));
        suppressed.add(
            h.entityId()
                + " (alert "
                + by.alertId()
                + ", false positive by "
                + by.decidedBy()
                + (by.approvedBy() == null ? "" : ", approved by " + by.approvedBy())
                + ")");
      }
    }
    String note =
        "Suppressed by watchlist "
            + request.watchlist()
            + "'s decisions: "
            + String.join(", ", suppressed)
            + ".";
    String reason =
        outcome == response.outcome()
            ? response.reason() + " " + note
            : note
                + (suppressed.size() == hits.size()
                    ? " No other hit."
                    : " The other hits give " + outcome + ".");
    return new ScreenResponse(
        response.screeningId(),
        response.reference(),
        response.screenedAt(),
        response.purpose(),
        response.transactionDate(),
        response.asOf(),
        outcome,
        reason,
        response.query(),
        response.threshold(),
        response.listVersions(),
        response.notScreened(),
        response.measuresVersion(),
        List.copyOf(hits));
  }
}
