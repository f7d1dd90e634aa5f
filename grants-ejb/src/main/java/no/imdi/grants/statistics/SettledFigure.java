package no.imdi.grants.statistics;

import java.io.Serializable;
import java.util.List;

/**
 * The settled persons figure: the totals per year and target group (the chart) and the counts per
 * year, municipality and target group (the table), from one aggregate query with grouping sets.
 */
public record SettledFigure(List<SettledCount> totals, List<SettledCount> byMunicipality)
    implements Serializable {

  public SettledFigure {
    totals = List.copyOf(totals);
    byMunicipality = List.copyOf(byMunicipality);
  }
}
