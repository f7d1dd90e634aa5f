package no.imdi.grants.disability.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.approval.list.ApprovalFilter;
import no.imdi.grants.approval.list.ApprovalLists;
import no.imdi.grants.approval.list.PendingDecisionRow;
import no.imdi.grants.approval.list.PendingDecisionSort;
import no.imdi.grants.approval.list.PendingOutcomeRow;
import no.imdi.grants.approval.list.PendingStatementRow;
import no.imdi.grants.approval.list.PendingStatementSort;
import no.imdi.grants.audit.SecurityEvent.Kind;
import no.imdi.grants.audit.SecurityLog;
import no.imdi.grants.demo.DemoFixtures;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.export.ExportLog;
import no.imdi.grants.export.ExportRequest;
import no.imdi.grants.export.Exports;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The fixture of {@link ApprovalListsTest} on PostgreSQL: the demo's cases, three approved
 * decisions put back to waiting (prepared on 1 October and 1 November 2020 by others, on 15
 * November 2020 by the approver himself) and three complaints with a forwarding statement waiting
 * (R-AP-6), one of them prepared by the approver; and the calls of the lists as a user, of their
 * exports, and through the refusal audit the container binds to the service.
 */
abstract class ApprovalListsFixture {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Oslo"));
  static final String APPROVER = "imdi.godkjenner";
  static final String CASEWORKER = "imdi.saksbehandler";

  TestPersistence db;
  final List<String> refusals = new ArrayList<>();

  @BeforeEach
  void arrange() throws Exception {
    db = new TestPersistence();
    DemoFixtures.load(db, CLOCK);
    List<Long> approved =
        db.inTransaction(
            em ->
                em
                    .createNativeQuery(
                        "select id from decision where proposal_status = 'APPROVED'"
                            + " order by id limit 3",
                        Long.class)
                    .getResultList()
                    .stream()
                    .map(o -> ((Number) o).longValue())
                    .toList());
    waiting(approved.get(0), "kari.nordmann", "2020-11-01T08:00:00Z");
    waiting(approved.get(1), CASEWORKER, "2020-10-01T08:00:00Z");
    waiting(approved.get(2), APPROVER, "2020-11-15T08:00:00Z");
    statement(1, CASEWORKER, "2026-09-12");
    statement(2, " IMDI.GODKJENNER ", "2026-09-11");
    statement(3, CASEWORKER, "2026-09-10");
  }

  void waiting(long decision, String preparedBy, String at) {
    db.run(
        em ->
            em.createNativeQuery(
                    "update decision set proposal_status = 'PENDING', reviewed_by = null,"
                        + " reviewed_at = null, review_comment = null, prepared_by = ?,"
                        + " prepared_at = cast(? as timestamptz) where id = ?")
                .setParameter(1, preparedBy)
                .setParameter(2, at)
                .setParameter(3, decision)
                .executeUpdate());
  }

