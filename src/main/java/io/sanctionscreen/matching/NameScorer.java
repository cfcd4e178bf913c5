package io.sanctionscreen.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Scores a query name against a listed name by aligning their tokens without regard to order.
 *
 * <p>Each query token (or two adjacent query tokens written together, or an initial) is paired with
 * at most one candidate token (or two adjacent ones), best pairs first. The score blends the share
 * of the query's weight that found a partner with the share of the candidate's weight that did,
 * weighting the query side more: a query that is wholly inside a listed name ("Irina FILATOVA" for
 * "FILATOVA, Irina Alexandrovna") is a strong hit, a listed name wholly inside a query with other
 * distinctive words less so.
 */
public final class NameScorer {

  /** Tunable parameters of the scorer. */
  public record Params(
      double queryShare,
      double initialSimilarity,
      double phoneticCap,
      double shortTypoSimilarity,
      double mergePenalty,
      double legalFormMismatchFactor,
      double missingEdgeFactor,
      double typoCost,
      double singleWordTypoFactor,
      double knownWordWeight,
      double fuzzyCap) {

    /** The defaults, tuned on the development set (see README, evaluation). */
    public static final Params DEFAULT =
        new Params(0.74, 0.75, 0.72, 0.72, 0.02, 0.9, 0.88, 0.8, 0.93, 0.96, 0.89);

    public Params {
      if (queryShare < 0 || queryShare > 1) {
        throw new IllegalArgumentException("queryShare must be in [0,1]: " + queryShare);
      }
    }
  }

  /** How a unit of the alignment was formed. */
  public enum PairKind {
    EXACT,
    LEGAL_FORM,
    TYPO,
    VARIANT,
    PHONETIC,
    INITIAL,
    /** Two query tokens written as one candidate token ("sense time" for "sensetime"). */
    JOINED,
    /** One query token written as two candidate tokens ("sensetime" for "sense time"). */
    SPLIT,
    /** A query token of initials for several candidate tokens ("aq" for "abdul qadeer"). */
    INITIALS
  }

  /** One aligned pair: query tokens [qFrom, qTo) with candidate tokens [cFrom, cTo). */
  public record Pair(
      int qFrom, int qTo, int cFrom, int cTo, double similarity, PairKind kind, int edits) {}

  private final Params params;
  private final TokenSimilarity similarity;

  public NameScorer(Params params) {
    this.params = params;
    this.similarity =
        new TokenSimilarity(
            params.initialSimilarity(),
            params.phoneticCap(),
            params.shortTypoSimilarity(),
            params.typoCost());
  }

  public NameScorer() {
    this(Params.DEFAULT);
  }

  /** Scores a query against one candidate name. Returns a zero score when nothing aligns. */
  public NameMatch score(NormalizedName query, NormalizedName candidate, TokenWeights weights) {
    return score(
        query, weightsOf(query, weights), candidate, weightsOf(candidate, weights), weights);
  }

  /** The weight of each token of a name. */
  public static double[] weightsOf(NormalizedName name, TokenWeights weights) {
    double[] w = new double[name.tokens().size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = weights.weight(name.tokens().get(i));
    }
    return w;
  }

  /**
   * Scores with token weights computed beforehand: the search computes the query's once and keeps
   * every listed name's from the index build.
   */
  public NameMatch score(NormalizedName query, double[] wq, NormalizedName candidate, double[] wc) {
    return score(query, wq, candidate, wc, TokenWeights.UNIFORM);
  }

  /**
   * Scores with token weights computed beforehand, and the weights' knowledge of which words are
   * common names ({@link TokenWeights#isCommonName}).
   */
  public NameMatch score(
      NormalizedName query,
      double[] wq,
      NormalizedName candidate,
      double[] wc,
      TokenWeights weights) {
    if (query.isEmpty() || candidate.isEmpty()) {
      return NameMatch.none(query, candidate);
    }
    return score(PreparedName.of(query, wq, null), PreparedName.of(candidate, wc, null), weights);
  }

