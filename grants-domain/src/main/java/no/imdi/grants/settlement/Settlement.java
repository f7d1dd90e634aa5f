package no.imdi.grants.settlement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.municipality.Municipality;

/**
 * The settlement (*bosetting*) of one person in a municipality: the fact every grant is computed
 * from. It holds the registered {@link SettlementFacts}, the municipality where the person lives
 * now, the history of moves (R-IG-6), and for a family member reunified with a person in the
 * register that reference person (*referanseperson*, R-IG-1: family members count only while the
 * main person is within the scheme; R-IG-2).
 */
@Entity
@Table(name = "settlement")
public class Settlement {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "settlement_seq")
  @SequenceGenerator(name = "settlement_seq", sequenceName = "settlement_seq", allocationSize = 50)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", unique = true)
  private Person person;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "settled_in")
  private Municipality settledIn;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "municipality")
  private Municipality municipality;

  @Column(name = "settlement_date", nullable = false)
  private LocalDate settlementDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_group", nullable = false, length = 32)
  private TargetGroup targetGroup;

  @Column(name = "settled_by_agreement", nullable = false)
  private boolean settledByAgreement;

  @Column(name = "family_reunification", nullable = false)
  private boolean familyReunification;

  @Column(name = "reunification_special_agreement", nullable = false)
  private boolean reunificationBySpecialAgreement;

  @Column(name = "unaccompanied_minor", nullable = false)
  private boolean unaccompaniedMinor;

  @Enumerated(EnumType.STRING)
  @Column(name = "udi_housing", nullable = false, length = 32)
  private UdiHousing udiHousing;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "mother_id")
  private Person mother;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reunified_with_id")
  private Person reunifiedWith;

  /** The person's place in the household at settlement, deciding the year-1 code (R-IG-4). */
  @Enumerated(EnumType.STRING)
  @Column(name = "household", nullable = false, length = 16)
  private Household household;

  /** The day IMDi registered the settlement, deciding the first instalment (R-IG-5). */
  @Column(name = "registered_on", nullable = false)
  private LocalDate registeredOn;

  @OneToMany(mappedBy = "settlement", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("moveDate")
  private List<SettlementMove> moves = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Settlement() {}

  public Settlement(
      Person person, Municipality municipality, SettlementFacts facts, Person mother) {
    this.person = Objects.requireNonNull(person);
    this.settledIn = Objects.requireNonNull(municipality);
    this.municipality = municipality;
    correct(facts, mother);
    this.household = defaultHousehold(person.getBirthDate(), settlementDate);
    this.registeredOn = earliestRegistration();
  }

  /**
   * The household a settlement has until a caseworker says otherwise: a person under 18 on the
   * settlement date is a child, anyone else an adult in a family (R-IG-4; the lower adult rate, so
   * that a default never pays more than the register supports). The same default as migration V70.
   */
  public static Household defaultHousehold(LocalDate birthDate, LocalDate settlementDate) {
    return java.time.Period.between(birthDate, settlementDate).getYears() < 18
        ? Household.CHILD
        : Household.ADULT_IN_FAMILY;
  }

  /**
   * Records what the payment needs (R-IG-4, R-IG-5): the household position and the day IMDi
   * registered the settlement, which cannot be before the settlement (or the birth of a child born
   * after it).
   */
  public void recordPaymentFacts(Household household, LocalDate registeredOn) {
    Objects.requireNonNull(household, "household");
    Objects.requireNonNull(registeredOn, "registeredOn");
    if (registeredOn.isBefore(earliestRegistration())) {
      throw new IllegalArgumentException(
          "registeredOn is before the settlement or the person's birth");
    }
    this.household = household;
    this.registeredOn = registeredOn;
  }

  /** The earliest day the settlement can have been registered: settlement, or a later birth. */
  public LocalDate earliestRegistration() {
    LocalDate birth = person.getBirthDate();
    return birth.isAfter(settlementDate) ? birth : settlementDate;
  }

  /** Replaces the registered facts (a correction, not a move). */
  public final void correct(SettlementFacts facts, Person mother) {
    this.settlementDate = facts.settlementDate();
    this.targetGroup = facts.targetGroup();
    this.settledByAgreement = facts.settledByAgreement();
    this.familyReunification = facts.familyReunification();
    this.reunificationBySpecialAgreement = facts.reunificationBySpecialAgreement();
    this.unaccompaniedMinor = facts.unaccompaniedMinor();
    this.udiHousing = facts.udiHousing();
    this.mother = mother;
    if (registeredOn != null && registeredOn.isBefore(settlementDate)) {
      registeredOn = settlementDate;
    }
  }

  /**
   * Links a family member to the person they were reunified with (R-IG-1), or removes the link
   * ({@code null}).
   */
  public void reunifyWith(Person referencePerson) {
    if (referencePerson != null && referencePerson.equals(person)) {
      throw new IllegalArgumentException("A person cannot be reunified with themselves");
    }
    this.reunifiedWith = referencePerson;
  }

  /** The person moves to another municipality on a date; the history keeps the earlier one. */
  public SettlementMove moveTo(Municipality to, LocalDate moveDate) {
    Objects.requireNonNull(to);
    if (to.equals(municipality)) {
      throw new IllegalArgumentException("The person already lives in " + to.getLabel());
    }
    if (!canMoveOn(moveDate)) {
      throw new IllegalArgumentException(
          "A move must be dated on or after the settlement and after the previous move");
    }
    SettlementMove move = new SettlementMove(this, municipality, to, moveDate);
    moves.add(move);
    municipality = to;
    return move;
  }

  /** Whether a move may be dated so: not before the settlement, after the previous move. */
  public boolean canMoveOn(LocalDate moveDate) {
    LocalDate lastMove = moves.isEmpty() ? null : moves.get(moves.size() - 1).getMoveDate();
    return !moveDate.isBefore(settlementDate) && (lastMove == null || moveDate.isAfter(lastMove));
  }

  /**
   * Takes back the latest move, registered by mistake (IMDi's correction): the person lives where
   * they lived before it again. Returns the move taken back.
   */
  public SettlementMove undoLastMove() {
    if (moves.isEmpty()) {
      throw new IllegalStateException("There is no move to take back");
    }
    SettlementMove last = moves.remove(moves.size() - 1);
    municipality = last.getFrom();
    return last;
  }

  /** The latest move, if any. */
  public java.util.Optional<SettlementMove> lastMove() {
    return moves.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(moves.get(moves.size() - 1));
  }

  public SettlementFacts facts() {
    return new SettlementFacts(
        settlementDate,
        targetGroup,
        settledByAgreement,
        familyReunification,
        reunificationBySpecialAgreement,
        unaccompaniedMinor,
        udiHousing,
        mother == null ? null : mother.getId());
  }

  public Long getId() {
    return id;
  }

  public Person getPerson() {
    return person;
  }

  public Municipality getSettledIn() {
    return settledIn;
  }

  public Municipality getMunicipality() {
    return municipality;
  }

  public LocalDate getSettlementDate() {
    return settlementDate;
  }

  public TargetGroup getTargetGroup() {
    return targetGroup;
  }

  public boolean isUnaccompaniedMinor() {
    return unaccompaniedMinor;
  }

  public UdiHousing getUdiHousing() {
    return udiHousing;
  }

  public Household getHousehold() {
    return household;
  }

  public LocalDate getRegisteredOn() {
    return registeredOn;
  }

  public Person getMother() {
    return mother;
  }

  /** The reference person this family member was reunified with (R-IG-1), or {@code null}. */
  public Person getReunifiedWith() {
    return reunifiedWith;
  }

  public List<SettlementMove> getMoves() {
    return Collections.unmodifiableList(moves);
  }

  public long getVersion() {
    return version;
  }
}
