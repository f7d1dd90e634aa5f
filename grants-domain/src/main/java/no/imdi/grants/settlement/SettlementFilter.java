package no.imdi.grants.settlement;

/**
 * What the settlements list is filtered by: municipality, part of a name, the start of a national
 * id, settlement year and target group. Blank values do not filter.
 */
public record SettlementFilter(
    String municipalityNumber,
    String name,
    String nationalId,
    Integer settlementYear,
    TargetGroup targetGroup) {

  public static final SettlementFilter NONE = new SettlementFilter(null, null, null, null, null);

  public SettlementFilter {
    municipalityNumber = blankToNull(municipalityNumber);
    name = blankToNull(name);
    nationalId = nationalId == null ? null : blankToNull(nationalId.replaceAll("\\s", ""));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
