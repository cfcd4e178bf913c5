package io.sanctionscreen.screening;

import io.sanctionscreen.audit.AuditEntry;
import io.sanctionscreen.audit.AuditService;
import io.sanctionscreen.errors.ServiceException;
import io.sanctionscreen.index.IndexEntryReader;
import io.sanctionscreen.index.IndexGeneration;
import io.sanctionscreen.index.IndexService;
import io.sanctionscreen.index.NameSearcher;
import io.sanctionscreen.matching.NameNormalizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
    this.screener =
        new Screener(
            normalizer, searcher, decider, limits.maxNameLength(), config.defaultLimit(), clock);
    this.index = index;
    this.audit = audit;
    this.done = done;
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
}
