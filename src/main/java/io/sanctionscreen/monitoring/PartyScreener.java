package io.sanctionscreen.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sanctionscreen.index.IndexService;
import io.sanctionscreen.index.NameSearcher;
import io.sanctionscreen.lists.ListEntry;
import io.sanctionscreen.lists.ListEntryRepository;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.matching.NameNormalizer;
import io.sanctionscreen.screening.LimitsConfig;
import io.sanctionscreen.screening.Purpose;
import io.sanctionscreen.screening.PurposeDecider;
import io.sanctionscreen.screening.ScreenRequest;
import io.sanctionscreen.screening.ScreenResponse;
import io.sanctionscreen.screening.Screener;
import io.sanctionscreen.screening.ScreeningConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Screens a watched party exactly as a single screening of it would (the same normalizer, index
 * generation, scorer and purpose decision), and raises an alert for each hit at or above the
 * watchlist's threshold.
 */
@ApplicationScoped
public class PartyScreener {

  private static final TypeReference<List<ScreenRequest.IdentifierInput>> IDENTIFIERS =
      new TypeReference<>() {};

  private final Screener screener;
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
    ScreenResponse r = screener.screen(request(w, p), index::withGeneration);
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
