package no.imdi.grants.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import no.imdi.grants.shared.Formats;

/** Dates as the pages write them ({@code 13.10.2023}), for use in page texts with parameters. */
@Named("formats")
@ApplicationScoped
public class PageFormats {

  public String date(LocalDate date) {
    return Formats.date(date);
  }
}
