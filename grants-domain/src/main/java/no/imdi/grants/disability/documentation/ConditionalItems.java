package no.imdi.grants.disability.documentation;

import no.imdi.grants.shared.Explanation;

/**
 * The checklist items that depend on the measures and on new health information: individual
 * decisions (*enkeltvedtak*) where the law requires one (R-DOC-5), the PPT's assessment and
 * recommendation for pedagogical measures (R-DOC-6), and new consent when health personnel, health
 * bodies or the PPT give new information (R-DOC-9). Each is required when the case says yes, not
 * required when it says no, and asked for "if relevant" while the case does not say.
 */
final class ConditionalItems {

  private ConditionalItems() {}

  static ChecklistItem individualDecisions(Boolean applies) {
    return item(
        "R-DOC-5",
        applies,
        "Enkeltvedtak for tjenester der loven krever det, som viser tiltakets omfang",
        "Individual decisions (enkeltvedtak) where the law requires one, showing the extent",
        Explanation.literal(
            "R-DOC-5",
            "Tiltakene omfatter tjenester der loven krever enkeltvedtak: legg ved gyldige vedtak som"
                + " viser omfanget (R-DOC-5).",
            "The measures include services for which the law requires an individual decision: attach"
                + " the valid decisions, showing the extent (R-DOC-5)."),
        Explanation.literal(
            "R-DOC-5",
            "Ingen av tiltakene gjelder tjenester der loven krever enkeltvedtak (R-DOC-5).",
            "None of the measures is a service for which the law requires an individual decision"
                + " (R-DOC-5)."),
        Explanation.literal(
            "R-DOC-5",
            "Legg ved enkeltvedtak for tjenester der loven krever det, med omfanget (R-DOC-5).",
            "Attach the individual decisions for services where the law requires one, showing the"
                + " extent (R-DOC-5)."));
  }

  static ChecklistItem pedagogicalAssessment(Boolean applies) {
    return item(
        "R-DOC-6",
        applies,
        "Utredning og tilråding fra PPT og enkeltvedtak om pedagogiske tiltak",
        "PPT assessment and recommendation, and the decision on pedagogical measures",
        Explanation.literal(
            "R-DOC-6",
            "Søknaden gjelder pedagogiske tiltak: legg ved utredning og tilråding fra PPT og"
                + " kommunens enkeltvedtak (R-DOC-6).",
            "The application covers pedagogical measures: attach the PPT's assessment and"
                + " recommendation and the municipality's decision (R-DOC-6)."),
        Explanation.literal(
            "R-DOC-6",
            "Søknaden gjelder ikke pedagogiske tiltak (R-DOC-6).",
            "The application covers no pedagogical measures (R-DOC-6)."),
        Explanation.literal(
            "R-DOC-6",
            "Gjelder søknaden pedagogiske tiltak, legg ved utredning og tilråding fra PPT og"
                + " enkeltvedtaket (R-DOC-6).",
            "If the application covers pedagogical measures, attach the PPT's assessment and"
                + " recommendation and the decision (R-DOC-6)."));
  }

  static ChecklistItem newConsent(Boolean applies) {
    return item(
        "R-DOC-9",
        applies,
        "Nytt samtykke for nye opplysninger fra helsepersonell, helsevirksomheter eller PPT",
        "New consent for new information from health personnel, health bodies or the PPT",
        Explanation.literal(
            "R-DOC-9",
            "Helsepersonell, helsevirksomheter eller PPT gir nye opplysninger: nytt samtykke må"
                + " innhentes (R-DOC-9).",
            "Health personnel, health bodies or the PPT give new information: new consent must be"
                + " obtained (R-DOC-9)."),
        Explanation.literal(
            "R-DOC-9",
            "Ingen nye opplysninger fra helsepersonell eller PPT: nytt samtykke trengs ikke"
                + " (R-DOC-9).",
            "No new information from health personnel or the PPT: no new consent is needed"
                + " (R-DOC-9)."),
        Explanation.literal(
            "R-DOC-9",
            "Gir helsepersonell, helsevirksomheter eller PPT nye opplysninger, må nytt samtykke"
                + " innhentes (R-DOC-9).",
            "If health personnel, health bodies or the PPT give new information, new consent must"
                + " be obtained (R-DOC-9)."));
  }

  private static ChecklistItem item(
      String id,
      Boolean applies,
      String norwegianTitle,
      String englishTitle,
      Explanation yes,
      Explanation no,
      Explanation unknown) {
    Requirement requirement =
        applies == null
            ? Requirement.IF_RELEVANT
            : applies ? Requirement.REQUIRED : Requirement.NOT_REQUIRED;
    Explanation reason = applies == null ? unknown : applies ? yes : no;
    return new ChecklistItem(id, requirement, norwegianTitle, englishTitle, reason);
  }
}
