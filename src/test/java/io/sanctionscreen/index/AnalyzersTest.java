package io.sanctionscreen.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sanctionscreen.matching.NameNormalizer;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The index fields' analyzers on fixed and seeded random input, the Lucene way. */
class AnalyzersTest {

  private final Analyzer analyzer = IndexFields.analyzer();
  private final NameNormalizer normalizer = new NameNormalizer();

  private record Token(String term, int positionIncrement) {}

  private static List<Token> tokens(TokenStream ts) throws IOException {
    List<Token> out = new ArrayList<>();
    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
    PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
    ts.reset();
    while (ts.incrementToken()) {
      out.add(new Token(term.toString(), inc.getPositionIncrement()));
    }
    ts.end();
    ts.close();
    return out;
  }

  private List<String> terms(String field, String name) throws IOException {
    return tokens(analyzer.tokenStream(field, normalizer.normalize(name).text())).stream()
        .map(Token::term)
        .toList();
  }

  @Test
  void deletionVariantsStackOnTheirToken() throws IOException {
    WhitespaceTokenizer source = new WhitespaceTokenizer();
    source.setReader(new StringReader("zravo al"));
    List<Token> out = tokens(new DeletionVariantsFilter(source, 4));
    assertThat(out)
        .containsExactly(
            new Token("zravo", 1),
            new Token("ravo", 0),
            new Token("zavo", 0),
            new Token("zrvo", 0),
            new Token("zrao", 0),
            new Token("zrav", 0),
            new Token("al", 1));
  }

  @Test
  void twoWordsOneEditApartShareAVariant() throws IOException {
    for (String[] pair :
        new String[][] {{"zdravo", "zravo"}, {"tajco", "tahco"}, {"foundation", "foundaton"}}) {
      List<String> a = terms(IndexFields.DELETIONS, pair[0]);
      List<String> b = terms(IndexFields.DELETIONS, pair[1]);
      assertThat(a).as("%s and %s", pair[0], pair[1]).containsAnyElementsOf(b);
    }
  }

  @Test
  void deletionFilterRejectsNonsense() {
    assertThatThrownBy(() -> new DeletionVariantsFilter(new WhitespaceTokenizer(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minLength must be at least 2: 1");
  }

  @Test
  void fieldsInSeveralScripts() throws IOException {
    assertThat(terms(IndexFields.TOKENS, "SenseTime Group Ltd"))
        .containsExactly("sensetime", "group", "ltd");
    assertThat(terms(IndexFields.TOKENS, "Владимир Путин")).containsExactly("vladimir", "putin");
    assertThat(terms(IndexFields.TOKENS, "北京商汤")).containsExactly("bei", "jing", "shang", "tang");
    assertThat(terms(IndexFields.TOKENS, "محمد")).containsExactly("mhmd");
    assertThat(terms(IndexFields.GRAMS, "Putin")).containsExactly("put", "uti", "tin", "putin");
    assertThat(terms(IndexFields.PHONETIC, "Muhammad")).containsExactly("MHMT");
    assertThat(terms(IndexFields.TOKENS, "🚀 SenseTime\u200b 😀")).containsExactly("sensetime");
  }

  @Test
  void randomInputAnalyzesWithoutError() throws IOException {
    Random random = new Random(8_848L);
    for (int i = 0; i < 1_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        b.appendCodePoint(
            random.nextBoolean() ? 'a' + random.nextInt(26) : 0x20 + random.nextInt(0x3000));
      }
      String text = normalizer.normalize(b.toString()).text();
      for (String field :
          List.of(
              IndexFields.TOKENS, IndexFields.GRAMS, IndexFields.PHONETIC, IndexFields.DELETIONS)) {
        for (Token t : tokens(analyzer.tokenStream(field, text))) {
          assertThat(t.term()).isNotEmpty().doesNotContain(" ");
        }
      }
    }
  }
}
