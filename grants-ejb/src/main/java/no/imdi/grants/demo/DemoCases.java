package no.imdi.grants.demo;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import no.imdi.grants.complaint.ComplaintLetterDue;
import no.imdi.grants.complaint.ComplaintServicesAs;
import no.imdi.grants.disability.application.CaseServicesAs;
import no.imdi.grants.disability.application.DecisionApproved;
import no.imdi.grants.disability.application.ExtensionDecided;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.security.AppUser;
import no.imdi.grants.settlement.NationalId;
import no.imdi.grants.settlement.Person;
import no.imdi.grants.settlement.Settlement;
import no.imdi.grants.settlement.SettlementFacts;
import no.imdi.grants.settlement.SettlementRepository;
import no.imdi.grants.settlement.Sex;
import no.imdi.grants.settlement.TargetGroup;
import no.imdi.grants.settlement.UdiHousing;

/**
 * The demo's disability-grant cases ({@link DemoOsloCases}, {@link DemoBergenCases}): one case in
 * each state of the flow, each for a person of its own in Oslo or Bergen, settled a number of days
 * before now, and told through the case services by the demo users ({@link DemoStory}) with the
 * application's clock counted back, so that every case is one the rules allow. Each case is loaded
 * in one transaction together with its person and documents: a case whose person is in the register
 * already is left as it is, so a second start adds nothing, and a case that fails is logged and
 * rolled back without stopping the others.
 */
public final class DemoCases {

  private static final Logger LOG = Logger.getLogger(DemoCases.class.getName());

  /** The individual-number sequence of the demo cases' synthetic national ids. */
  static final int ID_SEQUENCE = 120;

  static final List<String> USERS =
      List.of("kommune.oslo", "kommune.bergen", DemoStory.CASEWORKER, DemoStory.APPROVER);

  /** One demo case: whose, where, settled how many days ago, and its story. */
  record DemoCase(
      String key,
      String municipality,
      String user,
      String givenName,
      String familyName,
      LocalDate birthDate,
      Sex sex,
      int settledDaysAgo,
      Consumer<DemoStory> story) {

    String nationalId() {
      return NationalId.synthetic(birthDate, sex, ID_SEQUENCE).value();
    }
  }

  /** Runs work in one transaction on an entity manager (the container's, or a test's). */
  public interface Transactions {
    void run(Consumer<EntityManager> work);
  }

  /** How many cases this start loaded, found loaded before, and failed to load. */
  public record Loaded(int loaded, int present, int failed) {}

  private final Transactions transactions;
  private final DataSource dataSource;
  private final Clock clock;
  private final Event<DecisionApproved> approved;
  private final Event<ExtensionDecided> extensionDecided;
  private final ThreadFactory threads;
  private final Event<ComplaintLetterDue> complaintLetters;

  public DemoCases(
      Transactions transactions,
      DataSource dataSource,
      Clock clock,
      Event<DecisionApproved> approved,
      Event<ExtensionDecided> extensionDecided,
      ThreadFactory threads) {
    this(
        transactions, dataSource, clock, approved, extensionDecided, threads, new DemoNoEvents<>());
  }

  /** With the event that delivers a complaint's letters (R-AP). */
  public DemoCases(
      Transactions transactions,
      DataSource dataSource,
      Clock clock,
      Event<DecisionApproved> approved,
      Event<ExtensionDecided> extensionDecided,
      ThreadFactory threads,
      Event<ComplaintLetterDue> complaintLetters) {
    this.complaintLetters = Objects.requireNonNull(complaintLetters, "complaintLetters");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.approved = Objects.requireNonNull(approved, "approved");
    this.extensionDecided = Objects.requireNonNull(extensionDecided, "extensionDecided");
    this.threads = Objects.requireNonNull(threads, "threads");
  }

  /** Every demo case: Oslo's, Bergen's, Oslo's accounts reports, then Oslo's complaints. */
  static List<DemoCase> all() {
    return Stream.of(
            DemoOsloCases.all(),
            DemoBergenCases.all(),
            DemoAccountsReports.all(),
            DemoComplaintCases.all())
        .flatMap(List::stream)
        .toList();
  }

  /** Loads the demo cases that are not there yet. */
  public Loaded load() {
    if (!usersPresent()) {
      LOG.info("Demo mode: the demo users are missing; no demo cases are loaded");
      return new Loaded(0, 0, 0);
    }
    int loaded = 0;
    int present = 0;
    List<String> failed = new ArrayList<>();
    DemoClock time = new DemoClock(clock);
    try (DemoDocuments documents = new DemoDocuments(dataSource, time, threads)) {
      for (DemoCase demo : all()) {
        try {
          boolean[] added = {false};
          transactions.run(em -> added[0] = load(em, demo, time, documents));
          if (added[0]) {
            loaded++;
          } else {
            present++;
          }
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, e, () -> "Demo mode: the demo case " + demo.key() + " failed");
          failed.add(demo.key());
        }
      }
    }
    int done = loaded;
    LOG.info(
        () ->
            "Demo mode: loaded "
                + done
                + " demo cases"
                + (failed.isEmpty() ? "" : "; failed: " + failed));
    return new Loaded(loaded, present, failed.size());
  }

  private boolean usersPresent() {
    boolean[] present = {false};
    transactions.run(
        em ->
            present[0] =
                USERS.stream()
                    .map(user -> em.find(AppUser.class, user))
                    .allMatch(user -> user != null && user.isEnabled()));
    return present[0];
  }

  /** The case with its person; false when the person is in the register already. */
  private boolean load(EntityManager em, DemoCase demo, DemoClock time, DemoDocuments documents) {
    SettlementRepository settlements = new SettlementRepository(em);
    if (settlements.personWithNationalId(demo.nationalId(), null).isPresent()) {
      return false;
    }
    time.restart();
    LocalDate settled = LocalDate.now(clock).minusDays(demo.settledDaysAgo());
    Person person =
        new Person(
            demo.nationalId(), demo.givenName(), demo.familyName(), demo.birthDate(), demo.sex());
    settlements.add(
        person,
        new Settlement(
            person,
            em.find(Municipality.class, demo.municipality()),
            new SettlementFacts(
                settled, TargetGroup.REFUGEE, true, false, false, false, UdiHousing.NONE, null),
            null));
    em.flush();
    CaseServicesAs services = new CaseServicesAs(em, time, approved, extensionDecided);
    ComplaintServicesAs complaints = new ComplaintServicesAs(em, time, complaintLetters);
    demo.story()
        .accept(
            new DemoStory(em, time, services, documents, demo.user(), person.getId(), complaints));
    em.flush();
    return true;
  }
}
