package io.sanctionscreen.audit;

import java.time.Instant;

/**
 * What a screening hands to the audit trail; the request and result are stored as JSON.
 *
 * @param screeningId the id given to the caller
 * @param screenedAt when the screening ran
 * @param caller who asked
 * @param channel how the screening arrived (API, BATCH, CLI...)
 * @param reference the caller's reference
 * @param queryName the name as received
 * @param normalizedQuery the name as compared
 * @param queryType the type given, if any
 * @param purpose the purpose given, if any
 * @param outcome the outcome
 * @param topScore the best hit's score, null without hits
 * @param hitCount number of hits
 * @param listVersions the list versions used, as source@version
 * @param request the request, serialized as JSON
 * @param result the answer, serialized as JSON
 * @param durationMicros time taken
 */
public record AuditEntry(
    String screeningId,
    Instant screenedAt,
    String caller,
    String channel,
    String reference,
    String queryName,
    String normalizedQuery,
    String queryType,
    String purpose,
    String outcome,
    Double topScore,
    int hitCount,
    String listVersions,
    Object request,
    Object result,
    long durationMicros) {}
