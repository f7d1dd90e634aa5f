package no.imdi.grants.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import no.imdi.grants.disability.documentation.ChecklistItem;
import no.imdi.grants.disability.documentation.DocumentationChecklist;
import no.imdi.grants.disability.documentation.HealthEvidence;
import no.imdi.grants.disability.documentation.NotToAttach;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The documentation checklist of a T1 or T2 application (R-DOC-1..9): each document with its
 * requirement ({@code REQUIRED}, {@code IF_RELEVANT}, {@code NOT_REQUIRED}) and reason, the health
 * documentation accepted (R-DOC-2) and what not to attach (R-DOC-8).
 */
@JsonbPropertyOrder({
  "grantType",
  "grantYear",
  "items",
  "healthDocumentationMainRule",
  "healthDocumentationAlternatives",
  "healthDocumentationExplanation",
  "notToAttach",
  "notToAttachExplanation"
})
@Schema(name = "DocumentationChecklist")
public record ChecklistJson(
    @Schema(example = "T2") String grantType,
    @Schema(example = "4") int grantYear,
    List<Item> items,
    List<Kind> healthDocumentationMainRule,
    List<Kind> healthDocumentationAlternatives,
    String healthDocumentationExplanation,
    List<Kind> notToAttach,
    String notToAttachExplanation) {

  /** One document of the checklist. */
  @JsonbPropertyOrder({"id", "requirement", "title", "rules", "reason"})
  @Schema(name = "ChecklistItem")
  public record Item(
      @Schema(example = "R-DOC-2") String id,
      @Schema(example = "REQUIRED") String requirement,
      String title,
      List<String> rules,
      String reason) {}

  /** A kind of document by its code and its text in the request's language. */
  @JsonbPropertyOrder({"code", "text"})
  @Schema(name = "DocumentKind")
  public record Kind(String code, String text) {}

  static ChecklistJson of(DocumentationChecklist c, Locale locale) {
    boolean english = "en".equals(locale.getLanguage());
    return new ChecklistJson(
        c.grantType().name(),
        c.grantYear(),
        c.items().stream().map(i -> item(i, locale)).toList(),
        c.healthDocumentation().mainRule().stream().map(e -> evidence(e, english)).toList(),
        c.healthDocumentation().alternatives().stream().map(e -> evidence(e, english)).toList(),
        c.healthDocumentation().reason().text(locale),
        c.notToAttach().stream().map(n -> notToAttach(n, english)).toList(),
        c.notToAttachReason().text(locale));
  }

  private static Item item(ChecklistItem i, Locale locale) {
    return new Item(
        i.id(),
        i.requirement().name(),
        i.title(locale),
        i.reason().rules(),
        i.reason().text(locale));
  }

  private static Kind evidence(HealthEvidence e, boolean english) {
    return new Kind(e.name(), english ? e.english() : e.norwegian());
  }

  private static Kind notToAttach(NotToAttach n, boolean english) {
    return new Kind(n.name(), english ? n.english() : n.norwegian());
  }
}
