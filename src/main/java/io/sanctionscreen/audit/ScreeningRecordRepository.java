package io.sanctionscreen.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Data access for screening records: insert and read, nothing else. */
@ApplicationScoped
public class ScreeningRecordRepository implements PanacheRepositoryBase<ScreeningRecord, String> {}
