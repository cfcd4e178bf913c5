package io.sanctionscreen.screening.batch;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sanctionscreen.errors.InvalidInputException;
import io.sanctionscreen.errors.NotFoundException;
import io.sanctionscreen.index.IndexService;
import io.sanctionscreen.screening.AuditWriteFailed;
import io.sanctionscreen.screening.Channel;
import io.sanctionscreen.screening.Purpose;
import io.sanctionscreen.screening.ScreenRequest;
import io.sanctionscreen.screening.ScreenResponse;
import io.sanctionscreen.screening.ScreeningService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Screens a batch row by row with the single-screening service, a chunk of rows per transaction
 * (each row's audit record commits with its chunk), writing each chunk's results as soon as it is
 * recorded. A bad row is reported in its place; if the audit trail cannot be written the batch
 * stops, says so at the end of the report, and nothing unrecorded is reported.
 */
@ApplicationScoped
public class BatchScreeningService {

  private static final Logger LOG = Logger.getLogger(BatchScreeningService.class);

  private final ScreeningService screening;
  private final Validator validator;
  private final BatchConfig config;
  private final IndexService index;
  private final Event<AuditWriteFailed> auditFailed;

  public BatchScreeningService(
      ScreeningService screening,
      Validator validator,
      BatchConfig config,
      IndexService index,
      Event<AuditWriteFailed> auditFailed) {
    this.screening = screening;
    this.validator = validator;
    this.config = config;
    this.index = index;
    this.auditFailed = auditFailed;
  }

  /** Fails fast, before any output, when screening cannot answer at all. */
  public void checkAvailable() {
    if (index.current().isEmpty()) {
      throw IndexService.notReady();
    }
  }

  /**
   * Screens every row and writes the report.
   *
   * @param purpose the purpose of rows that state none
   * @return the summary, and why the batch stopped early if it did
   */
  public Result run(
      Iterator<BatchInput.Item> items,
      Purpose purpose,
      String caller,
      Channel channel,
      BatchWriter writer)
      throws IOException {
    writer.start();
    BatchWriter.Summary summary = new BatchWriter.Summary(0, 0, 0, 0, 0);
    List<BatchInput.Item> chunk = new ArrayList<>(config.chunkSize());
    int read = 0;
    String abort = null;
    while (abort == null && items.hasNext()) {
      BatchInput.Item item = items.next();
      if (++read > config.maxRows()) {
        abort = "the batch holds more than " + config.maxRows() + " rows; the rest is not screened";
        break;
      }
      chunk.add(item);
      if (chunk.size() == config.chunkSize()) {
        Flushed f = flush(chunk, purpose, caller, channel, writer);
        summary = count(summary, f.rows());
        abort = f.abort();
        chunk.clear();
      }
    }
    if (abort == null && !chunk.isEmpty()) {
      Flushed f = flush(chunk, purpose, caller, channel, writer);
      summary = count(summary, f.rows());
      abort = f.abort();
    }
    writer.finish(summary, abort);
    return new Result(summary, abort);
  }

  /** What a batch did: its counts, and why it stopped early (null if it did not). */
  public record Result(BatchWriter.Summary summary, String abort) {}

  /** The rows a chunk wrote, or why the batch stops. */
  private record Flushed(List<BatchRow> rows, String abort) {}

  private static BatchWriter.Summary count(BatchWriter.Summary s, List<BatchRow> rows) {
    BatchWriter.Summary out = s;
    for (BatchRow r : rows) {
      out = out.plus(r);
    }
    return out;
  }

  /** Screens and records a chunk in one transaction, then writes it. */
  private Flushed flush(
      List<BatchInput.Item> chunk,
      Purpose purpose,
      String caller,
      Channel channel,
      BatchWriter writer)
      throws IOException {
    List<BatchRow> rows;
    try {
      rows =
          QuarkusTransaction.requiringNew().call(() -> screenAll(chunk, purpose, caller, channel));
    } catch (RuntimeException e) {
      LOG.errorf(e, "A batch chunk could not be screened and recorded");
      auditFailed.fire(new AuditWriteFailed(channel));
      return new Flushed(
          List.of(),
          "the audit trail could not be written from row "
              + chunk.get(0).row()
              + " on; those rows are not screened (fail closed). Retry them.");
    }
    for (BatchRow r : rows) {
      writer.write(r);
    }
    return new Flushed(rows, null);
  }

  private List<BatchRow> screenAll(
      List<BatchInput.Item> chunk, Purpose purpose, String caller, Channel channel) {
    List<BatchRow> rows = new ArrayList<>(chunk.size());
    for (BatchInput.Item item : chunk) {
      rows.add(screenOne(item, purpose, caller, channel));
    }
    return rows;
  }

  private BatchRow screenOne(
      BatchInput.Item item, Purpose purpose, String caller, Channel channel) {
    return screenRow(
        item, purpose, validator, r -> screening.screenInTransaction(r, caller, channel));
  }

  /**
   * Screens one row with a screening function: a bad row (unreadable, invalid, or a name that
   * cannot be screened) is reported in its place; anything else the function throws stops the
   * batch. The purpose applies to rows that state none. The command line uses it without the
   * service.
   */
  public static BatchRow screenRow(
      BatchInput.Item item,
      Purpose purpose,
      Validator validator,
      java.util.function.Function<ScreenRequest, ScreenResponse> screen) {
    if (item.error() != null) {
      return BatchRow.bad(item.row(), item.request(), item.error());
    }
    ScreenRequest r = item.request();
    if (r.purpose() == null && purpose != null) {
      r = r.withPurpose(purpose);
    }
    var violations = validator.validate(r);
    if (!violations.isEmpty()) {
      return BatchRow.bad(
          item.row(),
          r,
          violations.stream()
              .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
              .map(BatchScreeningService::describe)
              .collect(Collectors.joining("; ")));
    }
    try {
      return new BatchRow(item.row(), r, screen.apply(r), null);
    } catch (InvalidInputException | NotFoundException e) {
      // The row's fault (a name that cannot be screened, an unknown watchlist): reported in its
      // place. Anything else stops the chunk.
      return BatchRow.bad(item.row(), r, e.getMessage());
    }
  }

  private static String describe(ConstraintViolation<?> v) {
    String path = v.getPropertyPath().toString();
    return (path.isEmpty() ? "row" : path) + ": " + v.getMessage();
  }
}
