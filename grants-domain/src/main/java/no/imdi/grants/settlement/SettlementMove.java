package no.imdi.grants.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import no.imdi.grants.municipality.Municipality;

/**
 * A settled person's move from one municipality to another on a date (R-IG-6). Moves are kept as
 * history: the settlement's current municipality changes, the earlier ones stay on record.
 */
@Entity
@Table(name = "settlement_move")
public class SettlementMove {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "settlement_move_seq")
  @SequenceGenerator(name = "settlement_move_seq", sequenceName = "settlement_move_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "settlement_id")
  private Settlement settlement;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "from_municipality")
  private Municipality from;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "to_municipality")
  private Municipality to;

  @Column(name = "move_date", nullable = false)
  private LocalDate moveDate;

  protected SettlementMove() {}

  SettlementMove(Settlement settlement, Municipality from, Municipality to, LocalDate moveDate) {
    this.settlement = Objects.requireNonNull(settlement);
    this.from = Objects.requireNonNull(from);
    this.to = Objects.requireNonNull(to);
    this.moveDate = Objects.requireNonNull(moveDate);
  }

  public Long getId() {
    return id;
  }

  public Municipality getFrom() {
    return from;
  }

  public Municipality getTo() {
    return to;
  }

  public LocalDate getMoveDate() {
    return moveDate;
  }
}
