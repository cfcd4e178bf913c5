package io.sanctionscreen.screening;

/** How a screening arrived: the audit record keeps it. */
public enum Channel {
  /** A single screening over the API. */
  API,
  /** A row of a batch screening. */
  BATCH,
  /** The command-line mode. */
  CLI,
  /** A re-screening by monitoring. */
  MONITORING,
  /** An evaluation run over a labelled file. */
  EVALUATION,
  /** The compliance officers' console: a screening or a deal-list row. */
  CONSOLE
}
