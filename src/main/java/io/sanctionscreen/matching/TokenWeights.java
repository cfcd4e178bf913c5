package io.sanctionscreen.matching;

/**
 * How much a token tells one listed party from another: rare tokens weigh more than common ones.
 */
@FunctionalInterface
public interface TokenWeights {

  /** Every token weighs the same, legal forms and titles excepted: for tests and tiny lists. */
  TokenWeights UNIFORM = token -> Vocabulary.isMinor(token) ? 0.1 : 1.0;

  /** The weight of a normalized token, in (0, 1]. */
  double weight(String token);

  /**
   * Whether a token is a common person's name in the lists (a surname or given name many listed
   * people share): a company named by it alone ("Singh LLC") identifies little.
   */
  default boolean isCommonName(String token) {
    return false;
  }

  /**
   * Whether any listed name holds the token. A query word no list knows ("Renerla") is likelier a
   * listed word misspelt than another name; one the lists know is a word of its own.
   */
  default boolean isKnown(String token) {
    return true;
  }
}
