package io.sanctionscreen.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.sanctionscreen.matching.Identifiers;
import io.sanctionscreen.matching.NameNormalizer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.jboss.logging.Logger;

/**
 * The watched parties indexed the other way round (decision 11): one in-memory Lucene index of
 * every watchlist's parties, by their normalized name tokens, the tokens' trigrams and their
 * identifiers, which a list change queries with each changed entry's names and identifiers. It only
 * finds candidates; each candidate is then screened exactly as a single screening would.
 *
 * <p>Each replica holds its own. It is built from the database in the background at start-up (a
 * list change arriving before the build finished waits for it), and then follows the parties this
 * replica stores or removes, once their transaction committed ({@link PartiesChanged}). Before each
 * query it checks the stored parties' count and highest id against its own (a party's id is never
 * reused: replacing a party gives it a new id): parties another replica added are indexed by id,
 * and if the counts still differ the ids are compared one by one (parties removed elsewhere). A
 * candidate the database no longer holds is harmless: screening loads the candidates by id.
 */
@ApplicationScoped
public class PartyIndex {

  private static final Logger LOG = Logger.getLogger(PartyIndex.class);

  private static final String ID = "id";
  private static final String KEY = "k";
  private static final String ID_VALUE = "v";
  private static final String TOKEN = "t";
  private static final String GRAM = "g";
  private static final String IDENTIFIER = "i";
  private static final int MAX_CLAUSES = 1000;
  private static final int PAGE = 10_000;

  private final EntityManager em;
  private final NameNormalizer normalizer;
  private final ObjectMapper mapper;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  /** The highest party id indexed. */
  private final AtomicLong maxIndexed = new AtomicLong();

  /** Held while the index is brought up to the stored parties. */
  private final ReentrantLock sync = new ReentrantLock();

  public PartyIndex(EntityManager em, NameNormalizer normalizer, ObjectMapper mapper) {
    this.em = em;
    this.normalizer = normalizer;
    this.mapper = mapper;
    try {
      IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
      config.setRAMBufferSizeMB(64);
      this.writer = new IndexWriter(new ByteBuffersDirectory(), config);
      this.searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException("opening the party index failed", e);
    }
  }

  /** Builds the index in the background, so that start-up and readiness do not wait for it. */
  void onStart(@Observes @Priority(2000) StartupEvent event) {
    Thread t =
        new Thread(
            () -> {
              long started = System.nanoTime();
              try {
                synchronize();
                LOG.infof(
                    "Party index built: %d parties in %d ms",
                    numDocs(), (System.nanoTime() - started) / 1_000_000);
              } catch (RuntimeException e) {
                LOG.warnf(e, "Building the party index failed; the first list change retries");
              }
            },
            "party-index-build");
    t.setDaemon(true);
    t.start();
  }

