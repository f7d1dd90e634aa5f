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
import java.time.LocalDate;
import no.imdi.grants.rules.RulesService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/rules/limitation-date?claimArises=2023-10-13} (R-IG-7). */
@Path("v1/rules/limitation-date")
@RequestScoped
@Tag(name = RulesApi.TAG)
public class LimitationDateResource {

  @Inject private RulesService rules;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Limitation date of an integration grant claim (R-IG-7)",
      description =
          "Three years after the claim arises (the settlement), the same date, moved to the next"
              + " working day when it is a Saturday, Sunday or public holiday.")
  @APIResponse(
      responseCode = "200",
      description = "The last day a claim can be made, and why",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LimitationDateJson.class)))
  @APIResponse(
      responseCode = "400",
      description = "Missing or malformed date",
      content =
          @Content(
              mediaType = RulesApi.PROBLEM_JSON,
              schema = @Schema(implementation = Problem.class)))
  public LimitationDateJson limitation(
      @Parameter(
              description =
                  "The day the claim arises (the settlement date), YYYY-MM-DD"
                      + ", "
                      + QueryParams.DATES,
              required = true,
              example = "2023-10-13",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("claimArises")
          String claimArises,
      @Context HttpHeaders headers) {
    LocalDate arises = QueryParams.date("claimArises", claimArises, true);
    return LimitationDateJson.of(arises, rules.limitationDate(arises), ApiTexts.locale(headers));
  }
}
