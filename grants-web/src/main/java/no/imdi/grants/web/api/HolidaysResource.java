package no.imdi.grants.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import no.imdi.grants.calendar.NorwegianHolidays;
import no.imdi.grants.rules.RulesService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/rules/holidays?year=2024}: the Norwegian public holidays of a year. */
@Path("v1/rules/holidays")
@RequestScoped
@Tag(name = RulesApi.TAG)
public class HolidaysResource {

  @Inject private RulesService rules;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Public holidays of a year",
      description =
          "The Norwegian public holidays (helligdager) that deadlines roll forward over, one entry"
              + " per date; plain Sundays are not listed. Names in the request's language.")
  @APIResponse(
      responseCode = "200",
      description = "The holidays",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = HolidaysJson.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Missing, malformed or unsupported year ("
              + NorwegianHolidays.FIRST_YEAR
              + "-"
              + NorwegianHolidays.LAST_YEAR
              + ")",
      content =
          @Content(
              mediaType = RulesApi.PROBLEM_JSON,
              schema = @Schema(implementation = Problem.class)))
  public HolidaysJson holidays(
      @Parameter(
              description =
                  "Calendar year, "
                      + NorwegianHolidays.FIRST_YEAR
                      + " to "
                      + NorwegianHolidays.LAST_YEAR,
              required = true,
              example = "2024",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "" + NorwegianHolidays.FIRST_YEAR,
                      maximum = "" + NorwegianHolidays.LAST_YEAR))
          @QueryParam("year")
          String year,
      @Context HttpHeaders headers) {
    int value =
        QueryParams.integer(
            "year", year, NorwegianHolidays.FIRST_YEAR, NorwegianHolidays.LAST_YEAR);
    Locale locale = ApiTexts.locale(headers);
    return HolidaysJson.of(value, rules.holidays(value), locale);
  }
}
