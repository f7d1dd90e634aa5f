package no.imdi.grants.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one place the application reads the wall clock: Norwegian time. Tests inject their own. */
@ApplicationScoped
public class ClockProducer {

  public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(OSLO);
  }
}
