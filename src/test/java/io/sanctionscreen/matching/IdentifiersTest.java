package io.sanctionscreen.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Identifiers as registries print them differently, on fixed values. */
class IdentifiersTest {

  @Test
  void normalizationKeepsLettersAndDigitsUpperCased() {
    assertThat(Identifiers.normalize("C.R. No. 2162198")).isEqualTo("CRNO2162198");
    assertThat(Identifiers.normalize("21-62198")).isEqualTo("2162198");
    assertThat(Identifiers.normalize(" imo 9187629 ")).isEqualTo("IMO9187629");
    assertThat(Identifiers.normalize(null)).isEmpty();
  }

  @Test
  void leadingWordsWithoutDigitsAreAlsoDropped() {
    assertThat(Identifiers.forms("C.R. No. 2162198")).containsExactly("CRNO2162198", "2162198");
    assertThat(Identifiers.forms("ISIN US0378331005"))
        .containsExactly("ISINUS0378331005", "US0378331005");
    assertThat(Identifiers.forms("21-62198")).containsExactly("2162198");
  }

  @Test
  void aValueNeedsADigitAndFiveCharactersToDecideAlone() {
    assertThat(Identifiers.distinctive("2162198")).isTrue();
    assertThat(Identifiers.distinctive("1234")).isFalse();
    assertThat(Identifiers.distinctive("ABCDEF")).isFalse();
  }

  @Test
  void labelsInSeveralLanguagesNameOneKind() {
    assertThat(Identifiers.kind("Passport")).isEqualTo(Identifiers.Kind.PASSPORT);
    assertThat(Identifiers.kind("Pasaporte No.")).isEqualTo(Identifiers.Kind.PASSPORT);
    assertThat(Identifiers.kind("Tax ID No.")).isEqualTo(Identifiers.Kind.TAX);
    assertThat(Identifiers.kind("NIT #")).isEqualTo(Identifiers.Kind.TAX);
    assertThat(Identifiers.kind("Legal Entity Number")).isEqualTo(Identifiers.Kind.LEI);
    assertThat(Identifiers.kind("Company Number")).isEqualTo(Identifiers.Kind.REGISTRATION);
    assertThat(Identifiers.kind("SWIFT/BIC")).isEqualTo(Identifiers.Kind.SWIFT);
    assertThat(Identifiers.kind("IMO")).isEqualTo(Identifiers.Kind.IMO);
    assertThat(Identifiers.kind("Gender")).isEqualTo(Identifiers.Kind.OTHER);
    assertThat(Identifiers.kind(null)).isEqualTo(Identifiers.Kind.OTHER);
  }

  @Test
  void identifiersOfOneKindOrAnUnknownKindCompare() {
    assertThat(Identifiers.comparable("Passport", "Pasaporte")).isTrue();
    assertThat(Identifiers.comparable("Passport", "Tax ID No.")).isFalse();
    assertThat(Identifiers.comparable("Passport", "Gender")).isTrue();
  }
}
