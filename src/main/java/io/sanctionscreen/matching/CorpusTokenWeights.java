package io.sanctionscreen.matching;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Token weights from corpus statistics: inverse document frequency over all indexed names, scaled
 * to (0, 1], with legal forms fixed low and generic words damped.
 */
public final class CorpusTokenWeights implements TokenWeights {

  /** The weight of a legal form, whatever its frequency: "Ltd" never tells two parties apart. */
  public static final double LEGAL_FORM_WEIGHT = 0.08;

  /** The factor applied to generic words ("group", "trading", "international"). */
  public static final double GENERIC_FACTOR = 0.45;

  private static final double MIN_WEIGHT = 0.05;

  /**
   * The factor applied to place words (countries the lists name, and every country's name): "RAB
   * Bangladesh" is RAB.
   */
  public static final double PLACE_FACTOR = 0.2;

  private final Set<String> places;

  private final Set<String> commonNames;

  /**
   * How many listed people's names a word must be in to be a common name (and in at least half as
   * many people's names as other parties').
   */
  public static final int COMMON_NAME_MIN_PEOPLE = 2;

  private final Map<String, Integer> documentFrequency;
  private final double logN;
  private final int documents;

  /**
   * @param documentFrequency number of names each token occurs in
   * @param documents number of names in the corpus
   */
  public CorpusTokenWeights(Map<String, Integer> documentFrequency, int documents) {
    this(documentFrequency, documents, Set.of(), Set.of());
  }

  /**
   * @param documentFrequency number of names each token occurs in
   * @param documents number of names in the corpus
   * @param places place words (country and city names, as normalized tokens)
   * @param commonNames words of many listed people's names (see {@link #isCommonName})
   */
  public CorpusTokenWeights(
      Map<String, Integer> documentFrequency,
      int documents,
      Set<String> places,
      Set<String> commonNames) {
    if (documents < 0) {
      throw new IllegalArgumentException("documents must not be negative: " + documents);
    }
    this.documentFrequency = new HashMap<>(documentFrequency);
    this.documents = documents;
    this.logN = Math.log(documents + 2.0);
    this.places = Set.copyOf(places);
    this.commonNames = Set.copyOf(commonNames);
  }

  @Override
  public boolean isCommonName(String token) {
    return commonNames.contains(token);
  }

  @Override
  public boolean isKnown(String token) {
    return documentFrequency.containsKey(token);
  }

  @Override
  public double weight(String token) {
    if (Vocabulary.isMinor(token)) {
      return LEGAL_FORM_WEIGHT;
    }
    int df = documentFrequency.getOrDefault(token, 0);
    double idf = Math.log((documents + 2.0) / (df + 1.0));
    double w = Math.max(MIN_WEIGHT, Math.min(1.0, idf / logN));
    // A token of one or two letters is an initial or a particle: it identifies little.
    if (token.length() <= 2 && !token.chars().allMatch(Character::isDigit)) {
      w = Math.min(w, 0.35);
    }
    if (Vocabulary.isGeneric(token)) {
      w *= GENERIC_FACTOR;
    }
    if (places.contains(token)) {
      w *= PLACE_FACTOR;
    }
    return w;
  }

  /** The place words the weights lower (kept with a stored generation). */
  public Set<String> places() {
    return places;
  }

  /** The common names of listed people (kept with a stored generation). */
  public Set<String> commonNames() {
    return commonNames;
  }

  /** Whether a token is a place word. */
  public boolean isPlace(String token) {
    return places.contains(token);
  }

  /** The number of names the weights were computed over. */
  public int documents() {
    return documents;
  }

  /** The number of names a token occurs in. */
  public int documentFrequency(String token) {
    return documentFrequency.getOrDefault(token, 0);
  }
}
