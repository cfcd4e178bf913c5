package io.sanctionscreen.lists;

import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A whole list entry as the list gives it: every name, program, address, identifier and fact.
 *
 * @param entityId the stable id, {@code <source>:<the source's own id>}
 * @param source the source id
 * @param sourceRef the source's own id, to find the entry in the official list
 * @param type the kind of party
 * @param name the primary name
 * @param names every name; weak aliases are marked
 * @param programs the programs it is listed under
 * @param remarks the list's remarks, as written
 * @param addresses addresses
 * @param identifiers identifiers parsed from the list
 * @param attributes other facts: dates and places of birth, nationality, listing dates
 * @param listVersion the version this entry was read from
 * @param listDate that version's list date
 */
@Schema(name = "Entity", description = "A whole list entry, as the list gives it.")
public record EntityView(
    @Schema(example = "us-ofac-cons:33114") String entityId,
    @Schema(example = "us-ofac-cons") String source,
    @Schema(example = "33114") String sourceRef,
    EntryType type,
    @Schema(example = "SENSETIME GROUP LIMITED") String name,
    List<NameView> names,
    @Schema(example = "[\"CMIC-EO13959\"]") List<String> programs,
    String remarks,
    List<AddressView> addresses,
    List<IdentifierView> identifiers,
    List<AttributeView> attributes,
    @Schema(example = "2") long listVersion,
    LocalDate listDate) {

  /** A name of the entry. */
  @Schema(name = "EntityName")
  public record NameView(
      @Schema(example = "SENSETIME GROUP LTD") String name,
      @Schema(example = "AKA") NameKind kind,
      @Schema(description = "A weak alias: the list says not to match on it alone.")
          boolean weak) {}

  /** An address. */
  @Schema(name = "EntityAddress")
  public record AddressView(String street, String city, String country, String remarks) {}

  /** An identifier. */
  @Schema(name = "EntityIdentifier")
  public record IdentifierView(
      @Schema(example = "C.R. No.") String type,
      @Schema(example = "2162198") String value,
      @Schema(example = "Hong Kong") String country,
      String note) {}

  /** Another fact about the entry. */
  @Schema(name = "EntityAttribute")
  public record AttributeView(
      @Schema(example = "Listing Date (CMIC)") String kind,
      @Schema(example = "2021-12-10") String value) {}

  static EntityView of(ListEntry e) {
    return new EntityView(
        e.entityId,
        e.version.source.id,
        e.sourceRef,
        e.type,
        e.primaryName,
        e.names.stream().map(n -> new NameView(n.name, n.kind, n.weak)).toList(),
        List.copyOf(e.programs),
        e.remarks,
        e.addresses.stream()
            .map(a -> new AddressView(a.street, a.city, a.country, a.remarks))
            .toList(),
        e.identifiers.stream()
            .map(i -> new IdentifierView(i.type, i.value, i.country, i.note))
            .toList(),
        e.attributes.stream().map(a -> new AttributeView(a.kind, a.value)).toList(),
        e.version.id,
        e.version.listDate);
  }
}
