package no.imdi.grants.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.time.LocalDate;
import no.imdi.grants.casefile.CaseNumber;
import no.imdi.grants.casefile.CaseRepository;
import no.imdi.grants.casefile.QueueFilter;
import no.imdi.grants.casefile.QueueSort;
import no.imdi.grants.casefile.WorkQueue;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.application.CaseReadService;
import no.imdi.grants.disability.application.DecisionApprovalService;
import no.imdi.grants.disability.application.ImdiCaseService;
import no.imdi.grants.disability.application.MunicipalityCaseService;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The case services deploy in the real container (Payara Micro, real PostgreSQL with the
 * migrations): the roles are enforced by the container on every service, the work queue's view and
 * the per-year case number counter work through the container's persistence unit.
 */
@ExtendWith(ArquillianExtension.class)
class CaseServicesIT {

  @Deployment
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("grants.it.war")))
        .addClasses(CaseServicesIT.class);
  }

  @EJB MunicipalityCaseService municipality;
  @EJB ImdiCaseService imdi;
  @EJB DecisionApprovalService approval;
  @EJB CaseReadService reads;
  @Inject CaseRepository cases;
  @Inject WorkQueue queue;
  @Resource UserTransaction transaction;

  @Test
  void everyCaseServiceRefusesACallerWithoutARole() {
    assertThrows(EJBAccessException.class, () -> municipality.openCase(1));
    assertThrows(
        EJBAccessException.class, () -> municipality.startApplication(1, GrantKind.T1, 1, null));
    assertThrows(
        EJBAccessException.class,
        () -> imdi.queue(QueueFilter.NONE, new PageRequest<>(0, 10, QueueSort.DEADLINE, true)));
    assertThrows(EJBAccessException.class, () -> imdi.take(1, 0));
    assertThrows(EJBAccessException.class, () -> approval.approve(1, 0, null));
    assertThrows(EJBAccessException.class, () -> reads.caseFile(1));
    assertThrows(EJBAccessException.class, () -> reads.health(1, "test"));
  }

  @Test
  void theQueueAndTheCaseNumbersWorkInTheContainer() throws Exception {
    long waiting =
        queue
            .list(
                MunicipalityScope.ALL,
                QueueFilter.NONE,
                new PageRequest<>(0, 10, QueueSort.AGE, true))
            .total();
    assertTrue(waiting >= 0);

    int year = 2100 + LocalDate.now().getDayOfYear() % 90;
    transaction.begin();
    CaseNumber first = cases.allocateNumber(year);
    CaseNumber second = cases.allocateNumber(year);
    transaction.rollback();
    assertEquals(second.sequence(), first.sequence() + 1);
  }
}
