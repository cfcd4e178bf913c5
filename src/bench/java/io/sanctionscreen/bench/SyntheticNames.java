package io.sanctionscreen.bench;

import io.sanctionscreen.evaluation.LabelledQuery;
import io.sanctionscreen.index.IndexEntry;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.matching.NameNormalizer;
import io.sanctionscreen.matching.NormalizedName;
import io.sanctionscreen.matching.Vocabulary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates list entries by recombining the words of real names, the same entries for the same
 * seed: given names and surnames of listed persons and of the negative person queries, words of
 * listed organizations and of the negative organization queries, legal forms and generic words.
 * Words keep their frequency in the source names, so common words ("mohammad", "trading") are
 * common here too and their posting lists grow with the corpus as they would in a real list.
 */
final class SyntheticNames {

  /** The source id of generated entries. */
  static final String SOURCE = "synthetic";

  private static final List<String> LEGAL_FORMS =
      List.of(
          "LLC",
          "Ltd",
          "Limited",
          "Co., Ltd.",
          "Inc.",
          "Corp.",
          "Corporation",
          "GmbH",
          "AG",
          "S.A.",
          "S.A. de C.V.",
          "JSC",
          "OOO",
          "PJSC",
          "FZE",
          "LLP",
          "SARL",
          "B.V.",
          "Pvt. Ltd.",
          "S.p.A.");

  private static final List<String> GENERIC_WORDS =
      List.of(
          "Trading",
          "Group",
          "International",
          "Holding",
          "Industries",
          "Technology",
          "Investment",
          "Shipping",
          "General Trading",
          "Logistics",
          "Petroleum",
          "Bank",
          "Services",
          "Import Export",
          "Engineering",
          "Construction");

  private final Random random;
  private final List<String> givenNames = new ArrayList<>();
  private final List<String> surnames = new ArrayList<>();
  private final List<String> orgWords = new ArrayList<>();
  private final List<String> vesselWords = new ArrayList<>();

  /**
   * @param listed the entries whose words are recombined
   * @param queries queries whose negative names add words of unlisted people and companies
   * @param normalizer used only to leave legal forms and titles out of the word pools
   * @param seed the seed: the same seed gives the same names
   */
  SyntheticNames(
      List<IndexEntry> listed, List<LabelledQuery> queries, NameNormalizer normalizer, long seed) {
    this.random = new Random(seed);
    for (IndexEntry e : listed) {
      for (IndexEntry.Name n : e.names()) {
        addWords(e.type(), n.name(), normalizer);
      }
    }
    for (LabelledQuery q : queries) {
      if (!q.positive() && q.type() != null) {
        addWords(q.type(), q.name(), normalizer);
      }
    }
    if (givenNames.isEmpty() || surnames.isEmpty() || orgWords.isEmpty()) {
      throw new IllegalArgumentException("the source names hold too few words to recombine");
    }
    if (vesselWords.isEmpty()) {
      vesselWords.addAll(orgWords);
    }
  }

  private void addWords(EntryType type, String name, NameNormalizer normalizer) {
    if (type == EntryType.PERSON) {
      int comma = name.indexOf(',');
      if (comma > 0) {
        addAll(surnames, name.substring(0, comma), normalizer);
        addAll(givenNames, name.substring(comma + 1), normalizer);
      } else {
        String[] words = name.trim().split("\\s+");
        if (words.length > 1) {
          addAll(surnames, words[words.length - 1], normalizer);
          addAll(
              givenNames,
              String.join(" ", List.of(words).subList(0, words.length - 1)),
              normalizer);
        }
      }
    } else if (type == EntryType.VESSEL) {
      addAll(vesselWords, name, normalizer);
    } else {
      addAll(orgWords, name, normalizer);
    }
  }

  private static void addAll(List<String> pool, String text, NameNormalizer normalizer) {
    for (String word : text.trim().split("\\s+")) {
      NormalizedName n = normalizer.normalize(word);
      if (!n.isEmpty() && !n.tokens().stream().allMatch(Vocabulary::isMinor)) {
        pool.add(word.replace(",", ""));
      }
    }
  }

  /**
   * Generates entries holding {@code names} names in all: persons (about 55%, written "SURNAME,
   * Given Names" as OFAC does), organizations (40%) and vessels (5%); an entry has one to three
   * names, and one alias in ten is weak.
   */
  List<IndexEntry> generate(int names) {
    List<IndexEntry> out = new ArrayList<>(names * 2 / 3);
    int made = 0;
    while (made < names) {
      int count = Math.min(names - made, nameCount());
      double kind = random.nextDouble();
      EntryType type =
          kind < 0.55 ? EntryType.PERSON : kind < 0.95 ? EntryType.ORGANIZATION : EntryType.VESSEL;
      List<IndexEntry.Name> list = new ArrayList<>(count);
      Set<String> written = new HashSet<>();
      String surname = pick(surnames);
      for (int i = 0; i < count; i++) {
        String name;
        do {
          // An alias written like a name the entry has already would be indexed once only.
          name =
              switch (type) {
                case PERSON -> personName(surname);
                case VESSEL -> vesselName();
                default -> organizationName();
              };
        } while (!written.add(name));
        boolean alias = i > 0;
        list.add(
            new IndexEntry.Name(
                name, alias ? NameKind.AKA : NameKind.PRIMARY, alias && random.nextInt(10) == 0));
      }
      out.add(
          new IndexEntry(
              SOURCE + ":" + (out.size() + 1),
              SOURCE,
              type,
              list.get(0).name(),
              List.of("SYNTHETIC"),
              list,
              List.of(),
              List.of(),
              List.of(),
              Map.of()));
      made += count;
    }
    return out;
  }

  private int nameCount() {
    int r = random.nextInt(10);
    return r < 6 ? 1 : r < 9 ? 2 : 3;
  }

  private String personName(String surname) {
    StringBuilder b = new StringBuilder(surname.toUpperCase(Locale.ROOT)).append(", ");
    b.append(pick(givenNames));
    int more = random.nextInt(10);
    if (more >= 5) {
      b.append(' ').append(pick(givenNames));
    }
    if (more >= 8) {
      b.append(' ').append(pick(givenNames));
    }
    return b.toString();
  }

  private String organizationName() {
    StringBuilder b = new StringBuilder(pick(orgWords));
    int words = random.nextInt(3);
    for (int i = 0; i < words; i++) {
      b.append(' ').append(pick(orgWords));
    }
    if (random.nextInt(3) == 0) {
      b.append(' ').append(pick(GENERIC_WORDS));
    }
    if (random.nextInt(3) < 2) {
      b.append(' ').append(pick(LEGAL_FORMS));
    }
    return b.toString();
  }

  private String vesselName() {
    return random.nextBoolean() ? pick(vesselWords) : pick(vesselWords) + " " + pick(vesselWords);
  }

  private String pick(List<String> pool) {
    return pool.get(random.nextInt(pool.size()));
  }
}
