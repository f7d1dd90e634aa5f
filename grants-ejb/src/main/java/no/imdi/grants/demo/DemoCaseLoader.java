package no.imdi.grants.demo;

import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.util.function.Consumer;
import javax.sql.DataSource;
import no.imdi.grants.database.GrantsDatabase;
import no.imdi.grants.disability.application.DecisionApproved;
import no.imdi.grants.disability.application.ExtensionDecided;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the {@link DemoCases} in the container, for {@link DemoDataLoader}: each case in a
 * transaction of its own on the application's persistence unit and data source, with the
 * application's clock, and the events of approvals and decided extension requests fired as the
 * services fire them (so the letters follow where they are wired). {@code grants.demo.cases} (true)
 * turns the cases off.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoCaseLoader {

  @Resource(lookup = GrantsDatabase.JNDI_NAME)
  private DataSource dataSource;

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Resource private UserTransaction transaction;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  private ManagedThreadFactory threads;

  @Inject private Clock clock;
  @Inject private Event<DecisionApproved> approved;
  @Inject private Event<ExtensionDecided> extensionDecided;
  @Inject private Event<no.imdi.grants.complaint.ComplaintLetterDue> complaintLetters;

  @Inject
  @ConfigProperty(name = "grants.demo.cases", defaultValue = "true")
  boolean enabled;

  public DemoCases.Loaded load() {
    if (!enabled) {
      return new DemoCases.Loaded(0, 0, 0);
    }
    return new DemoCases(
            this::inTransaction,
            dataSource,
            clock,
            approved,
            extensionDecided,
            threads,
            complaintLetters)
        .load();
  }

  private void inTransaction(Consumer<EntityManager> work) {
    try {
      transaction.begin();
    } catch (Exception e) {
      throw new IllegalStateException("Could not begin a transaction for the demo cases", e);
    }
    boolean done = false;
    try {
      work.accept(em);
      done = true;
    } finally {
      finish(done);
    }
  }

  private void finish(boolean commit) {
    try {
      if (commit) {
        transaction.commit();
      } else {
        transaction.rollback();
      }
    } catch (Exception e) {
      throw new IllegalStateException("Could not end the demo case's transaction", e);
    }
  }
}
