package io.sanctionscreen.lists;

import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.lists.model.ParsedEntry;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One entry of one list version, with everything the list said about the party. */
@Entity
@Table(name = "list_entry")
public class ListEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "list_entry_seq")
  @SequenceGenerator(name = "list_entry_seq", sequenceName = "list_entry_seq", allocationSize = 50)
  public Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "version_id")
  public ListVersion version;

  /** The stable id: {@code <source>:<the source's own id>}, such as {@code us-ofac-sdn:36216}. */
  @Column(name = "entity_id", nullable = false, length = 200)
  public String entityId;

  @Column(name = "source_ref", nullable = false, length = 128)
  public String sourceRef;

  @Enumerated(EnumType.STRING)
  @Column(name = "entry_type", nullable = false, length = 16)
  public EntryType type;

  @Column(name = "primary_name", nullable = false, length = 2000)
  public String primaryName;

  @Column(length = 100000)
  public String remarks;

  @Column(name = "content_hash", nullable = false, length = 64)
  public String contentHash;

  @ElementCollection
  @CollectionTable(name = "entry_name", joinColumns = @JoinColumn(name = "entry_id"))
  @OrderColumn(name = "position")
  public List<Name> names = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "entry_program", joinColumns = @JoinColumn(name = "entry_id"))
  @OrderColumn(name = "position")
  @Column(name = "program", nullable = false, length = 200)
  public List<String> programs = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "entry_address", joinColumns = @JoinColumn(name = "entry_id"))
  @OrderColumn(name = "position")
  public List<Address> addresses = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "entry_identifier", joinColumns = @JoinColumn(name = "entry_id"))
  @OrderColumn(name = "position")
  public List<Identifier> identifiers = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "entry_attribute", joinColumns = @JoinColumn(name = "entry_id"))
  @OrderColumn(name = "position")
  public List<Attribute> attributes = new ArrayList<>();

  /** A name of the entry. */
  @Embeddable
  public static class Name {
    @Column(nullable = false, length = 2000)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "name_kind", nullable = false, length = 16)
    public NameKind kind;

    @Column(nullable = false)
    public boolean weak;
  }

  /** A postal address of the entry. */
  @Embeddable
  public static class Address {
    @Column(length = 2000)
    public String street;

    @Column(length = 1000)
    public String city;

    @Column(length = 200)
    public String country;

    @Column(length = 2000)
    public String remarks;
  }

  /** An identifier of the entry: passport, registration number, ISIN... */
  @Embeddable
  public static class Identifier {
    @Column(name = "id_type", nullable = false, length = 200)
    public String type;

    @Column(name = "id_value", nullable = false, length = 1000)
    public String value;

    @Column(length = 200)
    public String country;

    @Column(length = 1000)
    public String note;
  }

  /** Another labelled fact: date or place of birth, nationality, listing date... */
  @Embeddable
  public static class Attribute {
    @Column(name = "attr_kind", nullable = false, length = 200)
    public String kind;

    @Column(name = "attr_value", nullable = false, length = 10000)
    public String value;
  }

  /** The row of a parsed entry of {@code sourceId}, in {@code version}. */
  static ListEntry of(ParsedEntry p, String sourceId, ListVersion version) {
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
