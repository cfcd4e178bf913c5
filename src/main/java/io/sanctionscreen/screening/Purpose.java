package io.sanctionscreen.screening;

/** What the caller is about to do with the counterparty: it decides which measures apply. */
public enum Purpose {
  /** Buying or holding securities of the counterparty. */
  INVESTMENT,
  /** Underwriting or subscribing to the counterparty's share offering. */
  IPO,
  /** Sending or receiving a payment. */
  PAYMENT,
  /** Taking the counterparty on as a client. */
  ONBOARDING,
  /** Exporting goods, software or technology to the counterparty. */
  EXPORT
}
