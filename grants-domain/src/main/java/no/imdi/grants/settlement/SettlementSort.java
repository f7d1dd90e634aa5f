package no.imdi.grants.settlement;

/** The orders the settlements list can be sorted in. */
public enum SettlementSort {
  NAME,
  NATIONAL_ID,
  SETTLEMENT_DATE,
  MUNICIPALITY,
  TARGET_GROUP
}
