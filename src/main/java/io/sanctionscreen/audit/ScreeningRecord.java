package io.sanctionscreen.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The append-only evidence of one screening: what was asked, against which list versions, what was
 * found and answered, for whom and when. Never updated or deleted through the service.
 */
@Entity
@Table(name = "screening_record")
public class ScreeningRecord {

  @Id
  @Column(length = 36)
  public String id;

  @Column(name = "screened_at", nullable = false)
  public Instant screenedAt;

  @Column(nullable = false, length = 200)
  public String caller;

  @Column(nullable = false, length = 16)
  public String channel;

  @Column(length = 200)
  public String reference;

  @Column(name = "query_name", nullable = false, length = 2000)
  public String queryName;

  @Column(name = "normalized_query", nullable = false, length = 4000)
  public String normalizedQuery;

  @Column(name = "query_type", length = 16)
  public String queryType;

  @Column(length = 16)
  public String purpose;

  @Column(nullable = false, length = 16)
  public String outcome;

  @Column(name = "top_score")
  public Double topScore;

  @Column(name = "hit_count", nullable = false)
  public int hitCount;

  @Column(name = "list_versions", nullable = false, length = 4000)
  public String listVersions;

  @Column(name = "request_json", nullable = false, length = 100000)
  public String requestJson;

  @Column(name = "result_json", nullable = false, length = 1000000)
  public String resultJson;

  @Column(name = "duration_micros", nullable = false)
  public long durationMicros;
}
