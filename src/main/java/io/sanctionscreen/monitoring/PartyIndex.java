package io.sanctionscreen.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sanctionscreen.matching.Identifiers;
import io.sanctionscreen.matching.NameNormalizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The watched parties indexed the other way round (decision 11): one in-memory Lucene index of
 * every watchlist's parties, by their normalized name tokens, the tokens' trigrams and their
 * identifiers, which a list change queries with each changed entry's names and identifiers. It only
 * finds candidates; each candidate is then screened exactly as a single screening would.
 *
 * <p>Each replica holds its own, built from the database when first needed and rebuilt whenever the
 * parties changed since (a party's id is never reused: replacing a party gives it a new id, so the
 * count and the highest id together tell whether the stored parties changed).
 */
@ApplicationScoped
public class PartyIndex {

  private static final String ID = "id";
  private static final String TOKEN = "t";
  private static final String GRAM = "g";
  private static final String IDENTIFIER = "i";
  private static final int MAX_CLAUSES = 1000;
  private static final int PAGE = 10_000;

  private final EntityManager em;
  private final NameNormalizer normalizer;
  private final ObjectMapper mapper;

  private record Built(long count, long maxId, IndexSearcher searcher) {}

  private Built built;

  public PartyIndex(EntityManager em, NameNormalizer normalizer, ObjectMapper mapper) {
    this.em = em;
    this.normalizer = normalizer;
    this.mapper = mapper;
  }

  /**
   * The ids of the parties whose names come close to one of the names, or that share one of the
   * identifiers, at most {@code perName} for each name.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public synchronized Set<Long> candidates(
      List<String> names, List<String> identifiers, int perName) {
    IndexSearcher searcher = current();
    Set<Long> out = new LinkedHashSet<>();
    try {
      for (String name : names) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int clauses = 0;
        for (String token : normalizer.normalize(name).tokens()) {
          if (clauses++ < MAX_CLAUSES) {
            q.add(
                new BoostQuery(new TermQuery(new Term(TOKEN, token)), 3f),
                BooleanClause.Occur.SHOULD);
          }
          for (String g : grams(token)) {
            if (clauses++ < MAX_CLAUSES) {
              q.add(new TermQuery(new Term(GRAM, g)), BooleanClause.Occur.SHOULD);
            }
          }
        }
        if (clauses > 0) {
          collect(searcher, q.build(), perName, out);
        }
      }
      BooleanQuery.Builder ids = new BooleanQuery.Builder();
      int clauses = 0;
      for (String value : identifiers) {
        for (String form : Identifiers.forms(value)) {
          if (Identifiers.distinctive(form) && clauses++ < MAX_CLAUSES) {
            ids.add(new TermQuery(new Term(IDENTIFIER, form)), BooleanClause.Occur.SHOULD);
          }
        }
      }
      if (clauses > 0) {
        collect(searcher, ids.build(), 10_000, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("searching the party index failed", e);
    }
    return out;
  }

  private static void collect(
      IndexSearcher searcher, org.apache.lucene.search.Query q, int n, Set<Long> out)
      throws IOException {
    for (ScoreDoc sd : searcher.search(q, n).scoreDocs) {
      out.add(searcher.storedFields().document(sd.doc).getField(ID).numericValue().longValue());
    }
  }

  /** The index, rebuilt first if the stored parties changed since it was built. */
  private IndexSearcher current() {
    Object[] state =
        em.createQuery(
                "select count(p), coalesce(max(p.id), 0) from WatchedParty p", Object[].class)
            .getSingleResult();
    long count = ((Number) state[0]).longValue();
    long maxId = ((Number) state[1]).longValue();
    if (built == null || built.count() != count || built.maxId() != maxId) {
      built = new Built(count, maxId, build());
    }
    return built.searcher();
  }

  private IndexSearcher build() {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      long after = 0;
      while (true) {
        List<Object[]> rows =
            em.createQuery(
                    "select p.id, p.name, p.identifiers from WatchedParty p where p.id > :a"
                        + " order by p.id",
                    Object[].class)
                .setParameter("a", after)
                .setMaxResults(PAGE)
                .getResultList();
        if (rows.isEmpty()) {
          break;
        }
        for (Object[] r : rows) {
          after = (Long) r[0];
          w.addDocument(document(after, (String) r[1], (String) r[2]));
        }
      }
      w.commit();
      return new IndexSearcher(DirectoryReader.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException("building the party index failed", e);
    }
  }

  private Document document(long id, String name, String identifiers) {
    Document d = new Document();
    d.add(new StoredField(ID, id));
    for (String token : normalizer.normalize(name).tokens()) {
      d.add(new StringField(TOKEN, token, Field.Store.NO));
      for (String g : grams(token)) {
        d.add(new StringField(GRAM, g, Field.Store.NO));
      }
    }
    for (String value : identifierValues(identifiers)) {
      for (String form : Identifiers.forms(value)) {
        if (Identifiers.distinctive(form)) {
          d.add(new StringField(IDENTIFIER, form, Field.Store.NO));
        }
      }
    }
    return d;
  }

  private List<String> identifierValues(String json) {
    List<String> out = new ArrayList<>();
    if (json == null) {
      return out;
    }
    try {
      for (JsonNode n : mapper.readTree(json)) {
        if (n.hasNonNull("value")) {
          out.add(n.get("value").asText());
        }
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored identifiers are not JSON", e);
    }
    return out;
  }

  /** The token's trigrams, padded at both ends so that short tokens and their edges count. */
  static List<String> grams(String token) {
    String padded = "^" + token + "$";
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 3 <= padded.length(); i++) {
      out.add(padded.substring(i, i + 3));
    }
    return out;
  }
}
