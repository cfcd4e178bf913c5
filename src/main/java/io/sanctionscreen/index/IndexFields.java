package io.sanctionscreen.index;

import io.sanctionscreen.matching.Romanization;
import io.sanctionscreen.matching.TokenSimilarity;
import io.sanctionscreen.matching.Vocabulary;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.TrimFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.phonetic.DoubleMetaphoneFilter;

/**
 * The fields of a name document and the analyzers that fill them. Every field receives the
 * normalized name (tokens separated by spaces) from {@link
 * io.sanctionscreen.matching.NameNormalizer}, so index and query share one normalization; the
 * analyzers here only derive search keys from its tokens.
 */
public final class IndexFields {

  /** The entity id, stored. */
  public static final String ENTITY = "entity";

  /** The position of the name among the entity's names, stored. */
  public static final String ORDINAL = "ordinal";

  /** The normalized name, stored for the scorer. */
  public static final String NORMALIZED = "normalized";

  /** Normalized tokens, for exact and edit-distance matches. */
  public static final String TOKENS = "tokens";

  /** Adjacent tokens written together ("sense time" gives "sensetime"), for split names. */
  public static final String PAIRS = "pairs";

  /** Character trigrams of each token, for typos the edit-distance route misses. */
  public static final String GRAMS = "grams";

  /**
   * The common spelling of each token that is a given-name variant ("mohamed" gives "muhammad").
   */
  public static final String VARIANTS = "variants";

  /**
   * The term a token's romanization key is indexed under in {@link #VARIANTS} ("dzhamal" and
   * "jamal" share "~jamal"), or null for a token too short or holding digits.
   */
  public static String romanizationTerm(String token) {
    if (token.length() < 3 || Vocabulary.isMinor(token)) {
      return null;
    }
    for (int i = 0; i < token.length(); i++) {
      if (Character.isDigit(token.charAt(i))) {
        return null;
      }
    }
    return "~" + Romanization.key(token);
  }

  /** Each token and its one-deletion variants, for typos of one edit. */
  public static final String DELETIONS = "deletions";

  /** Tokens shorter than this get no deletion variants: too many words are one edit apart. */
  public static final int DELETION_MIN_LENGTH = 4;

  /** Double Metaphone keys of each token, for names spelled as they sound. */
  public static final String PHONETIC = "phonetic";

  private IndexFields() {}

  /** The analyzer for every field: whitespace tokens, plus trigrams or phonetic keys. */
  public static Analyzer analyzer() {
    Analyzer grams =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new WhitespaceTokenizer();
            TokenStream stream = new NGramTokenFilter(source, 3, 3, true);
            return new TokenStreamComponents(source, stream);
          }
        };
    Analyzer phonetic =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new WhitespaceTokenizer();
            // Codes of letters outside A to Z can end in a space: trimmed, as the query's are.
            TokenStream stream =
                new LengthFilter(
                    new TrimFilter(
                        new DoubleMetaphoneFilter(
                            source, TokenSimilarity.PHONETIC_CODE_LENGTH, false)),
                    1,
                    Integer.MAX_VALUE);
            return new TokenStreamComponents(source, stream);
          }
        };
    Analyzer deletions =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new WhitespaceTokenizer();
            return new TokenStreamComponents(
                source, new DeletionVariantsFilter(source, DELETION_MIN_LENGTH));
          }
        };
    return new PerFieldAnalyzerWrapper(
        new WhitespaceAnalyzer(), Map.of(GRAMS, grams, PHONETIC, phonetic, DELETIONS, deletions));
  }
}
