package no.imdi.grants.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import no.imdi.grants.disability.cost.ContributionZone;
import no.imdi.grants.rules.RulesService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/rules/cost-calculation}: the line-by-line cost calculation of R-COST-7. A
 * POST only because the measures do not fit in a URL; nothing is stored.
 */
@Path("v1/rules/cost-calculation")
@RequestScoped
@Tag(name = RulesApi.TAG)
public class CostCalculationResource {

  @Inject private RulesService rules;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Cost calculation (R-COST-7)",
      description =
          "Per line: pay = hourly pay x hours of direct user time (other time counts 0,"
              + " R-COST-2), holiday pay and pension on pay, employer's contribution by zone on"
              + " the three (R-COST-3), the line total rounded to whole kroner; per measure and"
              + " overall the sum, compared with the T1 minimum (100 000) and the T2 threshold"
              + " (200 000). Nothing is stored.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CostCalculationRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The calculation",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CostCalculationJson.class)))
  @APIResponse(
      responseCode = "400",
      description = "Body missing, not JSON, or a field missing or invalid (named by its place)",
      content =
          @Content(
              mediaType = RulesApi.PROBLEM_JSON,
              schema = @Schema(implementation = Problem.class)))
  public CostCalculationJson calculate(
      CostCalculationRequest request, @Context HttpHeaders headers) {
    ContributionZone zone = CostInput.zone(request);
    return CostCalculationJson.of(
        rules.costCalculation(zone, CostInput.measures(request)), ApiTexts.locale(headers));
  }
}