  /**
   * Scores two prepared names: the search prepares the query once and keeps every listed name
   * prepared from the generation's build, so scoring reads flags and keys, not strings.
   */
  public NameMatch score(PreparedName qn, PreparedName cn, TokenWeights weights) {
    NormalizedName query = qn.name;
    NormalizedName candidate = cn.name;
    List<String> q = qn.tokens;
    List<String> c = cn.tokens;
    if (q.isEmpty() || c.isEmpty()) {
      return NameMatch.none(query, candidate);
    }
    double[] wq = qn.weights;
    double[] wc = cn.weights;
    double qTotal = qn.total;
    double cTotal = cn.total;
    TokenFeatures[] qf = qn.features;
    TokenFeatures[] cf = cn.features;

    List<Pair> options = options(qf, cf);
    options.sort(OPTION_ORDER);
    boolean[] qUsed = new boolean[q.size()];
    boolean[] cUsed = new boolean[c.size()];
    List<Pair> chosen = new ArrayList<>();
    for (Pair p : options) {
      if (free(qUsed, p.qFrom(), p.qTo()) && free(cUsed, p.cFrom(), p.cTo())) {
        mark(qUsed, p.qFrom(), p.qTo());
        mark(cUsed, p.cFrom(), p.cTo());
        chosen.add(p);
      }
    }
    int firstLoose = chosen.size();
    boolean loose = looseTypos(qf, cf, qUsed, cUsed, weights, chosen);

    double qMatched = 0;
    double cMatched = 0;
    // A hit needs a matched word that tells parties apart: "Financial" alone does not, unless
    // the listed name has nothing else.
    boolean candidateAllGeneric = cn.allGeneric;
    boolean distinctive = false;
    for (int k = 0; k < chosen.size(); k++) {
      Pair p = chosen.get(k);
      double wqs = sum(wq, p.qFrom(), p.qTo());
      double wcs = sum(wc, p.cFrom(), p.cTo());
      if (p.kind() == PairKind.INITIALS) {
        // "aq" for "abdul qadeer" accounts for both words, at an initial's similarity.
        qMatched += p.similarity() * wqs;
        cMatched += p.similarity() * wcs;
      } else if (p.kind() == PairKind.INITIAL) {
        // An initial stands for a word but proves less than the word: count it at the lighter
        // of the two sides' weights.
        double w = Math.min(wqs, wcs);
        qMatched += p.similarity() * Math.min(wqs, w * 2);
        cMatched += p.similarity() * w;
      } else {
        qMatched += p.similarity() * wqs;
        cMatched += p.similarity() * wcs;
      }
      // A word two letters off counts only beside another that tells parties apart.
      if (k < firstLoose
          && p.kind() != PairKind.LEGAL_FORM
          && p.kind() != PairKind.INITIAL
          && !allMinor(qf, p.qFrom(), p.qTo())
          && !singleLetters(q, p.qFrom(), p.qTo(), c, p.cFrom(), p.cTo())
          && (!allGenericSide(qf, p.qFrom(), p.qTo()) || candidateAllGeneric)) {
        distinctive = true;
      }
    }
    if (!distinctive) {
      return NameMatch.none(query, candidate);
    }
    double queryCoverage = qTotal == 0 ? 0 : Math.min(1, qMatched / qTotal);
    double candidateCoverage = cTotal == 0 ? 0 : Math.min(1, cMatched / cTotal);
    double score =
        params.queryShare() * queryCoverage + (1 - params.queryShare()) * candidateCoverage;
    List<String> notes = new ArrayList<>(2);
    int identifying = qn.identifying;
    if (identifying >= 0) {
      // One identifying word proves less than a name when the lists use it for other parties
      // too: a common person's name ("Singh LLC", "White PLC") against a longer listed name
      // counts the listed name's other words as much as the query's; and a word the lists know
      // (its weight says how many names it is in) one letter from the listed one ("Castro" and
      // "CASPRO") is another word, not a typo, while a word no list knows ("Zravo" for "ZDRAVO")
      // is likelier the listed one misspelt.
      double w = wq[identifying];
      double even = (queryCoverage + candidateCoverage) / 2;
      if (even < score && weights.isCommonName(q.get(identifying))) {
        score = even;
        notes.add("the query's one identifying word is a common name; the listed name has more");
      } else if (even < score
          && !qn.families.isEmpty()
          && w <= SHARED_WORD_WEIGHT
          && onlyMinorBesides(qf, identifying)) {
        // A company named by one word and its legal form alone ("Wolf SRL", "White PLC"), a word
        // that several listed names hold, is as likely any of the parties whose longer names hold
        // it: the listed name's other words count as much as the query's. A word of one listed
        // party's names only ("Durand Limited") still finds that party.
        score = even;
        notes.add("the query is one word and a legal form; the listed name has more");
      }
      if (w < params.knownWordWeight() && !exactIdentifyingPair(qf, chosen)) {
        score *= params.singleWordTypoFactor();
        notes.add("the query's one identifying word is a listed word spelt differently");
      }
    }
    if (c.size() > 1 && missingEdge(cn.identifiesLittle, chosen)) {
      // A missing middle name is ordinary; a listed name whose first or last word is missing
      // ("Patrick Ryan" for "Damion Patrick RYAN") is more likely someone else.
      score *= params.missingEdgeFactor();
      notes.add("the first or last word of the listed name is missing");
    }
    String mismatch = legalFormMismatch(qn, cn);
    if (mismatch != null) {
      score *= params.legalFormMismatchFactor();
      notes.add(mismatch);
    }
    if (score > params.fuzzyCap() && restsOnFuzzyWords(q, qf, wq, chosen)) {
      // Equal words that many names share ("KIM") and a rare word a letter off ("Yong" for
      // "JONG"): a likely namesake, worth a review, not a block without more (a date of birth,
      // nationality or identifier that agrees raises it again).
      score = params.fuzzyCap();
      notes.add("only common words are equal; the rarer ones differ by a letter or a sound");
    }
    if (loose && score > params.fuzzyCap()) {
      // Two letters off is a typo only on the evidence of the other words: worth a review, not a
      // block without a date of birth, nationality or identifier that agrees.
      score = params.fuzzyCap();
      notes.add("a word no list knows is two letters off a listed word");
    }
    chosen.sort(Comparator.comparingInt(Pair::qFrom));
    return new NameMatch(
        query,
        candidate,
        clamp(score),
        queryCoverage,
        candidateCoverage,
        List.copyOf(chosen),
        List.copyOf(notes));
  }

