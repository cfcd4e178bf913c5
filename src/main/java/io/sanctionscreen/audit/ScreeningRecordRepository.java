package io.sanctionscreen.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Data access for screening records: insert and read, nothing else. */
@ApplicationScoped
public class ScreeningRecordRepository implements PanacheRepositoryBase<ScreeningRecord, String> {

  /** Records matching every given criterion (null criteria are ignored), newest first. */
  public PanacheQuery<ScreeningRecord> search(
      String reference, Instant from, Instant to, String outcome, String caller) {
    List<String> where = new ArrayList<>();
    Parameters p = new Parameters();
    if (reference != null) {
      where.add("reference = :reference");
      p.and("reference", reference);
    }
    if (from != null) {
      where.add("screenedAt >= :from");
      p.and("from", from);
    }
    if (to != null) {
      where.add("screenedAt < :to");
      p.and("to", to);
    }
    if (outcome != null) {
      where.add("outcome = :outcome");
      p.and("outcome", outcome);
    }
    if (caller != null) {
      where.add("caller = :caller");
      p.and("caller", caller);
    }
    Sort sort = Sort.descending("screenedAt").and("id");
    return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, p);
  }

  /** A page of a query. */
  public static <T> List<T> page(PanacheQuery<T> q, int offset, int limit) {
    return q.range(offset, offset + limit - 1).list();
  }
}
