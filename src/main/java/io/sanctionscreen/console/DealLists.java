package io.sanctionscreen.console;

import io.sanctionscreen.errors.InvalidInputException;
import io.sanctionscreen.screening.Channel;
import io.sanctionscreen.screening.Purpose;
import io.sanctionscreen.screening.batch.BatchInput;
import io.sanctionscreen.screening.batch.BatchRow;
import io.sanctionscreen.screening.batch.BatchScreeningService;
import io.sanctionscreen.screening.batch.BatchWriter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * The deal lists screened in the console: each is screened in the background (its page shows the
 * rows screened so far and refreshes itself until the last one), then kept in memory for a while so
 * that its page can be shown and its reports downloaded without screening it again (each row was
 * recorded in the audit trail when it was screened; the audit trail, not this, is the evidence).
 * Each is visible to the user who uploaded it only.
 */
@ApplicationScoped
public class DealLists {

  private static final Logger LOG = Logger.getLogger(DealLists.class);

  /** How long a screened deal list stays. */
  static final Duration KEPT = Duration.ofHours(2);

  /** The most deal lists kept at once; the oldest go first. */
  static final int MAX_KEPT = 50;

  /** Deal lists screened at the same time; more wait their turn. */
  static final int PARALLEL = 2;

  /**
   * A deal list as it stands: being screened, or done.
   *
   * @param id its random id
   * @param owner who uploaded it
   * @param fileName the file's name as uploaded
   * @param screenedAt when its screening began
   * @param purpose the purpose of rows that state none
   * @param rows the rows screened so far, in file order
   * @param summary the counts of those rows
   * @param abort why the batch stopped early, or null
   * @param running whether rows are still being screened
   */
  public record DealList(
      String id,
      String owner,
      String fileName,
      Instant screenedAt,
      String purpose,
      List<BatchRow> rows,
      BatchWriter.Summary summary,
      String abort,
      boolean running) {}

  private final BatchScreeningService batches;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Progress> kept = new LinkedHashMap<>();
  private final AtomicInteger threads = new AtomicInteger();
  private final ExecutorService executor =
      Executors.newFixedThreadPool(
          PARALLEL,
          r -> {
            Thread t = new Thread(r, "deal-list-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
          });

  public DealLists(BatchScreeningService batches) {
    this.batches = batches;
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  /**
   * Starts screening a deal list in the background.
   *
   * @param items the rows, their header already read
   * @param purpose the purpose of rows that state none, or null
   * @return its id
   */
  String start(String owner, String fileName, Iterator<BatchInput.Item> items, Purpose purpose) {
    Progress p = add(owner, fileName, purpose == null ? null : purpose.name());
    executor.execute(() -> screen(p, items, purpose));
    return p.id;
  }

  private synchronized Progress add(String owner, String fileName, String purpose) {
    forgetOld();
    while (kept.size() >= MAX_KEPT) {
      kept.remove(kept.keySet().iterator().next());
    }
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    Progress p =
        new Progress(HexFormat.of().formatHex(bytes), owner, fileName, Instant.now(), purpose);
    kept.put(p.id, p);
    return p;
  }

  @ActivateRequestContext
  void screen(Progress p, Iterator<BatchInput.Item> items, Purpose purpose) {
    try {
      batches.run(items, purpose, p.owner, Channel.CONSOLE, p);
    } catch (InvalidInputException e) {
      p.stop("The file is not a deal list: " + e.reason());
    } catch (IOException | RuntimeException e) {
      LOG.errorf(e, "Deal list %s of %s stopped", p.id, p.owner);
      p.stop("Screening stopped after the rows shown: " + e.getMessage());
    }
  }

  /** The deal list with this id if the user uploaded it and it is still kept. */
  synchronized Optional<DealList> find(String id, String owner) {
    forgetOld();
    Progress p = kept.get(id);
    return p != null && p.owner.equals(owner) ? Optional.of(p.snapshot()) : Optional.empty();
  }

  private void forgetOld() {
    Instant limit = Instant.now().minus(KEPT);
    kept.values().removeIf(p -> p.startedAt.isBefore(limit));
  }

  /** One deal list's rows as the batch writes them. */
  static final class Progress implements BatchWriter {
    final String id;
    final String owner;
    final String fileName;
    final Instant startedAt;
    final String purpose;
    private final List<BatchRow> rows = new ArrayList<>();
    private BatchWriter.Summary summary = new BatchWriter.Summary(0, 0, 0, 0, 0);
    private String abort;
    private boolean running = true;

    Progress(String id, String owner, String fileName, Instant startedAt, String purpose) {
      this.id = id;
      this.owner = owner;
      this.fileName = fileName;
      this.startedAt = startedAt;
      this.purpose = purpose;
    }

    @Override
    public void start() {}

    @Override
    public synchronized void write(BatchRow row) {
      rows.add(row);
      summary = summary.plus(row);
    }

    @Override
    public synchronized void finish(Summary done, String why) {
      summary = done;
      abort = why;
      running = false;
    }

    synchronized void stop(String why) {
      abort = why;
      running = false;
    }

    synchronized DealList snapshot() {
      return new DealList(
          id, owner, fileName, startedAt, purpose, List.copyOf(rows), summary, abort, running);
    }
  }
}
