package no.imdi.grants.complaint;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the municipality sends with a complaint: the grounds (*klagegrunner*), the change it asks
 * for, the reason for any delay (needed when the complaint is late, R-AP-5), and the day it was
 * sent (R-AP-4).
 */
public record ComplaintFiling(
    String grounds, String changeAsked, String delayReason, LocalDate sentOn) {

  public ComplaintFiling {
    Objects.requireNonNull(sentOn, "sentOn");
  }
}
