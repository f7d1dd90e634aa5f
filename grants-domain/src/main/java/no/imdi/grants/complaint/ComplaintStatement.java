package no.imdi.grants.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import no.imdi.grants.approval.Proposal;
import no.imdi.grants.approval.ProposalStatus;

/**
 * IMDi's statement (*oversendelsesbrev*) that forwards a complaint to the ministry (R-AP-6): its
 * text, prepared by one IMDi caseworker and approved by a second officer ({@link Proposal}). A
 * statement sent back stays on record; a new one is prepared.
 */
@Entity
@Table(name = "complaint_statement")
public class ComplaintStatement {

  static final int TEXT_LENGTH = 8000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_statement_seq")
  @SequenceGenerator(
      name = "complaint_statement_seq",
      sequenceName = "complaint_statement_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
  private Complaint complaint;

  @Column(name = "text", nullable = false, updatable = false, length = TEXT_LENGTH)
  private String text;

  @Embedded private Proposal proposal;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ComplaintStatement() {}

  ComplaintStatement(Complaint complaint, String text, Proposal proposal) {
    this.complaint = complaint;
    this.text = text;
    this.proposal = proposal;
  }

  public Long getId() {
    return id;
  }

  public Complaint getComplaint() {
    return complaint;
  }

  public String getText() {
    return text;
  }

  public Proposal getProposal() {
    return proposal;
  }

  public ProposalStatus getStatus() {
    return proposal.getStatus();
  }

  public long getVersion() {
    return version;
  }
}
