package no.imdi.grants.statistics;

import java.io.Serializable;
import java.util.List;

/**
 * Every statistics figure for one filter, as the page shows them: the filter as it was applied (a
 * municipality's caller's own municipality put in), and the five figures' rows.
 */
public record Statistics(
    StatisticsFilter applied,
    SettledFigure settled,
    List<ApplicationCount> applications,
    List<AmountSum> amounts,
    List<ProcessingTime> processingTimes,
    List<ComplaintCount> complaints)
    implements Serializable {

  public Statistics {
    applications = List.copyOf(applications);
    amounts = List.copyOf(amounts);
    processingTimes = List.copyOf(processingTimes);
    complaints = List.copyOf(complaints);
  }
}
