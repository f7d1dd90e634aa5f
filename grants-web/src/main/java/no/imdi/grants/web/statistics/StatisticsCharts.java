package no.imdi.grants.web.statistics;

import java.math.BigDecimal;
import java.util.List;
import no.imdi.grants.statistics.AmountSum;
import no.imdi.grants.statistics.ApplicationCount;
import no.imdi.grants.statistics.ComplaintCount;
import no.imdi.grants.statistics.ProcessingTime;
import no.imdi.grants.statistics.SettledCount;
import no.imdi.grants.statistics.Statistics;
import no.imdi.grants.web.shared.Messages;

/**
 * The five charts of the statistics page as Chart.js configurations, and each chart's text
 * alternative (its {@code aria-label}: what it shows and the total; the numbers themselves are in
 * the table beside it, WCAG 1.1.1). Labels and series names in the reader's language.
 */
final class StatisticsCharts {

  private final Statistics s;
  private final Messages messages;

  StatisticsCharts(Statistics statistics, Messages messages) {
    this.s = statistics;
    this.messages = messages;
  }

  String settled() {
    ChartJson chart = ChartJson.bar(true).yTitle(messages.text("stats.settled.axis"));
    for (SettledCount c : s.settled().totals()) {
      chart.add(
          Integer.toString(c.year()), messages.text("targetGroup." + c.targetGroup()), c.persons());
    }
    return chart.toJson();
  }

  String settledLabel() {
    List<SettledCount> totals = s.settled().totals();
    long persons = totals.stream().mapToLong(SettledCount::persons).sum();
    return label(
        "stats.settled.aria", years(totals.stream().map(SettledCount::year).toList()), persons);
  }

  String applications() {
    ChartJson chart = ChartJson.bar(true).yTitle(messages.text("stats.applications.axis"));
    for (ApplicationCount c : s.applications()) {
      String label = c.year() + " " + c.kind();
      chart.add(label, messages.text("stats.application.GRANTED"), c.granted());
      chart.add(label, messages.text("stats.application.PARTLY_GRANTED"), c.partlyGranted());
      chart.add(label, messages.text("stats.application.REFUSED"), c.refused());
      chart.add(label, messages.text("stats.application.DISMISSED"), c.dismissed());
      chart.add(label, messages.text("stats.application.WITHDRAWN"), c.withdrawn());
      chart.add(label, messages.text("stats.application.OPEN"), c.open());
    }
    return chart.toJson();
  }

  String applicationsLabel() {
    long total = s.applications().stream().mapToLong(ApplicationCount::total).sum();
    return label(
        "stats.applications.aria",
        years(s.applications().stream().map(ApplicationCount::year).toList()),
        total);
  }

  String amounts() {
    ChartJson chart = ChartJson.bar(true).yTitle(messages.text("stats.amounts.axis"));
    for (AmountSum a : s.amounts()) {
      chart.add(
          no.imdi.grants.shared.Formats.date(a.instalment()),
          messages.text("stats.group." + a.group()),
          BigDecimal.valueOf(a.grantedOre(), 2));
    }
    return chart.toJson();
  }

  String amountsLabel() {
    long granted = s.amounts().stream().mapToLong(AmountSum::grantedOre).sum();
    long paid = s.amounts().stream().mapToLong(AmountSum::paidOre).sum();
    return messages.text(
        "stats.amounts.aria",
        s.amounts().size(),
        StatisticsBean.amountText(granted),
        StatisticsBean.amountText(paid));
  }

  String processing() {
    ChartJson chart = ChartJson.line().yTitle(messages.text("stats.processing.axis"));
    for (ProcessingTime p : s.processingTimes()) {
      String month = p.month().toString();
      chart.add(month, messages.text("stats.processing.median"), p.medianDays());
      chart.add(month, messages.text("stats.processing.p90"), p.p90Days());
    }
    return chart.toJson();
  }

  String processingLabel() {
    long decided = s.processingTimes().stream().mapToLong(ProcessingTime::decided).sum();
    return messages.text("stats.processing.aria", s.processingTimes().size(), decided);
  }

  String complaints() {
    ChartJson chart = ChartJson.bar(true).yTitle(messages.text("stats.complaints.axis"));
    for (ComplaintCount c : s.complaints()) {
      chart.add(
          Integer.toString(c.year()),
          messages.text("stats.outcome." + c.outcome()),
          c.complaints());
    }
    return chart.toJson();
  }

  String complaintsLabel() {
    long total = s.complaints().stream().mapToLong(ComplaintCount::complaints).sum();
    return label(
        "stats.complaints.aria",
        years(s.complaints().stream().map(ComplaintCount::year).toList()),
        total);
  }

  private String label(String key, String years, long total) {
    return messages.text(key, years, StatisticsBean.numberText(total));
  }

  /** The years the rows span, e.g. {@code 2022–2024}, or the text for none. */
  private String years(List<Integer> years) {
    if (years.isEmpty()) {
      return messages.text("stats.noYears");
    }
    int first = years.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int last = years.stream().mapToInt(Integer::intValue).max().orElseThrow();
    return first == last ? Integer.toString(first) : first + "–" + last;
  }
}