  /** Follows the parties this replica stored or removed. */
  void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PartiesChanged event) {
    try {
      for (Long id : event.removed()) {
        writer.deleteDocuments(new Term(KEY, Long.toString(id)));
      }
      for (PartiesChanged.Added p : event.added()) {
        writer.updateDocument(
            new Term(KEY, Long.toString(p.id())), document(p.id(), p.name(), p.identifiers()));
        maxIndexed.accumulateAndGet(p.id(), Math::max);
      }
    } catch (IOException | RuntimeException e) {
      // The next query compares the index with the stored parties and repairs it.
      LOG.warnf(e, "Updating the party index failed");
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    try {
      searchers.close();
      writer.close();
    } catch (IOException e) {
      LOG.debugf(e, "Closing the party index failed");
    }
  }

  /**
   * The parties that may hit one entry: those whose names come close to one of its names (at most
   * {@code perName} for each name, by Lucene's score), and those that share one of its identifiers.
   * Only candidates: the caller scores them.
   */
  public record Candidates(Set<Long> byName, Set<Long> byIdentifier) {}

  /** The candidates for each entry, in the order given (see {@link Candidates}). */
  public List<Candidates> candidates(List<DeltaRescreen.Changed> entries, int perName) {
    synchronize();
    IndexSearcher searcher;
    try {
      searcher = searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException("opening the party index failed", e);
    }
    try {
      List<Candidates> out = new ArrayList<>(entries.size());
      for (DeltaRescreen.Changed entry : entries) {
        Set<Long> byName = new LinkedHashSet<>();
        for (String name : entry.names()) {
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
            collect(searcher, q.build(), perName, byName);
          }
        }
        Set<Long> byIdentifier = new LinkedHashSet<>();
        BooleanQuery.Builder ids = new BooleanQuery.Builder();
        int clauses = 0;
        for (String value : entry.identifiers()) {
          for (String form : Identifiers.forms(value)) {
            if (Identifiers.distinctive(form) && clauses++ < MAX_CLAUSES) {
              ids.add(new TermQuery(new Term(IDENTIFIER, form)), BooleanClause.Occur.SHOULD);
            }
          }
        }
        if (clauses > 0) {
          collect(searcher, ids.build(), 10_000, byIdentifier);
        }
        out.add(new Candidates(byName, byIdentifier));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("searching the party index failed", e);
    } finally {
      release(searcher);
    }
  }

  private void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException("releasing the party index failed", e);
    }
  }

  private static void collect(
      IndexSearcher searcher, org.apache.lucene.search.Query q, int n, Set<Long> out)
      throws IOException {
    for (ScoreDoc sd : searcher.search(q, n).scoreDocs) {
      out.add(searcher.storedFields().document(sd.doc).getField(ID).numericValue().longValue());
    }
  }

  /** Brings the index up to the stored parties (see the class comment). */
  void synchronize() {
    sync.lock();
    try {
      refresh();
      long[] stored = stored();
      if (numDocs() == stored[0] && maxIndexed.get() == stored[1]) {
        return;
      }
      if (stored[1] > maxIndexed.get()) {
        addAfter(maxIndexed.get());
        refresh();
        stored = stored();
      }
      if (numDocs() != stored[0]) {
        reconcile();
        refresh();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("updating the party index failed", e);
    } finally {
      sync.unlock();
    }
  }

  private void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** The parties in the index (as of the last refresh). */
  long numDocs() {
    IndexSearcher s;
    try {
      s = searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException("opening the party index failed", e);
    }
    try {
      return s.getIndexReader().numDocs();
    } finally {
      release(s);
    }
  }

  /** The stored parties' count and highest id. */
  private long[] stored() {
    Object[] state =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.createQuery(
                            "select count(p), coalesce(max(p.id), 0) from WatchedParty p",
                            Object[].class)
                        .getSingleResult());
    return new long[] {((Number) state[0]).longValue(), ((Number) state[1]).longValue()};
  }

  /** Indexes the stored parties with an id above the given one. */
  private void addAfter(long after) throws IOException {
    while (true) {
      long from = after;
      List<Object[]> rows =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      em.createQuery(
                              "select p.id, p.name, p.identifiers from WatchedParty p"
                                  + " where p.id > :a order by p.id",
                              Object[].class)
                          .setParameter("a", from)
                          .setMaxResults(PAGE)
                          .getResultList());
      if (rows.isEmpty()) {
        return;
      }
      add(rows);
      after = (Long) rows.get(rows.size() - 1)[0];
    }
  }

  private void add(List<Object[]> rows) throws IOException {
    for (Object[] r : rows) {
      long id = (Long) r[0];
      writer.updateDocument(
          new Term(KEY, Long.toString(id)), document(id, (String) r[1], (String) r[2]));
      maxIndexed.accumulateAndGet(id, Math::max);
    }
  }

  /** Compares the indexed ids with the stored ones: removes the extra, adds the missing. */
  private void reconcile() throws IOException {
    long[] stored = storedIds();
    long[] indexed = indexedIds();
    List<Long> missing = new ArrayList<>();
    int removed = 0;
    int i = 0;
    int j = 0;
    while (i < stored.length || j < indexed.length) {
      if (j >= indexed.length || (i < stored.length && stored[i] < indexed[j])) {
        missing.add(stored[i++]);
      } else if (i >= stored.length || indexed[j] < stored[i]) {
        writer.deleteDocuments(new Term(KEY, Long.toString(indexed[j++])));
        removed++;
      } else {
        i++;
        j++;
      }
    }
    for (int k = 0; k < missing.size(); k += 1000) {
      List<Long> ids = missing.subList(k, Math.min(k + 1000, missing.size()));
      add(
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      em.createQuery(
                              "select p.id, p.name, p.identifiers from WatchedParty p"
                                  + " where p.id in :ids",
                              Object[].class)
                          .setParameter("ids", ids)
                          .getResultList()));
    }
    LOG.infof(
        "Party index reconciled with the stored parties: %d added, %d removed",
        missing.size(), removed);
  }

  private long[] storedIds() {
    long[] out = new long[1024];
    int n = 0;
    long after = 0;
    while (true) {
      long from = after;
      List<Long> page =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      em.createQuery(
                              "select p.id from WatchedParty p where p.id > :a order by p.id",
                              Long.class)
                          .setParameter("a", from)
                          .setMaxResults(PAGE * 10)
                          .getResultList());
      if (page.isEmpty()) {
        return Arrays.copyOf(out, n);
      }
      for (Long id : page) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = id;
      }
      after = page.get(page.size() - 1);
    }
  }

  private long[] indexedIds() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      long[] out = new long[s.getIndexReader().numDocs()];
      int n = 0;
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        NumericDocValues values = leaf.reader().getNumericDocValues(ID_VALUE);
        Bits live = leaf.reader().getLiveDocs();
        if (values == null) {
          continue;
        }
        for (int doc = values.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = values.nextDoc()) {
          if (live == null || live.get(doc)) {
            if (n == out.length) {
              out = Arrays.copyOf(out, Math.max(16, n * 2));
            }
            out[n++] = values.longValue();
          }
        }
      }
      long[] ids = Arrays.copyOf(out, n);
      Arrays.sort(ids);
      return ids;
    } finally {
      release(s);
    }
  }

  private Document document(long id, String name, String identifiers) {
    Document d = new Document();
    d.add(new StoredField(ID, id));
    d.add(new StringField(KEY, Long.toString(id), Field.Store.NO));
    d.add(new NumericDocValuesField(ID_VALUE, id));
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
