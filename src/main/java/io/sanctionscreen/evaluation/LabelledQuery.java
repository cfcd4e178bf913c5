package io.sanctionscreen.evaluation;

import io.sanctionscreen.lists.model.EntryType;
import java.util.List;

/**
 * One query of a labelled evaluation file: a name and the list entries a screening must find (none
 * for a name on no list, which must not alert).
 *
 * @param id the query id
 * @param name the name as a counterparty would write it
 * @param type person or organization, if given
 * @param country a country, if given
 * @param birthDate a date of birth, if given
 * @param expected the entity ids that must be found; empty for a negative
 * @param treatment how the query was derived (exact, typo, negative_org...)
 */
public record LabelledQuery(
    String id,
    String name,
    EntryType type,
    String country,
    String birthDate,
    List<String> expected,
    String treatment) {

  public LabelledQuery {
    expected = List.copyOf(expected);
  }

  /** Whether the name is on a list. */
  public boolean positive() {
    return !expected.isEmpty();
  }
}
