package io.sanctionscreen.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the normalizer and scorer share: legal forms, honorifics, abbreviations, generic
 * words and the Han phrases translated before transliteration.
 *
 * <p>Every entry is written in the normalized alphabet (lower-case ASCII letters and digits), so a
 * list entry and a query that differ only in script or punctuation meet the same entry here.
 */
public final class Vocabulary {

  private Vocabulary() {}

  /**
   * Legal forms written as one token, mapped to their canonical abbreviation. All legal forms form
   * one class for the scorer; the canonical form only keeps the normalized text readable.
   */
  static final Map<String, String> LEGAL_FORMS =
      fast(
          Map.ofEntries(
              Map.entry("ltd", "ltd"),
              Map.entry("limited", "ltd"),
              Map.entry("ltda", "ltd"),
              Map.entry("llc", "llc"),
              Map.entry("llp", "llp"),
              Map.entry("lp", "lp"),
              Map.entry("inc", "inc"),
              Map.entry("incorporated", "inc"),
              Map.entry("corp", "corp"),
              Map.entry("corporation", "corp"),
              Map.entry("co", "co"),
              Map.entry("company", "co"),
              Map.entry("cos", "co"),
              Map.entry("plc", "plc"),
              Map.entry("gmbh", "gmbh"),
              Map.entry("mbh", "gmbh"),
              Map.entry("ag", "ag"),
              Map.entry("kg", "kg"),
              Map.entry("sa", "sa"),
              Map.entry("sae", "sa"),
              Map.entry("sas", "sas"),
              Map.entry("sarl", "sarl"),
              Map.entry("srl", "srl"),
              Map.entry("spa", "spa"),
              Map.entry("bv", "bv"),
              Map.entry("nv", "nv"),
              Map.entry("ooo", "ooo"),
              Map.entry("oao", "oao"),
              Map.entry("zao", "zao"),
              Map.entry("pao", "pao"),
              Map.entry("ao", "ao"),
              Map.entry("jsc", "jsc"),
              Map.entry("pjsc", "pjsc"),
              Map.entry("ojsc", "ojsc"),
              Map.entry("cjsc", "cjsc"),
              Map.entry("tov", "tov"),
              Map.entry("pte", "pte"),
              Map.entry("pvt", "pvt"),
              Map.entry("bhd", "bhd"),
              Map.entry("oy", "oy"),
              Map.entry("oyj", "oy"),
              Map.entry("kk", "kk"),
              Map.entry("fze", "fze"),
              Map.entry("fzco", "fze"),
              Map.entry("fzc", "fze"),
              Map.entry("fzllc", "fze"),
              Map.entry("wll", "wll"),
              Map.entry("ulc", "ulc"),
              Map.entry("sdn", "sdn"),
              Map.entry("tbk", "tbk"),
              Map.entry("pty", "pty"),
              Map.entry("aktiengesellschaft", "ag"),
              Map.entry("sirketi", "co"),
              Map.entry("companies", "co"),
              Map.entry("liability", "llc"),
              Map.entry("obshchestvo", "ooo"),
              Map.entry("obschestvo", "ooo"),
              Map.entry("obshestvo", "ooo"),
              Map.entry("ogranichennoy", "ooo"),
              Map.entry("ogranichennoi", "ooo"),
              Map.entry("otvetstvennostyu", "ooo"),
              Map.entry("otvetstvennostiu", "ooo"),
              Map.entry("aktsionernoe", "ao"),
              Map.entry("aktsionernoye", "ao"),
              Map.entry("aktsionernoi", "ao"),
              Map.entry("tovarystvo", "tov"),
              Map.entry("sociedad", "sa"),
              Map.entry("anonima", "sa"),
              Map.entry("anonyme", "sa"),
              Map.entry("anonim", "co"),
              Map.entry("gesellschaft", "gmbh"),
              Map.entry("partnership", "lp"),
              Map.entry("cv", "sa"),
              Map.entry("rl", "srl"),
              Map.entry("sl", "sl"),
              Map.entry("sprl", "sprl"),
              Map.entry("eood", "ooo"),
              Map.entry("ood", "ooo"),
              Map.entry("doo", "ooo"),
              Map.entry("dd", "ao")));

