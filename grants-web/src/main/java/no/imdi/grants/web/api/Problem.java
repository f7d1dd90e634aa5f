package no.imdi.grants.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}): the problem type, a short title
 * and the HTTP status, a detail sentence in the request's language and, for bad input, the
 * parameter at fault ({@code noticeReceived}, {@code measures[0].lines[1].hours}, {@code body}).
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
    @Schema(example = PARAMETER_TYPE) String type,
    @Schema(example = "Invalid parameter") String title,
    @Schema(example = "400") int status,
    @Schema(example = "Write the date as YYYY-MM-DD, a date that exists (for example 2023-10-13).")
        String detail,
    @Schema(example = "noticeReceived", nullable = true) String parameter) {

  /** The type of every bad-input problem; not dereferenceable (RFC 4151 tag URI). */
  public static final String PARAMETER_TYPE = "tag:imdi.no,2026:grants:invalid-parameter";

  /** The type of problems that the HTTP status says all about (RFC 9457 section 4.2.1). */
  public static final String BLANK_TYPE = "about:blank";

  /** A 400 for a parameter, the detail from the bundle key {@code problem.<key>}. */
  public static Problem badParameter(
      Locale locale, String parameter, String messageKey, Object... arguments) {
    return new Problem(
        PARAMETER_TYPE,
        ApiTexts.text(locale, "problem.api.title.parameter"),
        400,
        ApiTexts.text(locale, "problem." + messageKey, arguments),
        parameter);
  }

  /**
   * A problem of a status with no more to say than its title and a detail, the bundle text {@code
   * problem.api.status.<status>} with its arguments, else the reason phrase.
   */
  public static Problem ofStatus(
      Locale locale, int status, String reasonPhrase, Object... arguments) {
    String key = "problem.api.status." + status;
    String detail = ApiTexts.text(locale, key, arguments);
    return new Problem(
        BLANK_TYPE, reasonPhrase, status, key.equals(detail) ? reasonPhrase : detail, null);
  }

  /** The problem as JSON, the parameter only when there is one. */
  public String toJson() {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("type", type)
            .add("title", title)
            .add("status", status)
            .add("detail", detail);
    if (parameter != null) {
      json.add("parameter", parameter);
    }
    return json.build().toString();
  }
}
