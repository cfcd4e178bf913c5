package io.sanctionscreen.lists;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Data access for list sources. */
@ApplicationScoped
public class ListSourceRepository implements PanacheRepositoryBase<ListSource, String> {

  /** The source row, created on first use with the catalogue's name; the caller holds the lock. */
  public ListSource findOrCreate(String sourceId) {
    ListSource source = findById(sourceId);
    if (source == null) {
      SourceCatalog.SourceInfo info = SourceCatalog.info(sourceId);
      source = new ListSource();
      source.id = sourceId;
      source.name = Text.truncate(info.name(), 200);
      source.authority = Text.truncate(info.authority(), 200);
      source.createdAt = Instant.now();
      persistAndFlush(source);
    }
    return source;
  }
}
