package no.imdi.grants.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API under {@code /api}: read-only answers of the rule book's rules, open without login,
 * JSON in and out, dates as {@code YYYY-MM-DD}, amounts in whole kroner, reasons in the language of
 * {@code Accept-Language} (English for {@code en}, else bokmål). Bad input is answered 400 with an
 * RFC 9457 problem that names the parameter. Described by MicroProfile OpenAPI at {@code /openapi};
 * Jersey's own WADL description ({@code /api/application.wadl}) is switched off.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Tilskudd rules API",
            version = "1",
            description =
                "Read-only answers of IMDi's grant rules (integration grant, disability grant T1/T2,"
                    + " complaint and limitation deadlines), each with the rule ids and a reason"
                    + " in bokmål or English (Accept-Language). Nothing sent is stored."),
    tags = @Tag(name = RulesApi.TAG, description = "The rule book's rules, computed"))
public class RulesApi extends Application {

  static final String TAG = "rules";
  static final String PROBLEM_JSON = "application/problem+json";

  /** Jersey's switch for its generated WADL document and WADL answers to OPTIONS. */
  static final String DISABLE_WADL = "jersey.config.server.wadl.disableWadl";

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(DISABLE_WADL, true);
  }
}