  /** Legal forms written as several tokens, longest first so the longest phrase wins. */
  static final List<Phrase> LEGAL_FORM_PHRASES =
      phrases(
          Map.ofEntries(
              Map.entry("limited liability company", "llc"),
              Map.entry("limited liability partnership", "llp"),
              Map.entry("limited partnership", "lp"),
              Map.entry("public joint stock company", "pjsc"),
              Map.entry("open joint stock company", "ojsc"),
              Map.entry("closed joint stock company", "cjsc"),
              Map.entry("joint stock company", "jsc"),
              Map.entry("joint stock co", "jsc"),
              Map.entry("public limited company", "plc"),
              Map.entry("private limited company", "ltd"),
              Map.entry("private limited", "ltd"),
              Map.entry("company limited", "ltd"),
              Map.entry("co ltd", "ltd"),
              Map.entry("co limited", "ltd"),
              Map.entry("pvt ltd", "ltd"),
              Map.entry("pte ltd", "ltd"),
              Map.entry("pty ltd", "ltd"),
              Map.entry("sdn bhd", "bhd"),
              Map.entry("sa de cv", "sa"),
              Map.entry("s de rl de cv", "srl"),
              Map.entry("s de rl", "srl"),
              Map.entry("gesellschaft mit beschrankter haftung", "gmbh"),
              Map.entry("sociedad anonima", "sa"),
              Map.entry("societe anonyme", "sa"),
              Map.entry("societa per azioni", "spa"),
              Map.entry("anonim sirketi", "co"),
              Map.entry("limited sirketi", "ltd"),
              Map.entry("obshchestvo s ogranichennoy otvetstvennostyu", "ooo"),
              Map.entry("obshchestvo s ogranichennoi otvetstvennostiu", "ooo"),
              Map.entry("obshchestvo s ogranichennoj otvetstvennostju", "ooo"),
              Map.entry("publichnoe aktsionernoe obshchestvo", "pao"),
              Map.entry("publichnoye aktsionernoye obshchestvo", "pao"),
              Map.entry("otkrytoe aktsionernoe obshchestvo", "oao"),
              Map.entry("otkrytoye aktsionernoye obshchestvo", "oao"),
              Map.entry("zakrytoe aktsionernoe obshchestvo", "zao"),
              Map.entry("zakrytoye aktsionernoye obshchestvo", "zao"),
              Map.entry("aktsionernoe obshchestvo", "ao"),
              Map.entry("aktsionernoye obshchestvo", "ao"),
              Map.entry("tovarystvo z obmezhenoiu vidpovidalnistiu", "tov"),
              Map.entry("joint stock", "jsc"),
              Map.entry("stock company", "jsc"),
              Map.entry("limited liability", "llc"),
              Map.entry("liability company", "llc"),
              Map.entry("obshchestvo s ogranichennoy", "ooo"),
              Map.entry("s ogranichennoy", "ooo"),
              Map.entry("de cv", "sa"),
              Map.entry("rl de cv", "srl"),
              Map.entry("s rl", "srl"),
              Map.entry("sp z oo", "ooo"),
              Map.entry("you xian gong si", "ltd"),
              Map.entry("you xian ze ren gong si", "llc"),
              Map.entry("gu fen you xian gong si", "ltd")));

  /**
   * Titles and honorifics: kept in place (lists write them inside names: "NOOR, Haji Mohammad") but
   * weighing as little as a legal form, since they say little about who a person is.
   */
  static final Set<String> HONORIFICS =
      fast(
          Set.of(
              "mr", "mrs", "ms", "mx", "miss", "dr", "prof", "sir", "dame", "madam", "mme", "mlle",
              "herr", "frau", "sheikh", "shaykh", "sheik", "shaikh", "hajji", "haji", "hadji",
              "alhaji", "mullah", "maulana", "maulvi", "mawlawi", "sayyid", "hon", "rev", "esq",
              "jr", "sr"));

