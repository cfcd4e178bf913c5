package io.sanctionscreen.screening;

/** What the caller is about to do with the counterparty: it decides which measures apply. */
public enum Purpose {
  /** Buying or holding securities of the counterparty: the purchase side of a securities trade. */
  INVESTMENT,
  /**
   * Selling securities of the counterparty to get out of a position: the sale side, which some
   * measures permit for a while after a listing (the NS-CMIC divestment window).
   */
  DIVESTMENT,
  /** Underwriting or subscribing to the counterparty's share offering. */
  IPO,
  /** Sending or receiving a payment. */
  PAYMENT,
  /** Taking the counterparty on as a client. */
  ONBOARDING,
  /** Exporting goods, software or technology to the counterparty. */
  EXPORT
}
