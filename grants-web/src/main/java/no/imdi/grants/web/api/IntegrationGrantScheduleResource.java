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
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.rules.PersonFacts;
import no.imdi.grants.rules.RulesService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/rules/integration-grant-schedule}: the integration grant per grant year and
 * the special grant for an unaccompanied minor, with the stored rates and settings.
 */
@Path("v1/rules/integration-grant-schedule")
@RequestScoped
@Tag(name = RulesApi.TAG)
public class IntegrationGrantScheduleResource {

  @Inject private RulesService rules;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Integration grant schedule (R-IG-2, R-IG-4, R-IG-5, R-EM)",
      description =
          "Per grant year the calendar year, the grant codes with their rates (null where no rate"
              + " is known) and the instalments; for an unaccompanied minor the special grant"
              + " (EMINB/EMINU) per calendar year. For a child born after the mother's settlement"
              + " give motherSettlementDate (settlementDate then defaults to it) and household"
              + " CHILD.")
  @APIResponse(
      responseCode = "200",
      description = "The schedule",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IntegrationScheduleJson.class)))
  @APIResponse(
      responseCode = "400",
      description = "Missing, malformed or contradictory facts",
      content =
          @Content(
              mediaType = RulesApi.PROBLEM_JSON,
              schema = @Schema(implementation = Problem.class)))
  public IntegrationScheduleJson schedule(
      @Parameter(
              description = "Settlement date, YYYY-MM-DD" + ", " + QueryParams.DATES,
              example = "2023-10-13",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("settlementDate")
          String settlementDate,
      @Parameter(
              description = "Birth date, YYYY-MM-DD" + ", " + QueryParams.DATES,
              required = true,
              example = "1990-05-01",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("birthDate")
          String birthDate,
      @Parameter(
              description = "Household at settlement (year-1 code, R-IG-4)",
              required = true,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"SINGLE_ADULT", "ADULT_IN_FAMILY", "CHILD"}))
          @QueryParam("household")
          String household,
      @Parameter(
              description = "Settled as an unaccompanied minor (R-EM)",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("unaccompaniedMinor")
          String unaccompaniedMinor,
      @Parameter(
              description =
                  "Family immigration to a person with residence on humanitarian grounds (R-IG-2)",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("familyOfHumanitarian")
          String familyOfHumanitarian,
      @Parameter(
              description =
                  "For a child born after the mother's settlement: her settlement date"
                      + ", "
                      + QueryParams.DATES,
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("motherSettlementDate")
          String motherSettlementDate,
      @Context HttpHeaders headers) {
    PersonFacts facts =
        new PersonFacts(
            QueryParams.date("settlementDate", settlementDate, false),
            QueryParams.date("motherSettlementDate", motherSettlementDate, false),
            QueryParams.date("birthDate", birthDate, false),
            QueryParams.flag("unaccompaniedMinor", unaccompaniedMinor),
            null,
            false,
            QueryParams.choice("household", household, Household.class, null),
            QueryParams.flag("familyOfHumanitarian", familyOfHumanitarian));
    return IntegrationScheduleJson.of(
        rules.integrationGrantSchedule(facts), ApiTexts.locale(headers));
  }
}