  /** Similarity of a word no list knows and a listed word two edits from it ("Renerla"). */
  static final double LOOSE_TYPO_SIMILARITY = 0.75;

  /**
   * Pairs the query words left over that no list knows with listed words left over two edits away
   * that share nearly all their letters ("renerla"/"general", "ehghna"/"dehghan", "paay"/"payam"):
   * a word written nowhere else is likelier a listed word mistyped twice than another name, when
   * the other words agree. Each side's word of four letters or more, letters only, not a legal form
   * or title. Returns whether any pair was added.
   */
  private static boolean looseTypos(
      TokenFeatures[] q,
      TokenFeatures[] c,
      boolean[] qUsed,
      boolean[] cUsed,
      TokenWeights weights,
      List<Pair> chosen) {
    boolean added = false;
    for (int i = 0; i < q.length; i++) {
      TokenFeatures qt = q[i];
      if (qUsed[i] || !looseCandidate(qt) || weights.isKnown(qt.text)) {
        continue;
      }
      int best = -1;
      for (int j = 0; j < c.length; j++) {
        TokenFeatures ct = c[j];
        if (!cUsed[j]
            && looseCandidate(ct)
            && Math.abs(qt.text.length() - ct.text.length()) <= 2
            && TokenFeatures.distanceBound(qt.mask, ct.mask) <= 1
            && TokenSimilarity.osaDistance(qt.text, ct.text, 2) <= 2) {
          best = j;
          break;
        }
      }
      if (best >= 0) {
        qUsed[i] = true;
        cUsed[best] = true;
        chosen.add(new Pair(i, i + 1, best, best + 1, LOOSE_TYPO_SIMILARITY, PairKind.TYPO, 2));
        added = true;
      }
    }
    return added;
  }

