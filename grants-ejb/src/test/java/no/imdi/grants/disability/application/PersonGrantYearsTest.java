package no.imdi.grants.disability.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.CaseView;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.documentation.ChecklistItem;
import no.imdi.grants.disability.documentation.DocumentationChecklist;
import no.imdi.grants.disability.documentation.Requirement;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the person page and the application form read from the case services, on PostgreSQL: the
 * grant years of a person without a case (R-GY-1, R-DL-1, R-DL-3, R-T1-1), the same once an
 * application occupies a year, and the R-DOC checklist of a draft as its answers change it
 * (R-DOC-4, R-DOC-5); another municipality reads none of it.
 */
class PersonGrantYearsTest {

  private static final Instant NOV_4 = Instant.parse("2024-11-04T09:00:00Z");
  private static final String OSLO = "kommune.oslo";

  private TestPersistence db;
  private CaseWorld world;
  private long person;

  @BeforeEach
  void arrange() {
    db = new TestPersistence();
    Register.users(db);
    person = Register.settle(db, "0301", "Amina", "Haddad", LocalDate.of(2023, 10, 13));
    world = new CaseWorld(db, NOV_4);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aPersonWithoutACaseHasGrantYearsWithDeadlinesAndReasonsAndReadingOpensNoCase() {
    List<GrantYearStatus> years = world.reads(OSLO, s -> s.grantYearsOfPerson(person));

    GrantYearStatus first = years.get(0);
    assertThat(first.period().start()).isEqualTo(LocalDate.of(2023, 10, 13));
    assertThat(first.deadline()).isEqualTo(LocalDate.of(2024, 12, 13));
    assertThat(first.mayApplyFor()).containsExactly(GrantKind.T1, GrantKind.T2);
    GrantYearStatus third = years.get(2);
    assertThat(third.deadline()).as("R-DL-3: no deadline before an earlier grant").isNull();
    assertThat(third.refused())
        .extracting(Refusal::reason)
        .contains(CaseMessage.ELIGIBILITY_T1_YEAR);
    Optional<CaseView> none = world.reads(OSLO, s -> s.caseOfPerson(person));
    assertThat(none).isEmpty();
    List<GrantYearStatus> imdi =
        world.reads("imdi.saksbehandler", s -> s.grantYearsOfPerson(person));
    assertThat(imdi).hasSameSizeAs(years);
    assertThatThrownBy(() -> world.reads("kommune.bergen", s -> s.grantYearsOfPerson(person)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> world.reads("kommune.bergen", s -> s.caseOfPerson(person)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aDraftOccupiesItsYearAndItsChecklistFollowsTheAnswers() {
    long caseId = world.municipality(OSLO, s -> s.openCase(person)).id();
    long draft =
        world.municipality(
            OSLO, s -> s.startApplication(caseId, GrantKind.T2, 1, ReportingBasis.BUDGET));

    Optional<CaseView> opened = world.reads(OSLO, s -> s.caseOfPerson(person));
    assertThat(opened.map(CaseView::id)).contains(caseId);
    GrantYearStatus first = world.reads(OSLO, s -> s.grantYearsOfPerson(person)).get(0);
    assertThat(first.mayApplyFor()).isEmpty();
    assertThat(first.applications())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.id()).isEqualTo(draft);
              assertThat(a.caseId()).isEqualTo(caseId);
              assertThat(a.state()).isEqualTo(ApplicationState.DRAFT);
            });

    DocumentationChecklist unanswered = world.municipality(OSLO, s -> s.checklist(draft));
    assertThat(requirement(unanswered, "R-DOC-4")).isEqualTo(Requirement.REQUIRED);
    assertThat(requirement(unanswered, "R-DOC-5")).isEqualTo(Requirement.IF_RELEVANT);
    DraftContent c = CaseWorld.content(1000);
    DraftContent services =
        new DraftContent(c.health(), c.consentNames(), c.zone(), true, false, false, c.measures());
    long version = world.reads(OSLO, s -> s.application(draft)).summary().version();
    world.municipality(OSLO, s -> run(() -> s.saveDraft(draft, version, services)));
    DocumentationChecklist answered = world.municipality(OSLO, s -> s.checklist(draft));
    assertThat(requirement(answered, "R-DOC-5")).isEqualTo(Requirement.REQUIRED);
    assertThat(requirement(answered, "R-DOC-6")).isEqualTo(Requirement.NOT_REQUIRED);
    assertThatThrownBy(() -> world.municipality("kommune.bergen", s -> s.checklist(draft)))
        .isInstanceOf(AccessDeniedException.class);
  }

  private static Requirement requirement(DocumentationChecklist list, String rule) {
    return list.item(rule).map(ChecklistItem::requirement).orElseThrow();
  }

  private static Object run(Runnable action) {
    action.run();
    return null;
  }
}
