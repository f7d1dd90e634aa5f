package no.imdi.grants.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * How the API writes JSON: {@code null} values are written (an amount with no known rate is {@code
 * null}, not left out), properties in their declared order, dates as ISO {@code YYYY-MM-DD}.
 */
@Provider
public class JsonbConfigResolver implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB = create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /** The one configured instance, also for reading parts of a body ({@link ObjectList}). */
  static Jsonb jsonb() {
    return JSONB;
  }

  /** A new configured instance, also for tests. */
  public static Jsonb create() {
    return JsonbBuilder.create(
        new JsonbConfig()
            .withNullValues(true)
            .withPropertyOrderStrategy(PropertyOrderStrategy.ANY));
  }
}