  private static boolean looseCandidate(TokenFeatures t) {
    return t.text.length() >= 4 && t.letters() && !t.minor() && !t.legal();
  }

  /** Best pairs first; of equally good ones, those spanning more query tokens. */
  private static final Comparator<Pair> OPTION_ORDER =
      Comparator.comparingDouble(Pair::similarity)
          .reversed()
          .thenComparing(Comparator.comparingInt((Pair p) -> p.qTo() - p.qFrom()).reversed());

  /** What a name's own acronym weighs, as a share of its weight. */
  static final double OWN_ACRONYM_SHARE = 0.1;

  /**
   * The weights of a name whose acronym is one of its own words ("BANGLADESH RAPID ACTION BATTALION
   * (RAB)", "KOREA KWANGSON BANKING CORPORATION (KKBC)"): the acronym repeats the words it
   * abbreviates and says nothing more, so it weighs little whether or not the other name has it.
   * The same array when there is none.
   */
  static double[] withoutOwnAcronym(List<String> tokens, double[] w) {
    if (tokens.size() < 3) {
      return w;
    }
    double[] out = w;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      int n = t.length();
      if (n < 2 || n > 6 || Vocabulary.isMinor(t) || !isLetters(t)) {
        continue;
      }
      if (spellsRun(t, tokens, i)) {
        if (out == w) {
          out = w.clone();
        }
        out[i] = w[i] * OWN_ACRONYM_SHARE;
      }
    }
    return out;
  }

  /** Whether {@code acronym} spells the initials of n consecutive other words of the name. */
  private static boolean spellsRun(String acronym, List<String> tokens, int self) {
    int n = acronym.length();
    for (int start = 0; start + n <= tokens.size(); start++) {
      if (self >= start && self < start + n) {
        continue;
      }
      boolean spells = true;
      for (int k = 0; k < n && spells; k++) {
        String o = tokens.get(start + k);
        spells = o.length() > 1 && o.charAt(0) == acronym.charAt(k);
      }
      if (spells) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < 'a' || ch > 'z') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a name match rests on misspelt or sound-alike words: a common word ("kim", "li") is
   * equal, and either a short word (a syllable of a given name) is a letter off, or every rarer
   * word is misspelt.
   */
  private boolean restsOnFuzzyWords(
      List<String> q, TokenFeatures[] qf, double[] wq, List<Pair> chosen) {
    boolean fuzzy = false;
    boolean shortFuzzy = false;
    boolean commonEqual = false;
    boolean rareEqual = false;
    for (Pair p : chosen) {
      if (p.kind() == PairKind.TYPO || p.kind() == PairKind.PHONETIC) {
        fuzzy = true;
        // A letter off in a syllable of a given name ("yong" for "jong") is another name.
        shortFuzzy |= p.qTo() - p.qFrom() == 1 && q.get(p.qFrom()).length() <= 4;
      } else if (p.kind() == PairKind.EXACT
          || p.kind() == PairKind.JOINED
          || p.kind() == PairKind.SPLIT
          || p.kind() == PairKind.VARIANT) {
        for (int k = p.qFrom(); k < p.qTo(); k++) {
          if (qf[k].minor()) {
            continue;
          }
          if (wq[k] > COMMON_WORD_WEIGHT) {
            rareEqual = true;
          } else {
            commonEqual = true;
          }
        }
      }
    }
    return commonEqual && (shortFuzzy || (fuzzy && !rareEqual));
  }

  /**
   * The weight at or below which a word is in several listed names (three or more of the bundled
   * lists' 93,000): a word of one party's names weighs more.
   */
  static final double SHARED_WORD_WEIGHT = 0.88;

  /** The weight below which a word is common (in a few dozen listed names or more). */
  static final double COMMON_WORD_WEIGHT = 0.7;

  /** Whether every word of a name but one is a legal form, a title or a particle. */
  private static boolean onlyMinorBesides(TokenFeatures[] f, int except) {
    for (int k = 0; k < f.length; k++) {
      if (k != except && !f[k].minor()) {
        return false;
      }
    }
    return true;
  }

  /** Whether a pair of equal words covers an identifying query word. */
  private static boolean exactIdentifyingPair(TokenFeatures[] qf, List<Pair> chosen) {
    for (Pair p : chosen) {
      if (p.kind() == PairKind.EXACT
          && p.qTo() - p.qFrom() == 1
          && !qf[p.qFrom()].minor()
          && !qf[p.qFrom()].generic()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A sentence if both names carry legal forms of different families ("Inc." against "OOO"), which
   * makes it likelier they are different companies; null otherwise.
   */
  private static String legalFormMismatch(PreparedName q, PreparedName c) {
    Set<Vocabulary.LegalFamily> qf = q.families;
    Set<Vocabulary.LegalFamily> cf = c.families;
    if (qf.isEmpty()
        || cf.isEmpty()
        || qf.contains(Vocabulary.LegalFamily.ANY)
        || cf.contains(Vocabulary.LegalFamily.ANY)) {
      return null;
    }
    for (Vocabulary.LegalFamily f : qf) {
      if (cf.contains(f)) {
        return null;
      }
    }
    return "legal forms of different kinds: '"
        + q.lastLegalForm
        + "' and '"
        + c.lastLegalForm
        + "'";
  }

  private List<Pair> options(TokenFeatures[] q, TokenFeatures[] c) {
    List<Pair> out = new ArrayList<>();
    for (int i = 0; i < q.length; i++) {
      TokenFeatures qt = q[i];
      for (int j = 0; j < c.length; j++) {
        TokenFeatures ct = c[j];
        TokenSimilarity.Result r = similarity.compare(qt, ct);
        if (r.kind() != TokenSimilarity.Kind.NONE) {
          out.add(new Pair(i, i + 1, j, j + 1, r.similarity(), kindOf(r.kind()), r.edits()));
        }
        // "sense time" against "sensetime".
        if (i + 1 < q.length && mayJoin(qt, q[i + 1], ct)) {
          joined(qt.text + q[i + 1].text, ct.text, i, i + 2, j, j + 1, PairKind.JOINED, out);
        }
        // "sensetime" against "sense time".
        if (j + 1 < c.length && mayJoin(ct, c[j + 1], qt)) {
          joined(qt.text, ct.text + c[j + 1].text, i, i + 1, j, j + 2, PairKind.SPLIT, out);
        }
      }
      initials(qt, c, i, true, out);
    }
    for (int j = 0; j < c.length; j++) {
      initials(c[j], q, j, false, out);
    }
    return out;
  }

  /** Cheap test before joining two tokens: same first letter, lengths within the edit budget. */
  private static boolean mayJoin(TokenFeatures first, TokenFeatures second, TokenFeatures whole) {
    if (first.text.charAt(0) != whole.text.charAt(0) || second.legal()) {
      return false;
    }
    int joinedLength = first.text.length() + second.text.length();
    int allowed = TokenSimilarity.allowedEdits(Math.min(joinedLength, whole.text.length()));
    return Math.abs(joinedLength - whole.text.length()) <= allowed;
  }

  private void joined(
      String a, String b, int qFrom, int qTo, int cFrom, int cTo, PairKind kind, List<Pair> out) {
    if (Vocabulary.isLegalForm(a) || Vocabulary.isLegalForm(b)) {
      return;
    }
    TokenSimilarity.Result r = similarity.compare(a, b);
    if (r.kind() == TokenSimilarity.Kind.EXACT || r.kind() == TokenSimilarity.Kind.TYPO) {
      out.add(
          new Pair(
              qFrom, qTo, cFrom, cTo, r.similarity() - params.mergePenalty(), kind, r.edits()));
    }
  }

  /**
   * A token of two or three letters that spells the initials of as many consecutive tokens on the
   * other side ("aq" for "abdul qadeer").
   */
  private void initials(
      TokenFeatures token, TokenFeatures[] other, int index, boolean queryToken, List<Pair> out) {
    String t = token.text;
    int n = t.length();
    if (n < 2 || n > 3 || !token.letters() || token.legal()) {
      return;
    }
    for (int start = 0; start + n <= other.length; start++) {
      boolean spells = true;
      for (int k = 0; k < n && spells; k++) {
        TokenFeatures o = other[start + k];
        spells = o.text.length() > 1 && o.text.charAt(0) == t.charAt(k) && !o.legal();
      }
      if (spells) {
        double sim = params.initialSimilarity();
        out.add(
            queryToken
                ? new Pair(index, index + 1, start, start + n, sim, PairKind.INITIALS, 0)
                : new Pair(start, start + n, index, index + 1, sim, PairKind.INITIALS, 0));
      }
    }
  }

  private static PairKind kindOf(TokenSimilarity.Kind kind) {
    return switch (kind) {
      case EXACT -> PairKind.EXACT;
      case LEGAL_FORM -> PairKind.LEGAL_FORM;
      case TYPO -> PairKind.TYPO;
      case VARIANT -> PairKind.VARIANT;
      case PHONETIC -> PairKind.PHONETIC;
      case INITIAL -> PairKind.INITIAL;
      case NONE -> throw new IllegalArgumentException("no pair for NONE");
    };
  }

  /**
   * Whether the first or last identifying word of the listed name found no partner. From each end,
   * words that identify little (a legal form, a title, a generic word such as "group", a particle
   * of one or two letters such as "al") are passed over when unmatched: "SenseTime Group" lacks
   * nothing of "SENSETIME GROUP LIMITED" but a legal form. A matched legal form is an edge: "LLC
   * ... EK" for "LLC MDIKAM EK" lacks a middle word.
   */
  private static boolean missingEdge(boolean[] identifiesLittle, List<Pair> chosen) {
    int size = identifiesLittle.length;
    int first = 0;
    while (first < size && !covered(chosen, first) && identifiesLittle[first]) {
      first++;
    }
    int last = size - 1;
    while (last > first && !covered(chosen, last) && identifiesLittle[last]) {
      last--;
    }
    if (first >= size) {
      return false;
    }
    return !covered(chosen, first) || !covered(chosen, last);
  }

  /**
   * Whether a listed word identifies little when unmatched at an edge: a legal form, a title, a
   * generic word, a particle of one or two letters, or the name's own acronym.
   */
  static boolean identifiesLittle(List<String> c, TokenFeatures[] f, int i) {
    String token = c.get(i);
    return f[i].minor()
        || f[i].generic()
        || token.length() <= 2
        || (c.size() >= 3 && token.length() <= 6 && isLetters(token) && spellsRun(token, c, i));
  }

  /** A pair of one-letter words ("x" and "x") is an initial, not an identifying word. */
  private static boolean singleLetters(
      List<String> q, int qFrom, int qTo, List<String> c, int cFrom, int cTo) {
    return qTo - qFrom == 1
        && cTo - cFrom == 1
        && q.get(qFrom).length() == 1
        && c.get(cFrom).length() == 1;
  }

  private static boolean allMinor(TokenFeatures[] tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!tokens[k].minor()) {
        return false;
      }
    }
    return true;
  }

  private static boolean covered(List<Pair> pairs, int candidateIndex) {
    for (Pair p : pairs) {
      if (p.cFrom() <= candidateIndex && candidateIndex < p.cTo()) {
        return true;
      }
    }
    return false;
  }

  private static boolean allGenericSide(TokenFeatures[] tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      TokenFeatures t = tokens[k];
      if (!t.generic() && !t.legal()) {
        return false;
      }
    }
    return true;
  }

  private static boolean free(boolean[] used, int from, int to) {
    for (int k = from; k < to; k++) {
      if (used[k]) {
        return false;
      }
    }
    return true;
  }

  private static void mark(boolean[] used, int from, int to) {
    for (int k = from; k < to; k++) {
      used[k] = true;
    }
  }

  private static double sum(double[] w, int from, int to) {
    double s = 0;
    for (int k = from; k < to; k++) {
      s += w[k];
    }
    return s;
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
