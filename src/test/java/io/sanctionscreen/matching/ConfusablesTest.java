package io.sanctionscreen.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Look-alike letters of any script fold to Latin by the UTS #39 skeletons. */
class ConfusablesTest {

  private final NameNormalizer normalizer = new NameNormalizer();
  private final NameScorer scorer = new NameScorer();

  private double score(String query, String listed) {
    return scorer
        .score(normalizer.normalize(query), normalizer.normalize(listed), TokenWeights.UNIFORM)
        .score();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ᏚᎬNᏚᎬTᏆMᎬ GROUP LIMITED", // Cherokee
        "ꓢꓰꓠꓢꓰꓔꓲꓟꓰ GROUP LIMITED", // Lisu
        "ՏENՏETIME GROUP LIMITED", // Armenian
        "SENSETIME GROUP LIMITED"
      })
  void lookAlikesFromOtherScriptsAreTheLatinName(String query) {
    assertThat(score(query, "SENSETIME GROUP LIMITED")).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void aNameWhollyInAnotherScriptIsTransliteratedNotFolded() {
    assertThat(normalizer.normalize("Տիգրան").tokens()).containsExactly("tigran");
    assertThat(normalizer.normalize("ВАН").tokens()).containsExactly("van");
  }

  /**
   * A generated sample across scripts: each Latin capital of the name replaced, at random, by a
   * letter of another script whose UTS #39 skeleton is that capital.
   */
  @Test
  void generatedLookAlikesAcrossScripts() {
    List<List<Integer>> lookAlikes = new ArrayList<>();
    for (char latin = 'A'; latin <= 'Z'; latin++) {
      List<Integer> forLetter = new ArrayList<>();
      for (int cp = 0x370; cp < 0x1FFFF; cp++) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        if (Character.isLetter(cp)
            && s != Character.UnicodeScript.LATIN
            && s != Character.UnicodeScript.CYRILLIC
            && s != Character.UnicodeScript.GREEK
            && s != Character.UnicodeScript.COMMON
            && Confusables.skeleton(cp).equals(String.valueOf(latin))) {
          forLetter.add(cp);
        }
      }
      lookAlikes.add(forLetter);
    }
    Random random = new Random(39);
    int tried = 0;
    for (int round = 0; round < 50; round++) {
      StringBuilder b = new StringBuilder();
      for (char c : "SENSETIME".toCharArray()) {
        List<Integer> options = lookAlikes.get(c - 'A');
        if (!options.isEmpty() && random.nextBoolean()) {
          b.appendCodePoint(options.get(random.nextInt(options.size())));
        } else {
          b.append(c);
        }
      }
      String query = b + " GROUP LIMITED";
      tried++;
      assertThat(score(query, "SENSETIME GROUP LIMITED")).as(query).isGreaterThanOrEqualTo(0.9);
    }
    assertThat(tried).isEqualTo(50);
  }
}
