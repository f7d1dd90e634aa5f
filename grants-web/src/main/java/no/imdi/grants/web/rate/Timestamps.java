package no.imdi.grants.web.rate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import no.imdi.grants.shared.ClockProducer;

/**
 * Points in time as the audit trails show them: Norwegian time, {@code 20.11.2026 10:15} (the date
 * as everywhere else, {@code 13.10.2023}).
 */
@Named
@ApplicationScoped
public class Timestamps {

  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ClockProducer.OSLO);

  public String at(Instant instant) {
    return instant == null ? "" : AT.format(instant);
  }
}