  /**
   * A complaint (on one of the demo's approved decisions) with a statement waiting for a checker.
   */
  void statement(int id, String preparedBy, String sentOn) {
    db.run(
        em -> {
          em.createNativeQuery(
                  "insert into complaint (id, case_id, decision_id, application_id, decision_kind,"
                      + " decided_on, notice_received_on, grounds, sent_on, deadline, timeliness,"
                      + " last_date_late, received_by, received_at, state) select "
                      + id
                      + ", a.case_id, d.id, a.id, 'DISMISSED', DATE '2026-09-01',"
                      + " DATE '2026-09-02', 'Klage', DATE '"
                      + sentOn
                      + "', DATE '2026-09-23', 'IN_TIME', DATE '2027-09-01', 'kommune.oslo',"
                      + " now(), 'STATEMENT_PREPARED' from decision d join grant_application a"
                      + " on a.id = d.application_id where d.proposal_status = 'APPROVED'"
                      + " and a.outcome is not null order by d.id offset "
                      + id
                      + " limit 1")
              .executeUpdate();
          em.createNativeQuery(
                  "insert into complaint_statement (id, complaint_id, text, prepared_by,"
                      + " prepared_at, proposal_status) values (?, ?, 'Oversendelse', ?, now(),"
                      + " 'PENDING')")
              .setParameter(1, 100 + id)
              .setParameter(2, id)
              .setParameter(3, preparedBy)
              .executeUpdate();
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  List<PendingDecisionRow> decisions(
      ApprovalFilter filter, PendingDecisionSort sort, boolean ascending) {
    return db.inTransaction(
            em -> lists(em, APPROVER).decisions(filter, new PageRequest<>(0, 200, sort, ascending)))
        .rows();
  }

  List<PendingOutcomeRow> outcomes(ApprovalFilter filter) {
    return db.inTransaction(
            em -> lists(em, APPROVER).outcomes(filter, new PageRequest<>(0, 200, null, true)))
        .rows();
  }

  List<PendingStatementRow> statements(
      ApprovalFilter filter, PendingStatementSort sort, boolean ascending) {
    return db.inTransaction(
            em ->
                lists(em, APPROVER).statements(filter, new PageRequest<>(0, 200, sort, ascending)))
        .rows();
  }

  static List<Long> reversed(List<PendingDecisionRow> rows) {
    List<Long> ids = new ArrayList<>(rows.stream().map(PendingDecisionRow::id).toList());
    java.util.Collections.reverse(ids);
    return ids;
  }

  static ApprovalLists lists(EntityManager em, String user) {
    CurrentUser current = new CurrentUser(Callers.as(user), em);
    return new ApprovalLists(em, current, new Exports(current, new ExportLog(em, CLOCK)));
  }

  @FunctionalInterface
  interface Export {
    no.imdi.grants.export.ExportOutcome run(ApprovalLists lists, ExportRequest request);
  }

  String export(String user, ExportFormat format, String language, Export export) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exportTo(user, format, language, out, export);
    return out.toString(StandardCharsets.UTF_8);
  }

  void exportTo(
      String user, ExportFormat format, String language, ByteArrayOutputStream out, Export export) {
    assertThat(
            db.inTransaction(
                    em ->
                        export.run(
                            lists(em, user),
                            new ExportRequest(format, Locale.forLanguageTag(language), out)))
                .completed())
        .isTrue();
  }

  /**
   * Calls the service through the refusal audit the container binds to it, with a security log that
   * records what it is given.
   */
  void audited(String user, String method, java.util.function.Consumer<ApprovalLists> call)
      throws Exception {
    RefusalAudit audit = new RefusalAudit();
    Field log = RefusalAudit.class.getDeclaredField("log");
    log.setAccessible(true);
    log.set(
        audit,
        new SecurityLog() {
          @Override
          public void record(Kind kind, String target, String detail) {
            refusals.add(kind + " " + target);
          }
        });
    Method target =
        java.util.Arrays.stream(ApprovalLists.class.getMethods())
            .filter(m -> m.getName().equals(method))
            .findFirst()
            .orElseThrow();
    Object[] parameters =
        target.getParameterCount() == 0 ? new Object[0] : new Object[] {null, null, true, out()};
    db.run(
        em -> {
          InvocationContext invocation =
              (InvocationContext)
                  Proxy.newProxyInstance(
                      getClass().getClassLoader(),
                      new Class<?>[] {InvocationContext.class},
                      (proxy, m, args) ->
                          switch (m.getName()) {
                            case "getMethod" -> target;
                            case "getParameters" -> parameters;
                            case "proceed" -> {
                              call.accept(lists(em, user));
                              yield null;
                            }
                            default -> null;
                          });
          try {
            audit.audit(invocation);
          } catch (RuntimeException e) {
            throw e;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  static ExportRequest out() {
    return new ExportRequest(ExportFormat.CSV, Locale.ROOT, new ByteArrayOutputStream());
  }
}
