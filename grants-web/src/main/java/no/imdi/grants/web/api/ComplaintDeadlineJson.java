package no.imdi.grants.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.imdi.grants.complaint.ComplaintDeadline;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The complaint deadline (R-AP-3): the notice date, the plain date three weeks on, the deadline
 * after any move to the next working day, whether it moved, and the reason.
 */
@JsonbPropertyOrder({
  "noticeReceived",
  "plainDeadline",
  "deadline",
  "rolledForward",
  "rules",
  "explanation"
})
@Schema(name = "ComplaintDeadline")
public record ComplaintDeadlineJson(
    @Schema(example = "2024-09-03") LocalDate noticeReceived,
    @Schema(example = "2024-09-24") LocalDate plainDeadline,
    @Schema(example = "2024-09-24") LocalDate deadline,
    boolean rolledForward,
    @Schema(example = "[\"R-AP-3\"]") List<String> rules,
    String explanation) {

  static ComplaintDeadlineJson of(ComplaintDeadline d, Locale locale) {
    return new ComplaintDeadlineJson(
        d.noticeReceived(),
        d.plainDeadline(),
        d.deadline(),
        d.rolledForward(),
        d.rules(),
        d.explanation().text(locale));
  }
}
