package no.imdi.grants.web.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import no.imdi.grants.shared.Formats;
import no.imdi.grants.shared.Nok;

/**
 * Amounts ({@code 1 520 000 kr}) and times ({@code 13.10.2023 14:05}) as the case pages write them.
 */
@Named("kronerFormat")
@ApplicationScoped
public class KronerFormat {

  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Oslo"));

  public String of(Nok amount) {
    return amount == null ? "" : Formats.amount(amount);
  }

  public String at(Instant instant) {
    return instant == null ? "" : AT.format(instant);
  }

  /** A size in bytes as kB or MB with one decimal comma. */
  public String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
    }
    return String.format("%.1f MB", bytes / (1024.0 * 1024.0)).replace('.', ',');
  }
}