  /** Words dropped because they join other words and identify nothing. */
  static final Set<String> STOP_WORDS = Set.of("the", "and", "of", "for", "und", "et");

  /**
   * Spellings of one given name across transliterations, written as one: lists and callers romanize
   * Arabic, Cyrillic and other names differently ("Mohamed", "Muhammad"; "Aleksandr", "Alexander";
   * "Volodymyr", "Vladimir"), and an edit distance alone finds few of them.
   */
  static final Map<String, String> NAME_VARIANTS = nameVariants();

  private static Map<String, String> nameVariants() {
    String[][] groups = {
      {
        "muhammad",
        "mohammad",
        "mohammed",
        "mohamed",
        "mohamad",
        "muhammed",
        "muhamad",
        "muhamed",
        "mouhamed",
        "mohammod",
        "mahomed",
        "mohamud",
        "muhamad"
      },
      {"ahmad", "ahmed", "ahmet", "achmad", "akhmad", "akhmed"},
      {"abd", "abdul", "abdel", "abdal", "abdol", "abdil", "abdoul"},
      {
        "husayn",
        "hussein",
        "husain",
        "hussain",
        "hossein",
        "hosein",
        "husein",
        "houssein",
        "hussien"
      },
      {"yusuf", "yousef", "youssef", "yousif", "yusif", "yosef", "youssouf", "yousuf", "yusof"},
      {"mahmud", "mahmoud", "mahmood"},
      {"mustafa", "mostafa", "moustafa", "mustapha", "mostapha"},
      {"umar", "omar", "omer"},
      {"usama", "osama", "oussama", "usamah"},
      {"abu", "abou"},
      {"khalid", "khaled"},
      {"sulayman", "suleiman", "sulaiman", "soliman", "suleyman", "sleiman"},
      {"ibrahim", "ebrahim", "ibraheem"},
      {"yahya", "yehia", "yahia"},
      {"jafar", "jaafar", "jaffar"},
      {"aleksandr", "alexander", "aleksander", "alexandr", "oleksandr", "aleksandar"},
      {"sergey", "sergei", "serhiy", "sergiy", "serhii", "sergii"},
      {"yuriy", "yuri", "yury", "iurii", "yurii", "jurij", "yuriy"},
      {"dmitriy", "dmitry", "dmitri", "dmytro", "dmitrii"},
      {"andrey", "andrei", "andriy", "andrii"},
      {"aleksey", "alexey", "aleksei", "alexei", "oleksiy", "oleksii", "alexej"},
      {"nikolay", "nikolai", "mykola", "nicolai"},
      {"vladimir", "volodymyr", "uladzimir", "wladimir"},
      {"mikhail", "mykhailo", "michail", "mikhael"},
      {"yevgeniy", "evgeny", "yevgeny", "evgeniy", "yevhen", "evgenii", "evgenij"},
      {"olga", "olha"},
      {"tatyana", "tatiana", "tetiana", "tatjana"},
      {"natalya", "natalia", "nataliya", "natalija"},
      {"pyotr", "petr", "petro", "piotr"},
      {"grigoriy", "grigory", "grigori", "hryhoriy", "gregory"},
      {"anatoliy", "anatoly", "anatolii", "anatolij"},
      {"vitaliy", "vitaly", "vitalii", "vitalij"},
      {"valeriy", "valery", "valerii", "valerij"},
      {"gennadiy", "gennady", "gennadii", "hennadiy"},
      {"arkadiy", "arkady", "arkadii"},
      {"maksim", "maxim", "maksym"},
      {"ilya", "illia", "ilia", "illya"},
      {"kirill", "kyrylo", "cyril"},
      {"yekaterina", "ekaterina", "kateryna", "katerina"},
      {"yelena", "elena", "olena", "jelena"}
    };
    Map<String, String> m = new HashMap<>();
    for (String[] g : groups) {
      for (String v : g) {
        m.put(v, g[0]);
      }
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Abbreviations written out, so "Tech" and "Technology" are one token. */
  static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("tech", "technology"),
          Map.entry("techn", "technology"),
          Map.entry("technol", "technology"),
          Map.entry("intl", "international"),
          Map.entry("internat", "international"),
          Map.entry("grp", "group"),
          Map.entry("mfg", "manufacturing"),
          Map.entry("mfrs", "manufacturers"),
          Map.entry("svc", "service"),
          Map.entry("svcs", "services"),
          Map.entry("srvcs", "services"),
          Map.entry("srvces", "services"),
          Map.entry("natl", "national"),
          Map.entry("assn", "association"),
          Map.entry("assoc", "association"),
          Map.entry("dept", "department"),
          Map.entry("univ", "university"),
          Map.entry("inst", "institute"),
          Map.entry("mgmt", "management"),
          Map.entry("mgt", "management"),
          Map.entry("hldgs", "holdings"),
          Map.entry("hldg", "holding"),
          Map.entry("bros", "brothers"),
          Map.entry("ctr", "center"),
          Map.entry("centre", "center"),
          Map.entry("inds", "industries"),
          Map.entry("indus", "industries"),
          Map.entry("devt", "development"),
          Map.entry("dev", "development"),
          Map.entry("engg", "engineering"),
          Map.entry("engr", "engineering"),
          Map.entry("trdg", "trading"),
          Map.entry("shpg", "shipping"),
          Map.entry("invt", "investment"),
          Map.entry("comm", "communications"),
          Map.entry("commun", "communications"),
          Map.entry("telecom", "telecommunications"),
          Map.entry("elec", "electric"),
          Map.entry("chem", "chemical"),
          Map.entry("pharma", "pharmaceutical"),
          Map.entry("pharm", "pharmaceutical"),
          Map.entry("bk", "bank"),
          Map.entry("mohd", "muhammad"),
          Map.entry("muhd", "muhammad"));

  /**
   * Words that many listed organizations share ("group", "trading"): they count for less than the
   * rare words that tell one party from another, whatever the corpus statistics say.
   */
  static final Set<String> GENERIC_WORDS =
      fast(
          Set.of(
              "group",
              "holding",
              "holdings",
              "trading",
              "trade",
              "international",
              "industries",
              "industry",
              "industrial",
              "enterprise",
              "enterprises",
              "services",
              "service",
              "global",
              "general",
              "national",
              "investment",
              "investments",
              "technology",
              "technologies",
              "development",
              "import",
              "export",
              "management",
              "partners",
              "capital",
              "consulting",
              "solutions",
              "ventures",
              "resources",
              "products",
              "association",
              "center",
              "commercial",
              "company",
              "corporation",
              "manufacturing",
              "finance",
              "financial",
              "institute",
              "organization",
              "agency",
              "office",
              "systems",
              "logistics",
              "new",
              "first",
              "united"));

  /**
   * Han phrases translated before transliteration. Company names carry them as words a pinyin
   * syllable string would not match ("科技" is written "Technology" in the English name).
   */
  static final Map<String, String> HAN_PHRASES = hanPhrases();

  private static Map<String, String> hanPhrases() {
    Map<String, String> m = new LinkedHashMap<>();
    // Longest first: the replacement loop takes them in this order.
    m.put("股份有限公司", " ltd ");
    m.put("有限责任公司", " llc ");
    m.put("有限責任公司", " llc ");
    m.put("有限公司", " ltd ");
    m.put("集团", " group ");
    m.put("集團", " group ");
    m.put("公司", " co ");
    m.put("科技", " technology ");
    m.put("技术", " technology ");
    m.put("技術", " technology ");
    m.put("开发", " development ");
    m.put("開發", " development ");
    m.put("国际", " international ");
    m.put("國際", " international ");
    m.put("贸易", " trading ");
    m.put("貿易", " trading ");
    m.put("控股", " holdings ");
    m.put("银行", " bank ");
    m.put("銀行", " bank ");
    m.put("投资", " investment ");
    m.put("投資", " investment ");
    m.put("工业", " industrial ");
    m.put("工業", " industrial ");
    m.put("电子", " electronics ");
    m.put("電子", " electronics ");
    m.put("网络", " network ");
    m.put("網絡", " network ");
    m.put("信息", " information ");
    m.put("航运", " shipping ");
    m.put("航運", " shipping ");
    m.put("能源", " energy ");
    m.put("研究所", " institute ");
    m.put("大学", " university ");
    m.put("大學", " university ");
    return m;
  }

  /** A phrase of several tokens and the single token it stands for. */
  record Phrase(List<String> tokens, String replacement) {}

  private static List<Phrase> phrases(Map<String, String> source) {
    List<Phrase> out = new ArrayList<>();
    for (Map.Entry<String, String> e : source.entrySet()) {
      out.add(new Phrase(List.of(e.getKey().split(" ")), e.getValue()));
    }
    out.sort(Comparator.comparingInt((Phrase p) -> p.tokens().size()).reversed());
    return List.copyOf(out);
  }

  /** Index of phrases by their first token, for the phrase scan. */
  static final Map<String, List<Phrase>> LEGAL_FORM_PHRASES_BY_FIRST = byFirst();

  private static Map<String, List<Phrase>> byFirst() {
    Map<String, List<Phrase>> m = new HashMap<>();
    for (Phrase p : LEGAL_FORM_PHRASES) {
      m.computeIfAbsent(p.tokens().get(0), k -> new ArrayList<>()).add(p);
    }
    return Map.copyOf(m);
  }

  /**
   * Words that only ever occur in names as (part of) a legal form. A word one letter away from one
   * of them (two for the long ones) is taken for it: "COMANY", "LIMTIED", "OBSHCHESTOVO".
   */
  private static final List<String> LEGAL_WORDS =
      List.of(
          "company",
          "limited",
          "liability",
          "corporation",
          "incorporated",
          "partnership",
          "obshchestvo",
          "aktsionernoe",
          "ogranichennoy",
          "otvetstvennostyu",
          "gesellschaft",
          "sirketi",
          "companies",
          "gmbh");

  /**
   * Words that belong to a legal form only beside one ("Joint Stock Company", "S.A. de C.V.",
   * "Public Joint Stock Company"); elsewhere they are ordinary words.
   */
  private static final List<String> CONTEXT_WORDS =
      List.of("joint", "stock", "public", "open", "closed", "private", "de", "s", "a");

  /**
   * Words of legal forms long enough to be recognized inside a longer token or across a stray space
   * ("COM PANY", "STOCKCOMPANY", "OBSHCHESTVOTASKOM"): the legal forms of four letters or more, the
   * legal words, and the words of five letters or more of the legal-form phrases.
   */
  static final Set<String> LEGAL_VOCABULARY = legalVocabulary();

  private static Set<String> legalVocabulary() {
    Set<String> out = new java.util.HashSet<>();
    for (String f : LEGAL_FORMS.keySet()) {
      if (f.length() >= 4) {
        out.add(f);
      }
    }
    out.addAll(LEGAL_WORDS);
    for (Phrase p : LEGAL_FORM_PHRASES) {
      for (String t : p.tokens()) {
        if (t.length() >= 5) {
          out.add(t);
        }
      }
    }
    // "Stock", "public", "private": ordinary words outside a legal form ("STOCKHOLM").
    out.removeAll(CONTEXT_WORDS);
    return Set.copyOf(out);
  }

  /**
   * Legal forms of three letters that no ordinary word ends with ("ARTTOOLLTD"), split off a
   * token's end like the longer ones.
   */
  static final Set<String> SHORT_LEGAL_SUFFIXES =
      Set.of("ltd", "llc", "plc", "llp", "ooo", "jsc", "gmbh", "ltda", "eood");

  /** Whether a token is a legal-form word, or one or two letters away from a long one. */
  static boolean isLegalVocabulary(String token) {
    return LEGAL_VOCABULARY.contains(token) || !correctLegalWord(token).equals(token);
  }

  /** Corrects a word one or two letters away from a legal-form word; returns the word otherwise. */
  static String correctLegalWord(String token) {
    if (token.length() < 4 || LEGAL_FORMS.containsKey(token)) {
      return token;
    }
    for (String w : LEGAL_WORDS) {
      if (closeEnough(token, w)) {
        return w;
      }
    }
    return token;
  }

  /** The context word a token is (or is a letter away from), or null. */
  static String correctContextWord(String token) {
    for (String w : CONTEXT_WORDS) {
      if (token.equals(w)
          || (w.length() >= 4
              && token.length() >= 3
              && Math.abs(token.length() - w.length()) <= 1
              && TokenSimilarity.osaDistance(token, w, 1) <= 1)) {
        return w;
      }
    }
    return null;
  }

  private static boolean closeEnough(String token, String word) {
    boolean endsKept =
        token.charAt(0) == word.charAt(0)
            && token.charAt(token.length() - 1) == word.charAt(word.length() - 1);
    // Two edits in a long legal word, or in one of seven or eight letters whose first and last
    // letters are kept ("lmimtted", "csopany").
    int allowed =
        word.length() >= 9 || (word.length() >= 7 && token.length() >= 6 && endsKept) ? 2 : 1;
    if (Math.abs(token.length() - word.length()) > allowed
        || token.charAt(0) != word.charAt(0)
            && token.charAt(token.length() - 1) != word.charAt(word.length() - 1)) {
      return false;
    }
    if (word.length() <= 4) {
      // Short words: only two swapped letters ("gbmh").
      return token.length() == word.length()
          && TokenSimilarity.osaDistance(token, word, 1) == 1
          && sortedLetters(token).equals(sortedLetters(word));
    }
    return TokenSimilarity.osaDistance(token, word, allowed) <= allowed;
  }

  private static String sortedLetters(String s) {
    char[] c = s.toCharArray();
    java.util.Arrays.sort(c);
    return new String(c);
  }

  /** Families of legal forms: limited-liability companies, joint-stock companies, and "company". */
  public enum LegalFamily {
    /** Private companies with limited liability: Ltd, LLC, OOO, GmbH, S.R.L., TOV... */
    LIMITED,
    /** Joint-stock and public companies: JSC, AO, AG, S.A., PLC, Inc., Corp... */
    STOCK,
    /** "Company", "Co.": either. */
    ANY
  }

  private static final Set<String> LIMITED_FORMS =
      Set.of(
          "ltd", "llc", "llp", "lp", "ooo", "gmbh", "srl", "sarl", "tov", "sl", "bhd", "sdn", "pty",
          "pvt", "pte", "bv", "sprl", "fze", "wll", "ulc", "kg", "kk");

  /** The family of a canonical legal form; unknown forms are {@link LegalFamily#ANY}. */
  public static LegalFamily legalFamily(String form) {
    if (LIMITED_FORMS.contains(form)) {
      return LegalFamily.LIMITED;
    }
    if (form.equals("co")) {
      return LegalFamily.ANY;
    }
    return LegalFamily.STOCK;
  }

  /** A hash-based copy: the immutable collections probe slowly on this hot path. */
  private static <K, V> Map<K, V> fast(Map<K, V> m) {
    return java.util.Collections.unmodifiableMap(new HashMap<>(m));
  }

  private static <T> Set<T> fast(Set<T> s) {
    return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(s));
  }

  /**
   * The spelling that stands for a given name's transliteration variants ("mohamed" gives
   * "muhammad"), or null if the token is not a known variant.
   */
  public static String nameVariant(String token) {
    return NAME_VARIANTS.get(token);
  }

  /** Whether a normalized token is a title or honorific ("dr", "haji", "sheikh"). */
  public static boolean isTitle(String token) {
    return HONORIFICS.contains(token);
  }

  /** Whether a token identifies nothing on its own: a legal form or a title. */
  public static boolean isMinor(String token) {
    return LEGAL_FORMS.containsKey(token) || HONORIFICS.contains(token);
  }

  /** Whether a normalized token is a legal form (all legal forms are one class). */
  public static boolean isLegalForm(String token) {
    return LEGAL_FORMS.containsKey(token);
  }

  /** Whether a normalized token is a word many listed organizations share. */
  public static boolean isGeneric(String token) {
    return GENERIC_WORDS.contains(token);
  }
}
