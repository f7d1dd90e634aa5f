package no.imdi.grants.settlement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.audit.AccessLog;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.municipality.MunicipalityDirectory;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.settlement.SettlementValidator.Relations;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;

/**
 * The settlement register's application service: list, read, register, correct and move, and the
 * side-effect-free checks of a registration or a move that a form asks when it has problems of its
 * own, so that it can show every problem at once. Every method runs in the caller's municipality
 * scope, which the repository applies to each query, and every read of a person's record is written
 * to the access log.
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed({
  Role.MUNICIPALITY_CASEWORKER_NAME,
  Role.MUNICIPALITY_FINANCE_NAME,
  Role.IMDI_CASEWORKER_NAME,
  Role.IMDI_APPROVER_NAME
})
public class SettlementService {

  @Inject private SettlementRepository repository;
  @Inject private CurrentUser currentUser;
  @Inject private AccessLog accessLog;
  @Inject private MunicipalityDirectory municipalities;
  @Inject private MoveRecords moves;
  @Inject private SettlementValidator validator;
  @Inject private Clock clock;

  public Page<SettlementRow> list(SettlementFilter filter, PageRequest<SettlementSort> page) {
    return repository.list(currentUser.settlementScope(), filter, page);
  }

  /** One page of the list, without counting it (the list page counts once per filter). */
  public List<SettlementRow> rows(SettlementFilter filter, PageRequest<SettlementSort> page) {
    return repository.rows(currentUser.settlementScope(), filter, page);
  }

  public long count(SettlementFilter filter) {
    return repository.count(currentUser.settlementScope(), filter);
  }

  /** A person's record for the person page; the read is written to the access log. */
  public PersonRecord personRecord(long personId, String purpose) {
    MunicipalityScope scope = currentUser.settlementScope();
    Settlement settlement =
        repository
            .findRecordByPerson(scope, personId)
            .orElseThrow(() -> new AccessDeniedException("No person " + personId + " in scope"));
    String user = currentUser.username();
    accessLog.recordRead(user, personId, purpose);
    RelatedPerson mother = related(scope, settlement.getMother(), "Vise som mor til " + personId);
    List<Settlement> children = repository.childrenOf(scope, personId);
    for (Settlement child : children) {
      accessLog.recordRead(user, child.getPerson().getId(), "Vise som barn av " + personId);
    }
    RelatedPerson reunifiedWith =
        related(scope, settlement.getReunifiedWith(), "Vise som referanseperson for " + personId);
    List<Settlement> family = repository.reunifiedWith(scope, personId);
    for (Settlement member : family) {
      accessLog.recordRead(
          user, member.getPerson().getId(), "Vise som familiegjenforent med " + personId);
    }
    return new PersonRecord(
        settlement.getPerson(),
        settlement,
        List.copyOf(settlement.getMoves()),
        mother,
        children,
        reunifiedWith,
        family);
  }

  /**
   * A person related to the one being read, through the caller's scope: shown, and the read logged,
   * when the caller may see her; otherwise a placeholder that says only that she exists.
   */
  private RelatedPerson related(MunicipalityScope scope, Person person, String purpose) {
    if (person == null) {
      return null;
    }
    if (!repository.personInScope(scope, person.getId())) {
      return RelatedPerson.HIDDEN;
    }
    accessLog.recordRead(currentUser.username(), person.getId(), purpose);
    return RelatedPerson.of(person);
  }

  /** A settlement as the edit form shows it; the read is written to the access log. */
  public SettlementCommand forEdit(long settlementId) {
    MunicipalityScope scope = currentUser.settlementScope();
    Settlement s = settlementInScope(scope, settlementId);
    Person p = s.getPerson();
    accessLog.recordRead(currentUser.username(), p.getId(), "Endre bosetting");
    RelatedPerson mother = related(scope, s.getMother(), "Endre bosetting for barn " + p.getId());
    RelatedPerson reference =
        related(scope, s.getReunifiedWith(), "Endre bosetting for familiegjenforent " + p.getId());
    return new SettlementCommand(
        s.getId(),
        s.getVersion(),
        p.getVersion(),
        p.getNationalId(),
        p.getGivenName(),
        p.getFamilyName(),
        p.getBirthDate(),
        p.getSex(),
        s.getMunicipality().getNumber(),
        s.facts(),
        mother == null || mother.hidden() ? null : mother.nationalId(),
        mother != null && mother.hidden(),
        reference == null || reference.hidden() ? null : reference.nationalId(),
        reference != null && reference.hidden(),
        s.getHousehold());
  }

  /**
   * Every problem of a registration or correction, without saving it and without asking whether the
   * national id is free: for a form that has problems of its own (its command may then lack the
   * facts) and shows them all at once.
   */
  @RolesAllowed({Role.MUNICIPALITY_CASEWORKER_NAME, Role.IMDI_CASEWORKER_NAME})
  public List<FieldProblem> check(SettlementCommand command) {
    MunicipalityScope scope = currentUser.settlementScope();
    List<FieldProblem> problems = new ArrayList<>();
    if (command.isNew()) {
      municipalityInScope(scope, command.municipalityNumber(), problems);
    } else {
      settlementInScope(scope, command.settlementId());
    }
    validator.collect(command, scope, LocalDate.now(clock), problems);
    return problems;
  }

  /** Whose settlement this is (for a form to go back to the person), within the caller's scope. */
  public long personOf(long settlementId) {
    return settlementInScope(currentUser.settlementScope(), settlementId).getPerson().getId();
  }

  @RolesAllowed({Role.MUNICIPALITY_CASEWORKER_NAME, Role.IMDI_CASEWORKER_NAME})
  public long register(SettlementCommand command) {
    MunicipalityScope scope = currentUser.settlementScope();
    if (!command.isNew()) {
      throw new IllegalArgumentException("register takes a new settlement");
    }
    List<FieldProblem> problems = new ArrayList<>();
    Municipality municipality = municipalityInScope(scope, command.municipalityNumber(), problems);
    Relations related = validator.validate(command, scope, null, LocalDate.now(clock), problems);
    Person person =
        new Person(
            command.nationalId(),
            command.givenName(),
            command.familyName(),
            command.birthDate(),
            command.sex());
    Settlement settlement = new Settlement(person, municipality, command.facts(), related.mother());
    settlement.reunifyWith(related.reunifiedWith());
    // R-IG-4: the household chosen, or the default (a child under 18, else an adult in a family);
    // R-IG-5: registered today (a settlement dated ahead is registered from its own date)
    LocalDate today = LocalDate.now(clock);
    LocalDate earliest = settlement.earliestRegistration();
    settlement.recordPaymentFacts(
        command.household() != null ? command.household() : settlement.getHousehold(),
        today.isBefore(earliest) ? earliest : today);
    repository.add(person, settlement);
    return settlement.getId();
  }

  @RolesAllowed({Role.MUNICIPALITY_CASEWORKER_NAME, Role.IMDI_CASEWORKER_NAME})
  public void correct(SettlementCommand command) {
    MunicipalityScope scope = currentUser.settlementScope();
    Settlement settlement = settlementInScope(scope, command.settlementId());
    Person person = settlement.getPerson();
    if (settlement.getVersion() != command.settlementVersion()
        || person.getVersion() != command.personVersion()) {
      throw new ConcurrentChangeException(
          "Settlement " + settlement.getId() + " was changed by someone else after it was opened");
    }
    Relations related =
        validator.validate(command, scope, person.getId(), LocalDate.now(clock), new ArrayList<>());
    Person mother = related.mother();
    if (mother == null && keepsHidden(scope, settlement.getMother(), command.motherNationalId())) {
      mother = settlement.getMother();
    }
    Person reference = related.reunifiedWith();
    if (reference == null
        && keepsHidden(scope, settlement.getReunifiedWith(), command.reunifiedWithNationalId())) {
      reference = settlement.getReunifiedWith();
    }
    person.correctNationalId(command.nationalId());
    person.rename(command.givenName(), command.familyName());
    person.correctBirth(command.birthDate(), command.sex());
    settlement.correct(command.facts(), mother);
    settlement.reunifyWith(reference);
  }

  /**
   * Checks a move as {@link #move} would make it, without making it, so that the page can ask the
   * user to confirm what will happen; returns the municipality moved to. Every problem at once.
   */
  @RolesAllowed({Role.MUNICIPALITY_CASEWORKER_NAME, Role.IMDI_CASEWORKER_NAME})
  public Municipality checkMove(long settlementId, String toMunicipality, LocalDate moveDate) {
    Settlement settlement = settlementInScope(currentUser.settlementScope(), settlementId);
    requireNoProblems(moveProblems(settlement, toMunicipality, moveDate));
    return municipalities.find(toMunicipality).orElseThrow();
  }

  /** Every problem of a move, without making it (for a form with problems of its own). */
  @RolesAllowed({Role.MUNICIPALITY_CASEWORKER_NAME, Role.IMDI_CASEWORKER_NAME})
  public List<FieldProblem> moveProblems(long settlementId, String toMunicipality, LocalDate date) {
    Settlement settlement = settlementInScope(currentUser.settlementScope(), settlementId);
    return moveProblems(settlement, toMunicipality, date);
  }

  /**
   * Registers a move (R-IG-6): audited, and both municipalities get a notice. Says whether the
   * caller can still see the person afterwards (a municipality that moves a person away cannot).
   */
  @RolesAllowed({Role.MUNICIPALITY_CASEWORKER_NAME, Role.IMDI_CASEWORKER_NAME})
  public boolean move(long settlementId, long version, String toMunicipality, LocalDate moveDate) {
    MunicipalityScope scope = currentUser.settlementScope();
    Settlement settlement = settlementInScope(scope, settlementId);
    if (settlement.getVersion() != version) {
      throw new ConcurrentChangeException("Settlement " + settlementId + " was changed meanwhile");
    }
    requireNoProblems(moveProblems(settlement, toMunicipality, moveDate));
    Municipality to = municipalities.find(toMunicipality).orElseThrow();
    Municipality from = settlement.getMunicipality();
    settlement.moveTo(to, moveDate);
    moves.moved(settlement, from, to, moveDate);
    return scope.allows(to.getNumber());
  }

  /**
   * IMDi's correction of a wrong move: the latest move is taken back, and when a municipality is
   * given, registered again to it from the given date. Audited with the reason; the municipalities
   * concerned get a notice.
   */
  @RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
  public void correctMove(
      long settlementId, long version, String toMunicipality, LocalDate moveDate, String reason) {
    Settlement settlement = settlementInScope(currentUser.settlementScope(), settlementId);
    if (settlement.getVersion() != version) {
      throw new ConcurrentChangeException("Settlement " + settlementId + " was changed meanwhile");
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (reason == null || reason.isBlank()) {
      problems.add(FieldProblem.of("reason", "move.reason.required"));
    } else if (reason.length() > 1000) {
      problems.add(FieldProblem.of("reason", "tooLong", 1000));
    }
    if (settlement.lastMove().isEmpty()) {
      problems.add(FieldProblem.of("correctTo", "move.none"));
    }
    requireNoProblems(problems);
    SettlementMove undone = settlement.undoLastMove();
    if (toMunicipality == null || toMunicipality.isBlank()) {
      moves.undone(settlement, undone, reason.strip());
      return;
    }
    requireNoProblems(moveProblems(settlement, toMunicipality, moveDate));
    Municipality to = municipalities.find(toMunicipality).orElseThrow();
    settlement.moveTo(to, moveDate);
    moves.corrected(settlement, undone, to, moveDate, reason.strip());
  }

  /** The audit trail of a settlement's moves, newest first (shown to IMDi's roles). */
  @RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
  public List<SettlementAudit> moveAudit(long settlementId) {
    settlementInScope(currentUser.settlementScope(), settlementId);
    return moves.audit(settlementId);
  }

  private static void requireNoProblems(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private List<FieldProblem> moveProblems(
      Settlement settlement, String toMunicipality, LocalDate moveDate) {
    List<FieldProblem> problems = new ArrayList<>();
    Municipality to =
        toMunicipality == null ? null : municipalities.find(toMunicipality).orElse(null);
    if (to == null) {
      problems.add(FieldProblem.of("moveTo", "municipality.unknown"));
    } else if (to.equals(settlement.getMunicipality())) {
      problems.add(FieldProblem.of("moveTo", "moveTo.same"));
    }
    if (moveDate == null
        || moveDate.isAfter(LocalDate.now(clock))
        || !settlement.canMoveOn(moveDate)) {
      problems.add(FieldProblem.of("moveDate", "moveDate.invalid"));
    }
    return problems;
  }

  /**
   * A blank id keeps a related person the caller cannot see (the form could not show them), instead
   * of removing them or refusing the save; one the caller can see is removed by blanking.
   */
  private boolean keepsHidden(MunicipalityScope scope, Person current, String typedId) {
    boolean blank = typedId == null || typedId.isBlank();
    return blank && current != null && !repository.personInScope(scope, current.getId());
  }

  private Settlement settlementInScope(MunicipalityScope scope, Long settlementId) {
    if (settlementId == null) {
      throw new IllegalArgumentException("No settlement id");
    }
    return repository
        .findSettlement(scope, settlementId)
        .orElseThrow(
            () -> new AccessDeniedException("No settlement " + settlementId + " in scope"));
  }

  /** The municipality, or {@code null} with a problem; one outside the scope is refused. */
  private Municipality municipalityInScope(
      MunicipalityScope scope, String number, List<FieldProblem> problems) {
    Municipality municipality = municipalities.find(number).orElse(null);
    if (municipality == null) {
      problems.add(FieldProblem.of("municipality", "municipality.unknown"));
      return null;
    }
    if (!scope.allows(municipality.getNumber())) {
      throw new AccessDeniedException("Municipality " + number + " is outside the caller's scope");
    }
    return municipality;
  }
}
