package io.sanctionscreen.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The precomputed token features against the string comparison they replace, on the words of the
 * quality-gate queries and of their misspellings: the character-mask bound never exceeds the edit
 * distance (so skipping the distance when the bound exceeds the allowance loses nothing), and
 * features read back from storage compare exactly as features worked out from the word.
 */
class TokenFeaturesTest {

  private final TokenSimilarity similarity = new TokenSimilarity(0.75, 0.72, 0.72, 0.8);

  private static List<String> words() throws IOException {
    NameNormalizer normalizer = new NameNormalizer();
    Set<String> out = new LinkedHashSet<>();
    for (String file : List.of("/eval/gate-dev.csv", "/eval/gate-dev-hard.csv")) {
      try (InputStream in = TokenFeaturesTest.class.getResourceAsStream(file)) {
        String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        for (int i = 1; i < lines.length; i++) {
          String rest = lines[i].substring(lines[i].indexOf(',') + 1);
          String name =
              rest.startsWith("\"")
                  ? rest.substring(1, rest.indexOf("\",", 1))
                  : rest.substring(0, rest.indexOf(','));
          out.addAll(normalizer.normalize(name).tokens());
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** A word with one to three random edits (substitution, deletion, insertion, transposition). */
  private static String misspell(String w, Random random) {
    StringBuilder b = new StringBuilder(w);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && b.length() > 1; e++) {
      int at = random.nextInt(b.length());
      char c = (char) ('a' + random.nextInt(26));
      switch (random.nextInt(4)) {
        case 0 -> b.setCharAt(at, c);
        case 1 -> b.deleteCharAt(at);
        case 2 -> b.insert(at, c);
        default -> {
          if (at + 1 < b.length()) {
            char x = b.charAt(at);
            b.setCharAt(at, b.charAt(at + 1));
            b.setCharAt(at + 1, x);
          }
        }
      }
    }
    return b.toString();
  }

  @Test
  void theMaskBoundNeverExceedsTheEditDistance() throws IOException {
    List<String> words = words();
    assertThat(words).hasSizeGreaterThan(500);
    Random random = new Random(7);
    int checked = 0;
    int skipped = 0;
    for (int i = 0; i < 20_000; i++) {
      String a = words.get(random.nextInt(words.size()));
      String b =
          random.nextBoolean() ? misspell(a, random) : words.get(random.nextInt(words.size()));
      int bound = TokenFeatures.distanceBound(TokenFeatures.of(a).mask, TokenFeatures.of(b).mask);
      int distance = TokenSimilarity.osaDistance(a, b, 100);
      assertThat(bound).as("%s / %s", a, b).isLessThanOrEqualTo(distance);
      checked++;
      if (bound > TokenSimilarity.allowedEdits(Math.min(a.length(), b.length()))) {
        skipped++;
      }
    }
    // The bound is worth having: most pairs of unrelated words are ruled out by it alone.
    assertThat(skipped).isGreaterThan(checked / 4);
  }

  @Test
  void storedFeaturesCompareAsTheWordsDo() throws IOException {
    List<String> words = words();
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      String a = words.get(random.nextInt(words.size()));
      String b =
          random.nextBoolean() ? misspell(a, random) : words.get(random.nextInt(words.size()));
      TokenFeatures fb = TokenFeatures.of(b);
      TokenFeatures stored =
          TokenFeatures.stored(
              b, fb.flags(), fb.variant(), fb.key(), fb.phonetic(), fb.alternate());
      TokenSimilarity.Result fromWords = similarity.compare(a, b);
      TokenSimilarity.Result fromStored = similarity.compare(TokenFeatures.of(a), stored);
      assertThat(fromStored).as("%s / %s", a, b).isEqualTo(fromWords);
      assertThat(stored.flags()).isEqualTo(fb.flags());
      assertThat(stored.key()).isEqualTo(Romanization.key(b));
      assertThat(stored.variant()).isEqualTo(Vocabulary.nameVariant(b));
    }
  }

  @Test
  void flagsSayWhatTheVocabularySays() {
    TokenFeatures ltd = TokenFeatures.of("ltd");
    assertThat(ltd.legal()).isTrue();
    assertThat(ltd.minor()).isTrue();
    assertThat(ltd.family).isEqualTo(Vocabulary.LegalFamily.LIMITED);
    assertThat(TokenFeatures.of("group").generic()).isTrue();
    assertThat(TokenFeatures.of("vessel7").digit()).isTrue();
    assertThat(TokenFeatures.of("vessel7").letters()).isFalse();
    assertThat(TokenFeatures.of("mohamed").variant()).isEqualTo("muhammad");
    assertThat(TokenFeatures.of("dzhamal").key()).isEqualTo(Romanization.key("jamal"));
  }
}
