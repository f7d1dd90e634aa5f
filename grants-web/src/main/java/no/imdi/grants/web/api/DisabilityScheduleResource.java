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
import no.imdi.grants.rules.PersonFacts;
import no.imdi.grants.rules.RulesService;
import no.imdi.grants.settlement.UdiHousing;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/rules/disability-schedule}: the T1/T2 schedule of a person settled on a date,
 * or of a child born after the mother's settlement (R-T-TG-3), with the stored rates.
 */
@Path("v1/rules/disability-schedule")
@RequestScoped
@Tag(name = RulesApi.TAG)
public class DisabilityScheduleResource {

  @Inject private RulesService rules;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Disability grant (T1/T2) schedule",
      description =
          "Target group, number of T2 years and, per possible grant year, the period, the"
              + " deadlines, whether T1 and T2 are possible, and the T1 amount and T2 cap of the"
              + " rate year (null where no rate is known). Give settlementDate, or for a child"
              + " born after the mother's settlement motherSettlementDate and birthDate.")
  @APIResponse(
      responseCode = "200",
      description = "The schedule",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DisabilityScheduleJson.class)))
  @APIResponse(
      responseCode = "400",
      description = "Missing, malformed or contradictory facts",
      content =
          @Content(
              mediaType = RulesApi.PROBLEM_JSON,
              schema = @Schema(implementation = Problem.class)))
  public DisabilityScheduleJson schedule(
      @Parameter(
              description = "Settlement date, YYYY-MM-DD" + ", " + QueryParams.DATES,
              example = "2023-10-13",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("settlementDate")
          String settlementDate,
      @Parameter(
              description =
                  "For a child born after the mother's settlement: her settlement date"
                      + ", "
                      + QueryParams.DATES,
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("motherSettlementDate")
          String motherSettlementDate,
      @Parameter(
              description =
                  "Birth date; needed for a child, an unaccompanied minor or R-T2-4"
                      + ", "
                      + QueryParams.DATES,
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("birthDate")
          String birthDate,
      @Parameter(
              description = "Settled as an unaccompanied minor (R-T2-2)",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("unaccompaniedMinor")
          String unaccompaniedMinor,
      @Parameter(
              description = "UDI housing before settlement (R-T2-3, R-RATE-2)",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      defaultValue = "NONE",
                      enumeration = {
                        "NONE",
                        "TILRETTELAGT_AVDELING",
                        "SAERSKILT_BO_OG_OMSORG",
                        "SAERSKILT_PLEIE_OG_OMSORG"
                      }))
          @QueryParam("udiHousing")
          String udiHousing,
      @Parameter(
              description = "A child's needs for UDI's special housing confirmed by UDI (R-T2-4)",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("childNeedsConfirmedByUdi")
          String childNeedsConfirmedByUdi,
      @Context HttpHeaders headers) {
    PersonFacts facts =
        new PersonFacts(
            QueryParams.date("settlementDate", settlementDate, false),
            QueryParams.date("motherSettlementDate", motherSettlementDate, false),
            QueryParams.date("birthDate", birthDate, false),
            QueryParams.flag("unaccompaniedMinor", unaccompaniedMinor),
            QueryParams.choice("udiHousing", udiHousing, UdiHousing.class, UdiHousing.NONE),
            QueryParams.flag("childNeedsConfirmedByUdi", childNeedsConfirmedByUdi),
            null,
            false);
    return DisabilityScheduleJson.of(rules.disabilitySchedule(facts), ApiTexts.locale(headers));
  }
}
