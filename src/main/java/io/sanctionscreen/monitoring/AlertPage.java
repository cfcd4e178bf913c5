package io.sanctionscreen.monitoring;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of alerts, newest first (without history or notifications: see one alert for those).
 *
 * @param total alerts matching the criteria
 * @param offset alerts skipped
 * @param limit most alerts on the page
 * @param alerts the page
 */
@Schema(name = "AlertPage")
public record AlertPage(long total, int offset, int limit, List<AlertView> alerts) {}
