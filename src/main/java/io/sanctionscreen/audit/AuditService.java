package io.sanctionscreen.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sanctionscreen.errors.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Writes and reads the audit records of screenings. */
@ApplicationScoped
public class AuditService {

  private final ScreeningRecordRepository records;
  private final ObjectMapper json;
  private final GroupCommit groupCommit;

  public AuditService(
      ScreeningRecordRepository records, ObjectMapper json, GroupCommit groupCommit) {
    this.records = records;
    this.json = json;
    this.groupCommit = groupCommit;
  }

  /**
   * Records a screening in the caller's transaction (a batch chunk): the screenings and their
   * evidence commit together or not at all.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(AuditEntry entry) {
    records.persist(toRecord(entry));
  }

  /**
   * Records a single screening durably before its answer leaves: the record is committed with those
   * of the screenings running at the same time (group commit). Throws {@link
   * RecordNotCommittedException} if it could not be.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void commit(AuditEntry entry) {
    groupCommit.commit(toRecord(entry));
  }

  private ScreeningRecord toRecord(AuditEntry entry) {
    ScreeningRecord r = new ScreeningRecord();
    r.id = entry.screeningId();
    r.screenedAt = entry.screenedAt();
    r.caller = truncate(entry.caller(), 200);
    r.channel = entry.channel();
    r.reference = entry.reference();
    r.queryName = truncate(entry.queryName(), 2000);
    r.normalizedQuery = truncate(entry.normalizedQuery(), 4000);
    r.queryType = entry.queryType();
    r.purpose = entry.purpose();
    r.outcome = entry.outcome();
    r.topScore = entry.topScore();
    r.hitCount = entry.hitCount();
    r.listVersions = truncate(entry.listVersions(), 4000);
    r.requestJson = write(entry.request());
    r.resultJson = write(entry.result());
    r.durationMicros = entry.durationMicros();
    return r;
  }

  /** The record of a screening, with its request and result as JSON. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ScreeningRecordView find(String id) {
    ScreeningRecord r =
        records.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No screening " + id));
    return new ScreeningRecordView(
        r.id,
        r.screenedAt,
        r.caller,
        r.channel,
        r.reference,
        r.outcome,
        r.topScore,
        r.hitCount,
        r.durationMicros,
        read(r.requestJson),
        read(r.resultJson));
  }

  /** A page of records matching the criteria, newest first, with the total count. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ScreeningSearchResult search(
      String reference,
      Instant from,
      Instant to,
      String outcome,
      String caller,
      int offset,
      int limit) {
    var query = records.search(reference, from, to, outcome, caller);
    long total = query.count();
    List<ScreeningSearchResult.Item> items =
        ScreeningRecordRepository.page(query, offset, limit).stream()
            .map(
                r ->
                    new ScreeningSearchResult.Item(
                        r.id,
                        r.screenedAt,
                        r.caller,
                        r.channel,
                        r.reference,
                        r.queryName,
                        r.purpose,
                        r.outcome,
                        r.topScore,
                        r.hitCount,
                        r.listVersions))
            .toList();
    return new ScreeningSearchResult(total, offset, limit, items);
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an audit record could not be serialized", e);
    }
  }

  private JsonNode read(String value) {
    try {
      return json.readTree(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored audit record is not JSON", e);
    }
  }

  private static String truncate(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }
}
