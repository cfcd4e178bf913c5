package io.sanctionscreen.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sanctionscreen.errors.InvalidInputException;
import io.sanctionscreen.index.IndexService;
import io.sanctionscreen.index.NameSearcher;
import io.sanctionscreen.lists.ListEntry;
import io.sanctionscreen.lists.ListEntryRepository;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.matching.NameNormalizer;
import io.sanctionscreen.matching.NormalizedName;
import io.sanctionscreen.screening.LimitsConfig;
import io.sanctionscreen.screening.Purpose;
import io.sanctionscreen.screening.PurposeDecider;
import io.sanctionscreen.screening.ScreenRequest;
import io.sanctionscreen.screening.ScreenResponse;
import io.sanctionscreen.screening.Screener;
import io.sanctionscreen.screening.ScreeningConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Screens a watched party exactly as a single screening of it would (the same normalizer, index
 * generation, scorer and purpose decision), and raises an alert for each hit at or above the
 * watchlist's threshold.
 */
@ApplicationScoped
public class PartyScreener {

  private static final TypeReference<List<ScreenRequest.IdentifierInput>> IDENTIFIERS =
      new TypeReference<>() {};

  /** Threads screening parties beside the caller's: one a core in all. */
  private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

  private final ExecutorService pool =
      Executors.newFixedThreadPool(
          Math.max(1, threads - 1),
          r -> {
            Thread t = new Thread(r, "party-screening");
            t.setDaemon(true);
            return t;
          });

  private final Screener screener;
  private final NameNormalizer normalizer;
  private final NameSearcher searcher;
  private final IndexService index;
  private final AlertService alerts;
  private final ListEntryRepository entries;
  private final ObjectMapper mapper;

  public PartyScreener(
      NameNormalizer normalizer,
      NameSearcher searcher,
      PurposeDecider decider,
      LimitsConfig limits,
      ScreeningConfig config,
      Clock clock,
      IndexService index,
      AlertService alerts,
      ListEntryRepository entries,
      ObjectMapper mapper) {
    this.screener =
        new Screener(
            normalizer, searcher, decider, limits.maxNameLength(), config.defaultLimit(), clock);
    this.normalizer = normalizer;
    this.searcher = searcher;
    this.index = index;
    this.alerts = alerts;
    this.entries = entries;
    this.mapper = mapper;
  }

