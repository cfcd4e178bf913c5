package io.sanctionscreen.audit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Commits the audit records of concurrent single screenings together: one writer thread takes every
 * record waiting, inserts them as one JDBC batch in one transaction, commits, and only then
 * releases each waiting screening. A screening whose record is not committed gets no answer (fail
 * closed); the cost of a commit is shared by every screening that arrived while the previous one
 * ran.
 */
@ApplicationScoped
public class GroupCommit {

  private static final Logger LOG = Logger.getLogger(GroupCommit.class);

  static final String INSERT =
      "insert into screening_record (id, screened_at, caller, channel, reference, query_name,"
          + " normalized_query, query_type, purpose, outcome, top_score, hit_count, list_versions,"
          + " request_json, result_json, duration_micros)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** A record waiting for its commit, and the screening waiting for it. */
  private record Waiting(ScreeningRecord record, CompletableFuture<Void> committed) {}

  private final DataSource dataSource;
  private final AuditConfig config;
  private final LinkedBlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean stopping;

  public GroupCommit(DataSource dataSource, AuditConfig config) {
    this.dataSource = dataSource;
    this.config = config;
    this.writer = new Thread(this::run, "audit-group-commit");
    this.writer.setDaemon(true);
    this.writer.start();
  }

  /**
   * Returns once the record is committed. Throws {@link RecordNotCommittedException} (with the
   * database's error as cause) if it could not be, or was not within the configured timeout.
   */
  public void commit(ScreeningRecord record) {
    if (stopping) {
      throw failed(new IllegalStateException("the service is stopping"));
    }
    Waiting w = new Waiting(record, new CompletableFuture<>());
    queue.add(w);
    try {
      w.committed().get(config.commitTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw failed(e.getCause());
    } catch (TimeoutException e) {
      throw failed(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failed(e);
    }
  }

  private static RecordNotCommittedException failed(Throwable cause) {
    return new RecordNotCommittedException(cause);
  }

  private void run() {
    int max = Math.max(1, config.groupCommitMaxRecords());
    List<Waiting> group = new ArrayList<>(max);
    while (!stopping || !queue.isEmpty()) {
      try {
        Waiting first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        group.add(first);
        queue.drainTo(group, max - 1);
        write(group);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (RuntimeException | Error e) {
        LOG.error("The audit writer failed", e);
        group.forEach(w -> w.committed().completeExceptionally(e));
      } finally {
        group.clear();
      }
    }
  }

  private void write(List<Waiting> group) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(INSERT)) {
        for (Waiting w : group) {
          bind(ps, w.record());
          ps.addBatch();
        }
        ps.executeBatch();
        c.commit();
      } catch (SQLException | RuntimeException e) {
        rollback(c);
        throw e;
      }
    } catch (SQLException | RuntimeException e) {
      LOG.warnf("%d audit records could not be committed: %s", group.size(), e.toString());
      group.forEach(w -> w.committed().completeExceptionally(e));
      return;
    }
    group.forEach(w -> w.committed().complete(null));
  }

  private static void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException e) {
      LOG.debug("rollback after a failed audit commit failed too", e);
    }
  }

  private static void bind(PreparedStatement ps, ScreeningRecord r) throws SQLException {
    ps.setString(1, r.id);
    ps.setObject(2, r.screenedAt.atOffset(ZoneOffset.UTC));
    ps.setString(3, r.caller);
    ps.setString(4, r.channel);
    ps.setString(5, r.reference);
    ps.setString(6, r.queryName);
    ps.setString(7, r.normalizedQuery);
    ps.setString(8, r.queryType);
    ps.setString(9, r.purpose);
    ps.setString(10, r.outcome);
    if (r.topScore == null) {
      ps.setNull(11, Types.DOUBLE);
    } else {
      ps.setDouble(11, r.topScore);
    }
    ps.setInt(12, r.hitCount);
    ps.setString(13, r.listVersions);
    ps.setString(14, r.requestJson);
    ps.setString(15, r.resultJson);
    ps.setLong(16, r.durationMicros);
  }

  /** Refuses new records and lets the writer commit those already waiting. */
  @PreDestroy
  void stop() throws InterruptedException {
    stopping = true;
    writer.join(config.commitTimeout().toMillis());
  }
}
