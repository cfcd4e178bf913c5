package io.sanctionscreen.lists.model;

/**
 * The kinds of labelled fact the parsers know. An attribute is stored with its kind's name ({@code
 * BIRTH_DATE}); where a list labels a fact the parsers do not map (an OFAC program date such as
 * "Listing Date (CMIC)", an EU contact type), the attribute keeps the source's own label instead,
 * so {@link ParsedEntry.Attribute#kind()} stays a string.
 */
public enum AttributeKind {
  /** Date of birth (ISO 8601, as precise as the list is: 1948, 1948-12...). */
  BIRTH_DATE,
  /** Place of birth. */
  BIRTH_PLACE,
  /** Nationality; for a company, its country of registration. */
  NATIONALITY,
  /** Citizenship. */
  CITIZENSHIP,
  /** A country the entry is linked to, without saying how. */
  COUNTRY,
  TITLE,
  GENDER,
  POSITION,
  /** Date of incorporation or establishment. */
  ESTABLISHED,
  ORGANIZATION_TYPE,
  TARGET_TYPE,
  WEBSITE,
  EMAIL,
  LINKED_TO,
  ISSUER_NAME,
  /** The date the entry was listed. */
  LISTED_ON,
  START_DATE,
  END_DATE,
  TOPIC,
  DATASET,
  LIST,
  SECONDARY_SANCTIONS_RISK,
  SANCTIONS_INFO,
  SANCTIONS_IMPOSED,
  DIRECTIVE,
  PROHIBITION,
  DESIGNATION_SOURCE,
  FEDERAL_REGISTER_NOTICE,
  LICENSE_REQUIREMENT,
  LICENSE_POLICY,
  UN_REFERENCE_NUMBER,
  EU_REFERENCE_NUMBER,
  UK_SANCTIONS_LIST_REF,
  OFSI_GROUP_ID,
  /** OFAC's entity number (ent_num) of an entry that another list republishes (the CSL). */
  OFAC_ENTITY_NUMBER,
  AIRCRAFT_MODEL,
  AIRCRAFT_OPERATOR,
  AIRCRAFT_MANUFACTURE_DATE,
  VESSEL_YEAR_OF_BUILD,
  VESSEL_CALL_SIGN,
  VESSEL_FLAG,
  VESSEL_FORMER_FLAG,
  VESSEL_TYPE,
  VESSEL_TONNAGE,
  VESSEL_GRT,
  VESSEL_OWNER,
  VESSEL_LENGTH;

  /** Whether an attribute stored with this kind (a string) is of this kind. */
  public boolean is(String storedKind) {
    return name().equals(storedKind);
  }
}
