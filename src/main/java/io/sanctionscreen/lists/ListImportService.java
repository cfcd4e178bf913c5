package io.sanctionscreen.lists;

import io.sanctionscreen.lists.parse.ParsedEntry;
import io.sanctionscreen.lists.parse.ParsedList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Stores a parsed list as a new version, all or nothing, in one transaction; the previous version
 * of the source serves until this one commits. Content identical to the active version creates no
 * new version. Announces each committed version with a {@link ListVersionCommitted} event.
 */
@ApplicationScoped
@Transactional
public class ListImportService {

  private static final Logger LOG = Logger.getLogger(ListImportService.class);
  private static final int FLUSH_EVERY = 500;

  /**
   * What an import did.
   *
   * @param source the source id
   * @param versionId the active version after the import
   * @param created whether a new version was stored (false: content unchanged)
   * @param entryCount number of entries in the active version
   */
  public record ImportResult(String source, long versionId, boolean created, int entryCount) {}

  private final EntityManager em;
  private final ListVersionRepository versions;
  private final Event<ListVersionCommitted> committed;

  public ListImportService(
      EntityManager em, ListVersionRepository versions, Event<ListVersionCommitted> committed) {
    this.em = em;
    this.versions = versions;
    this.committed = committed;
  }

  /**
   * Imports a parsed list; {@code origin} says where it came from, {@code importedBy} who asked.
   */
  public ImportResult importList(ParsedList list, String origin, String importedBy) {
    String sourceId = list.sourceId();
    ListSource source = lockedSource(sourceId);
    String hash = list.contentHash();
    ListVersion active = versions.findActive(sourceId).orElse(null);
    if (active != null && active.contentHash.equals(hash)) {
      LOG.infof("%s: content unchanged since version %d, nothing imported", sourceId, active.id);
      return new ImportResult(sourceId, active.id, false, active.entryCount);
    }
    ListVersion v = new ListVersion();
    v.source = source;
    v.listDate = list.listDate();
    v.contentHash = hash;
    v.entryCount = list.entries().size();
    v.importedAt = Instant.now();
    v.importedBy = importedBy;
    v.origin = origin.length() > 1000 ? origin.substring(0, 1000) : origin;
    v.status = ListVersion.Status.ACTIVE;
    em.persist(v);
    em.flush();
    long versionId = v.id;
    int n = 0;
    for (ParsedEntry p : list.entries()) {
      em.persist(toEntity(p, sourceId, em.getReference(ListVersion.class, versionId)));
      if (++n % FLUSH_EVERY == 0) {
        em.flush();
        em.clear();
      }
    }
    em.flush();
    em.clear();
    versions.supersedeOthers(sourceId, versionId);
    committed.fire(new ListVersionCommitted(sourceId, versionId));
    LOG.infof(
        "%s: version %d imported with %d entries (list date %s) from %s",
        sourceId, versionId, n, list.listDate(), origin);
    return new ImportResult(sourceId, versionId, true, n);
  }

  /**
   * The source row, locked for the transaction so that two replicas importing the same source take
   * turns; created on first import.
   */
  private ListSource lockedSource(String sourceId) {
    ListSource source = em.find(ListSource.class, sourceId, LockModeType.PESSIMISTIC_WRITE);
    if (source == null) {
      SourceCatalog.SourceInfo info = SourceCatalog.info(sourceId);
      source = new ListSource();
      source.id = sourceId;
      source.name = info.name();
      source.authority = info.authority();
      source.createdAt = Instant.now();
      em.persist(source);
      em.flush();
    }
    return source;
  }

  private static ListEntry toEntity(ParsedEntry p, String sourceId, ListVersion version) {
    ListEntry e = new ListEntry();
    e.version = version;
    e.entityId = sourceId + ":" + p.sourceRef();
    e.sourceRef = p.sourceRef();
    e.type = p.type();
    e.primaryName = p.primaryName();
    e.remarks = p.remarks();
    e.contentHash = p.contentHash();
    for (ParsedEntry.Name n : p.names()) {
      ListEntry.Name name = new ListEntry.Name();
      name.name = n.name();
      name.kind = n.kind();
      name.weak = n.weak();
      e.names.add(name);
    }
    e.programs.addAll(p.programs());
    for (ParsedEntry.Address a : p.addresses()) {
      ListEntry.Address address = new ListEntry.Address();
      address.street = a.street();
      address.city = a.city();
      address.country = a.country();
      address.remarks = a.remarks();
      e.addresses.add(address);
    }
    for (ParsedEntry.Identifier i : p.identifiers()) {
      ListEntry.Identifier id = new ListEntry.Identifier();
      id.type = i.type();
      id.value = i.value();
      id.country = i.country();
      id.note = i.note();
      e.identifiers.add(id);
    }
    for (ParsedEntry.Attribute a : p.attributes()) {
      ListEntry.Attribute attribute = new ListEntry.Attribute();
      attribute.kind = a.kind();
      attribute.value = a.value();
      e.attributes.add(attribute);
    }
    return e;
  }
}
