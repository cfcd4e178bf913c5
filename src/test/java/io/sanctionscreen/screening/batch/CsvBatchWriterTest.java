package io.sanctionscreen.screening.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every cell a spreadsheet could take for a formula is written as text. */
class CsvBatchWriterTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=1+1",
        "+1",
        "-1",
        "@SUM(A1)",
        "\tleading tab",
        "\rleading return",
        "\nleading line feed",
        "\uFF1D1+1", // fullwidth equals
        "\uFF0B1", // fullwidth plus
        "\uFF0D1", // fullwidth hyphen-minus
        "\uFF20SUM(A1)", // fullwidth commercial at
        "\uFE661", // small equals
        "\uFE621", // small plus
        "\uFE631", // small hyphen-minus
        "\u207C1", // superscript equals
        "\u208A1", // subscript plus
        "\u22121", // minus sign
        "\u20131", // en dash
        " =1+1", // behind a space
        "\u200B=1+1", // behind a zero-width space
        "\u3000\uFF1D1" // behind an ideographic space
      })
  void formulaStartsAndTheirLookAlikesAreNeutralized(String cell) {
    assertThat(CsvBatchWriter.safe(cell)).isEqualTo("'" + cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SenseTime Group Ltd", "1+1", "a=b", "北京商汤科技", "O'Brien"})
  void ordinaryTextIsLeftAlone(String cell) {
    assertThat(CsvBatchWriter.safe(cell)).isEqualTo(cell);
  }
}
