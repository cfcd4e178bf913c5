package io.sanctionscreen.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits each token followed by every variant with one character deleted ("zdravo" gives "dravo",
 * "zravo", "zdavo"...), stacked at the token's position. Two words one edit apart (a letter added,
 * dropped, changed, or two swapped) share at least one such variant, so a term lookup finds typos
 * without building a Levenshtein automaton per query. Tokens shorter than {@code minLength} pass
 * through alone.
 */
public final class DeletionVariantsFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final int minLength;

  private char[] current;
  private int currentLength;
  private int nextDeletion = -1;

  /**
   * @param input the tokens
   * @param minLength tokens shorter than this get no variants; at least 2
   */
  public DeletionVariantsFilter(TokenStream input, int minLength) {
    super(input);
    if (minLength < 2) {
      throw new IllegalArgumentException("minLength must be at least 2: " + minLength);
    }
    this.minLength = minLength;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (nextDeletion >= 0 && nextDeletion < currentLength) {
      int k = nextDeletion++;
      termAtt.setEmpty();
      termAtt
          .append(new String(current, 0, k))
          .append(new String(current, k + 1, currentLength - k - 1));
      posIncAtt.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    currentLength = termAtt.length();
    if (currentLength >= minLength) {
      if (current == null || current.length < currentLength) {
        current = new char[currentLength];
      }
      System.arraycopy(termAtt.buffer(), 0, current, 0, currentLength);
      nextDeletion = 0;
    } else {
      nextDeletion = -1;
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    nextDeletion = -1;
    currentLength = 0;
  }
}
