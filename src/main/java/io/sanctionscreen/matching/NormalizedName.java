package io.sanctionscreen.matching;

import java.util.List;

/**
 * A name reduced to comparable tokens, the same way for list names and for queries.
 *
 * @param original the name as written
 * @param tokens lower-case ASCII tokens; legal forms appear as their canonical abbreviation
 */
public record NormalizedName(String original, List<String> tokens) {

  public NormalizedName {
    tokens = List.copyOf(tokens);
  }

  /** The tokens joined by single spaces: the form shown to users and stored in the index. */
  public String text() {
    return String.join(" ", tokens);
  }

  /** Whether nothing comparable is left (a name of punctuation, titles or emoji only). */
  public boolean isEmpty() {
    return tokens.isEmpty();
  }

  /** Whether any token is something other than a legal form or a title. */
  public boolean hasDistinctiveToken() {
    for (String t : tokens) {
      if (!Vocabulary.isMinor(t)) {
        return true;
      }
    }
    return false;
  }

  /** Rebuilds a normalized name from its stored text (tokens separated by single spaces). */
  public static NormalizedName ofText(String original, String text) {
    if (text == null || text.isBlank()) {
      return new NormalizedName(original, List.of());
    }
    return new NormalizedName(original, List.of(text.trim().split(" +")));
  }
}
