/**
 * The kinds of failure features report, by what went wrong (not found, invalid input, conflict,
 * rejected content, too large, unavailable, upstream failure, misconfigured). Depends on nothing;
 * every feature may throw these, and only {@code web} maps them to HTTP statuses.
 */
package io.sanctionscreen.errors;
