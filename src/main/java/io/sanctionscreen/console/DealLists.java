package io.sanctionscreen.console;

import io.sanctionscreen.screening.batch.BatchRow;
import io.sanctionscreen.screening.batch.BatchWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deal lists screened in the console, kept in memory for a while so that their page can be
 * shown and their reports downloaded without screening them again (each row was recorded in the
 * audit trail when it was screened; the audit trail, not this, is the evidence). Each is visible to
 * the user who uploaded it only.
 */
@ApplicationScoped
public class DealLists {

  /** How long a screened deal list stays. */
  static final Duration KEPT = Duration.ofHours(2);

  /** The most deal lists kept at once; the oldest go first. */
  static final int MAX_KEPT = 50;

  /**
   * A screened deal list.
   *
   * @param id its random id
   * @param owner who uploaded it
   * @param fileName the file's name as uploaded
   * @param screenedAt when
   * @param purpose the purpose of rows that state none
   * @param rows the rows, in file order
   * @param summary the counts
   * @param abort why the batch stopped early, or null
   */
  public record DealList(
      String id,
      String owner,
      String fileName,
      Instant screenedAt,
      String purpose,
      List<BatchRow> rows,
      BatchWriter.Summary summary,
      String abort) {}

  private final SecureRandom random = new SecureRandom();
  private final Map<String, DealList> kept = new LinkedHashMap<>();

  /** Keeps a screened deal list and returns it with its id. */
  synchronized DealList keep(
      String owner,
      String fileName,
      String purpose,
      List<BatchRow> rows,
      BatchWriter.Summary summary,
      String abort) {
    forgetOld();
    while (kept.size() >= MAX_KEPT) {
      kept.remove(kept.keySet().iterator().next());
    }
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    DealList d =
        new DealList(
            HexFormat.of().formatHex(bytes),
            owner,
            fileName,
            Instant.now(),
            purpose,
            List.copyOf(rows),
            summary,
            abort);
    kept.put(d.id(), d);
    return d;
  }

  /** The deal list with this id if the user uploaded it and it is still kept. */
  synchronized Optional<DealList> find(String id, String owner) {
    forgetOld();
    DealList d = kept.get(id);
    return d != null && d.owner().equals(owner) ? Optional.of(d) : Optional.empty();
  }

  private void forgetOld() {
    Instant limit = Instant.now().minus(KEPT);
    kept.values().removeIf(d -> d.screenedAt().isBefore(limit));
  }

  /** Collects the rows a batch writes. */
  static final class Collector implements BatchWriter {
    final List<BatchRow> rows = new ArrayList<>();

    @Override
    public void start() {}

    @Override
    public void write(BatchRow row) {
      rows.add(row);
    }

    @Override
    public void finish(Summary summary, String abort) {}
  }
}
