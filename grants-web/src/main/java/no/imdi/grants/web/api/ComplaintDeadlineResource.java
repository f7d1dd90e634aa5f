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

/** {@code GET /api/v1/rules/complaint-deadline?noticeReceived=2024-09-03} (R-AP-3). */
@Path("v1/rules/complaint-deadline")
@RequestScoped
@Tag(name = RulesApi.TAG)
public class ComplaintDeadlineResource {

  @Inject private RulesService rules;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Complaint deadline (R-AP-3)",
      description =
          "Three weeks from the day the notice of the decision reached the party (fvl § 29),"
              + " moved to the next working day when the stored [verify] setting says so.")
  @APIResponse(
      responseCode = "200",
      description = "The deadline and its reason",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ComplaintDeadlineJson.class)))
  @APIResponse(
      responseCode = "400",
      description = "Missing or malformed date",
      content =
          @Content(
              mediaType = RulesApi.PROBLEM_JSON,
              schema = @Schema(implementation = Problem.class)))
  public ComplaintDeadlineJson deadline(
      @Parameter(
              description =
                  "The day the notice reached the party, YYYY-MM-DD" + ", " + QueryParams.DATES,
              required = true,
              example = "2024-09-03",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("noticeReceived")
          String noticeReceived,
      @Context HttpHeaders headers) {
    LocalDate notice = QueryParams.date("noticeReceived", noticeReceived, true);
    return ComplaintDeadlineJson.of(rules.complaintDeadline(notice), ApiTexts.locale(headers));
  }
}
