package io.sanctionscreen.matching;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A normalized name with everything the {@link NameScorer} needs of it worked out once: each
 * token's {@link TokenFeatures}, the token weights (with a name's own acronym weighing little) and
 * their total, the legal-form families it carries, which of its words identify little at its edges,
 * and its one identifying word. A generation prepares each listed name when it is built or opened;
 * a screening prepares its query once and scores it against every candidate.
 */
public final class PreparedName {

  final NormalizedName name;
  final List<String> tokens;
  final TokenFeatures[] features;
  final double[] weights;
  final double total;
  final boolean allGeneric;
  final int identifying;
  final boolean[] identifiesLittle;
  final Set<Vocabulary.LegalFamily> families;
  final String lastLegalForm;

  private PreparedName(NormalizedName name, TokenFeatures[] features, double[] rawWeights) {
    this.name = name;
    this.tokens = name.tokens();
    this.features = features;
    this.weights = NameScorer.withoutOwnAcronym(tokens, rawWeights);
    double t = 0;
    for (double w : weights) {
      t += w;
    }
    this.total = t;
    boolean generic = true;
    int found = -1;
    boolean several = false;
    Set<Vocabulary.LegalFamily> fam = EnumSet.noneOf(Vocabulary.LegalFamily.class);
    String form = null;
    for (int i = 0; i < features.length; i++) {
      TokenFeatures f = features[i];
      if (!f.generic() && !f.legal()) {
        generic = false;
      }
      if (!f.minor() && !f.generic() && f.text.length() > 1) {
        several |= found >= 0;
        found = i;
      }
      if (f.legal()) {
        fam.add(f.family);
        form = f.text;
      }
    }
    this.allGeneric = generic;
    this.identifying = several ? -1 : found;
    this.families = fam;
    this.lastLegalForm = form;
    this.identifiesLittle = new boolean[features.length];
    for (int i = 0; i < features.length; i++) {
      identifiesLittle[i] = NameScorer.identifiesLittle(tokens, features, i);
    }
  }

  /**
   * Prepares a name with its token weights.
   *
   * @param name the normalized name
   * @param weights the weight of each token, as {@link NameScorer#weightsOf} gives them
   * @param features each token's features (from a generation's table), or null to work them out
   */
  public static PreparedName of(NormalizedName name, double[] weights, TokenFeatures[] features) {
    List<String> tokens = name.tokens();
    if (weights.length != tokens.size()) {
      throw new IllegalArgumentException(
          "weights for " + weights.length + " tokens, name has " + tokens.size());
    }
    TokenFeatures[] f = features;
    if (f == null) {
      f = new TokenFeatures[tokens.size()];
      for (int i = 0; i < f.length; i++) {
        f[i] = TokenFeatures.of(tokens.get(i));
      }
    } else if (f.length != tokens.size()) {
      throw new IllegalArgumentException(
          "features for " + f.length + " tokens, name has " + tokens.size());
    }
    return new PreparedName(name, f, weights);
  }

  /** Prepares a name, weighing its tokens with the given weights. */
  public static PreparedName of(NormalizedName name, TokenWeights weights) {
    return of(name, NameScorer.weightsOf(name, weights), null);
  }

  /** The normalized name. */
  public NormalizedName name() {
    return name;
  }

  /** Each token's features. */
  public TokenFeatures feature(int i) {
    return features[i];
  }

  /** Number of tokens. */
  public int size() {
    return features.length;
  }
}
