package io.sanctionscreen.screening;

/**
 * The OpenAPI examples of screening, in one place. Each runs as given against the bundled lists:
 * the Swagger UI is a product surface, and its examples are what a compliance officer tries first.
 */
public final class Examples {

  private Examples() {}

  /** A screening request that hits SenseTime (NS-CMIC, entry 33114). */
  public static final String SCREEN_REQUEST =
      """
      {
        "name": "SenseTime Group Ltd",
        "type": "organization",
        "country": "Hong Kong",
        "purpose": "INVESTMENT",
        "reference": "deal-2021-12-hk-ipo-0042"
      }
      """;

  /** A batch of two counterparties. */
  public static final String BATCH_JSON =
      """
      {
        "queries": [
          {"reference": "row-1", "name": "SenseTime Group Ltd", "purpose": "IPO"},
          {"reference": "row-2", "name": "Acme Widgets Inc", "purpose": "IPO"}
        ]
      }
      """;

  /** A deal list as CSV. */
  public static final String BATCH_CSV =
      """
      reference,name,type,country,birth_date,purpose,identifiers
      deal-1,SenseTime Group Ltd,organization,Hong Kong,,IPO,
      deal-2,Acme Widgets Inc,organization,United States,,IPO,
      deal-3,Harbour View Holdings,organization,,,INVESTMENT,C.R. No.:2162198
      """;
}
