package no.imdi.grants.payment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's municipality totals summed per county and per payment group, for the review page (at most
 * one row per municipality goes in, so this is a few hundred rows, never the lines).
 */
public final class RunTotals {

  private RunTotals() {}

  /** One row per county: number and name of the county, net, groups and previous net. */
  public static List<MunicipalityTotal> byCounty(List<MunicipalityTotal> municipalities) {
    Map<String, MunicipalityTotal> counties = new LinkedHashMap<>();
    for (MunicipalityTotal m : municipalities) {
      MunicipalityTotal before = counties.get(m.countyNumber());
      Map<PaymentGroup, Long> groups = new EnumMap<>(PaymentGroup.class);
      if (before != null) {
        groups.putAll(before.groupOre());
      }
      m.groupOre().forEach((g, v) -> groups.merge(g, v, Long::sum));
      counties.put(
          m.countyNumber(),
          new MunicipalityTotal(
              m.countyNumber(),
              m.countyName(),
              m.countyNumber(),
              m.countyName(),
              (before == null ? 0 : before.netOre()) + m.netOre(),
              groups,
              (before == null ? 0 : before.previousNetOre()) + m.previousNetOre()));
    }
    return new ArrayList<>(counties.values());
  }

  /** The run's amount per payment group. */
  public static Map<PaymentGroup, Long> byGroup(List<MunicipalityTotal> municipalities) {
    Map<PaymentGroup, Long> groups = new EnumMap<>(PaymentGroup.class);
    for (MunicipalityTotal m : municipalities) {
      m.groupOre().forEach((g, v) -> groups.merge(g, v, Long::sum));
    }
    return groups;
  }
}