  /**
   * Screens a party and raises its alerts.
   *
   * @param focus the entries to alert on (a list change's changed entries), or null for every hit
   * @param raisedBy who caused the screening
   * @return the ids of the alerts raised
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Long> screen(Watchlist w, WatchedParty p, Set<String> focus, String raisedBy) {
    return raise(w, p, screen(w, p), focus, raisedBy);
  }

  /**
   * Screens parties on every core, without a transaction (screening reads only the index); the
   * answers in the order of the parties.
   *
   * @param watchlist each party's watchlist
   * @throws InvalidInputException for the first party (in order) whose name cannot be screened, its
   *     field prefixed with {@code parties[i].}
   */
  public List<ScreenResponse> screenAll(
      List<WatchedParty> parties, Function<WatchedParty, Watchlist> watchlist) {
    int n = parties.size();
    ScreenResponse[] out = new ScreenResponse[n];
    RuntimeException[] failed = new RuntimeException[n];
    int slices = Math.min(threads, Math.max(1, n / 8));
    List<Future<?>> running = new ArrayList<>(slices);
    for (int s = 0; s < slices; s++) {
      int from = (int) ((long) n * s / slices);
      int to = (int) ((long) n * (s + 1) / slices);
      Runnable slice =
          () -> {
            for (int i = from; i < to; i++) {
              WatchedParty p = parties.get(i);
              try {
                out[i] = screen(watchlist.apply(p), p);
              } catch (RuntimeException e) {
                failed[i] = e;
              }
            }
          };
      if (s == slices - 1) {
        slice.run();
      } else {
        running.add(pool.submit(slice));
      }
    }
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while screening parties", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("screening parties failed", e.getCause());
      }
    }
    for (int i = 0; i < n; i++) {
      if (failed[i] instanceof InvalidInputException e) {
        throw new InvalidInputException("parties[" + i + "]." + e.field(), e.reason());
      } else if (failed[i] != null) {
        throw failed[i];
      }
    }
    return Arrays.asList(out);
  }

  /** Screens a party as a single screening of it would; raises nothing. */
  ScreenResponse screen(Watchlist w, WatchedParty p) {
    return screener.screen(request(w, p), index::withGeneration);
  }

  /**
   * Whether a party can hit one of these entries at its watchlist's threshold: the best score of
   * each entry's names against the party's (with its type, date of birth and country, as a
   * screening weighs them), which is never below the score a screening gives. Identifiers are not
   * counted: a party sharing one is screened whatever this says.
   */
  boolean mayHit(Watchlist w, WatchedParty p, Collection<String> entityIds) {
    NormalizedName name = normalizer.normalize(p.name);
    NameSearcher.Request request =
        new NameSearcher.Request(
            name,
            p.type == null ? null : EntryType.fromApi(p.type),
            w.threshold,
            ScreenRequest.MAX_LIMIT,
            p.birthDate,
            p.country,
            List.of());
    return index.withGeneration(
        g -> {
          for (String id : entityIds) {
            if (searcher.bestScore(g, request, id) >= w.threshold) {
              return true;
            }
          }
          return false;
        });
  }

  /**
   * Raises the alerts of a party's screening.
   *
   * @param focus the entries to alert on (a list change's changed entries), or null for every hit
   * @return the ids of the alerts raised
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Long> raise(
      Watchlist w, WatchedParty p, ScreenResponse r, Set<String> focus, String raisedBy) {
    List<Long> raised = new ArrayList<>();
    for (ScreenResponse.Hit hit : r.hits()) {
      if (focus == null || focus.contains(hit.entityId())) {
        raise(w, p, hit.entityId(), hit, null, raisedBy).ifPresent(raised::add);
      }
      if (focus != null && hit.listings() != null) {
        for (ScreenResponse.Listing l : hit.listings()) {
          if (!l.entityId().equals(hit.entityId())
              && focus.contains(l.entityId())
              && l.score() >= w.threshold) {
            raise(w, p, l.entityId(), hit, l, raisedBy).ifPresent(raised::add);
          }
        }
      }
    }
    return raised;
  }

  private Optional<Long> raise(
      Watchlist w,
      WatchedParty p,
      String entityId,
      ScreenResponse.Hit hit,
      ScreenResponse.Listing listing,
      String raisedBy) {
    Optional<ListEntry> entry = entries.findActive(entityId);
    if (entry.isEmpty()) {
      // Removed since the generation was built: nothing to review.
      return Optional.empty();
    }
    ListEntry e = entry.get();
    return Optional.ofNullable(
        alerts.raise(
            new AlertService.NewAlert(
                w.name,
                p.reference,
                p.name,
                entityId,
                EntryContent.hash(e),
                e.version.source.id,
                e.version.id,
                listing == null ? hit.name() : listing.name(),
                listing == null ? hit.matchedName() : listing.matchedName(),
                listing == null ? hit.score() : listing.score(),
                w.purpose,
                (listing == null ? hit.decision().outcome() : listing.outcome()).name(),
                hit.explanation(),
                raisedBy)));
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }

  /** The screening request a party makes. */
  ScreenRequest request(Watchlist w, WatchedParty p) {
    return new ScreenRequest(
        p.name,
        p.type == null ? null : EntryType.fromApi(p.type),
        p.country,
        p.birthDate,
        Purpose.valueOf(w.purpose),
        w.threshold,
        ScreenRequest.MAX_LIMIT,
        p.reference,
        identifiers(p),
        null,
        null);
  }

  List<ScreenRequest.IdentifierInput> identifiers(WatchedParty p) {
    if (p.identifiers == null) {
      return List.of();
    }
    try {
      return mapper.readValue(p.identifiers, IDENTIFIERS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored identifiers of party " + p.id + " are not JSON", e);
    }
  }

  String identifiersJson(List<ScreenRequest.IdentifierInput> ids) {
    if (ids == null || ids.isEmpty()) {
      return null;
    }
    try {
      return mapper.writeValueAsString(ids);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("identifiers cannot be written as JSON", e);
    }
  }
}
