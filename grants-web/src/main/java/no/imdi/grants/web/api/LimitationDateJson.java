package no.imdi.grants.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.imdi.grants.shared.Reasoned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The limitation date of an integration grant claim (R-IG-7) and the reason. */
@JsonbPropertyOrder({"claimArises", "limitationDate", "rules", "explanation"})
@Schema(name = "LimitationDate")
public record LimitationDateJson(
    @Schema(example = "2023-10-13") LocalDate claimArises,
    @Schema(example = "2026-10-13") LocalDate limitationDate,
    @Schema(example = "[\"R-IG-7\"]") List<String> rules,
    String explanation) {

  static LimitationDateJson of(LocalDate claimArises, Reasoned<LocalDate> r, Locale locale) {
    return new LimitationDateJson(claimArises, r.value(), r.rules(), r.explanation().text(locale));
  }
}
