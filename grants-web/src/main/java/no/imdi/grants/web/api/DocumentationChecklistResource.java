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
import no.imdi.grants.disability.documentation.DocumentationCase;
import no.imdi.grants.disability.documentation.GrantType;
import no.imdi.grants.rules.RuleInputs;
import no.imdi.grants.rules.RulesService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/rules/documentation-checklist?grantType=T2&grantYear=4} (R-DOC-1..9). */
@Path("v1/rules/documentation-checklist")
@RequestScoped
@Tag(name = RulesApi.TAG)
public class DocumentationChecklistResource {

  @Inject private RulesService rules;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Documentation checklist of a T1/T2 application (R-DOC)",
      description =
          "The documents to send, each REQUIRED, IF_RELEVANT or NOT_REQUIRED with its reason; the"
              + " health documentation accepted for the grant type and year; what not to attach."
              + " The optional true/false facts turn IF_RELEVANT items into required or not.")
  @APIResponse(
      responseCode = "200",
      description = "The checklist",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ChecklistJson.class)))
  @APIResponse(
      responseCode = "400",
      description = "Missing or invalid grant type or year, or contradictory facts",
      content =
          @Content(
              mediaType = RulesApi.PROBLEM_JSON,
              schema = @Schema(implementation = Problem.class)))
  public ChecklistJson checklist(
      @Parameter(
              description = "T1 or T2",
              required = true,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"T1", "T2"}))
          @QueryParam("grantType")
          String grantType,
      @Parameter(
              description =
                  "Grant year, "
                      + DocumentationCase.FIRST_GRANT_YEAR
                      + " to "
                      + DocumentationCase.MAX_GRANT_YEAR
                      + " (R-T2-3, R-T2-4; T1: 1 or 2, R-T1-1)",
              required = true,
              example = "4",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "" + DocumentationCase.FIRST_GRANT_YEAR,
                      maximum = "" + DocumentationCase.MAX_GRANT_YEAR))
          @QueryParam("grantYear")
          String grantYear,
      @Parameter(
              description = "Pedagogical measures (R-DOC-6)",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("pedagogicalMeasures")
          String pedagogicalMeasures,
      @Parameter(
              description = "Services that need an individual decision (R-DOC-5)",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("servicesNeedingIndividualDecision")
          String servicesNeedingIndividualDecision,
      @Parameter(
              description = "New information from health personnel or the PPT (R-DOC-9)",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("newHealthInformation")
          String newHealthInformation,
      @Parameter(
              description = "T2 granted earlier on a specialist assessment (R-DOC-7)",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("t2GrantedOnSpecialistAssessment")
          String t2GrantedOnSpecialistAssessment,
      @Parameter(
              description = "Impairment documented as not lasting or tentative (R-DOC-7)",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("impairmentNotLastingOrTentative")
          String impairmentNotLastingOrTentative,
      @Context HttpHeaders headers) {
    GrantType type = QueryParams.choice("grantType", grantType, GrantType.class, null);
    int year =
        QueryParams.integer(
            "grantYear",
            grantYear,
            DocumentationCase.FIRST_GRANT_YEAR,
            DocumentationCase.MAX_GRANT_YEAR);
    Boolean pedagogical = QueryParams.optionalFlag("pedagogicalMeasures", pedagogicalMeasures);
    Boolean decisions =
        QueryParams.optionalFlag(
            "servicesNeedingIndividualDecision", servicesNeedingIndividualDecision);
    Boolean newInformation = QueryParams.optionalFlag("newHealthInformation", newHealthInformation);
    boolean t2Granted =
        QueryParams.flag("t2GrantedOnSpecialistAssessment", t2GrantedOnSpecialistAssessment);
    boolean notLasting =
        QueryParams.flag("impairmentNotLastingOrTentative", impairmentNotLastingOrTentative);
    DocumentationCase documentationCase =
        RuleInputs.guard(
            "grantYear",
            () ->
                new DocumentationCase(
                    type, year, pedagogical, decisions, t2Granted, notLasting, newInformation));
    return ChecklistJson.of(
        rules.documentationChecklist(documentationCase), ApiTexts.locale(headers));
  }
}
