package no.imdi.grants.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.audit.SecurityEvent.Kind;
import no.imdi.grants.audit.SecurityLog;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.export.ExportLog;
import no.imdi.grants.export.ExportOutcome;
import no.imdi.grants.export.ExportRequest;
import no.imdi.grants.export.Exports;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.testsupport.TestPersistence;

/**
 * The statistics service and its exports as a given user, one transaction per call, on the test
 * database of {@code StatisticsServiceTest}; the refusals the security log would record are kept in
 * {@link #refusals}.
 */
final class StatisticsCalls {

  final List<String> refusals = new ArrayList<>();
  private final TestPersistence db;
  private final ThreadLocal<EntityManager> currentEm = new ThreadLocal<>();

  StatisticsCalls(TestPersistence db) {
    this.db = db;
  }

  String csv(
      String user, StatisticsExport.Figure figure, StatisticsFilter filter, String language) {
    return new String(
        export(user, figure, filter, ExportFormat.CSV, language), StandardCharsets.UTF_8);
  }

  byte[] export(
      String user,
      StatisticsExport.Figure figure,
      StatisticsFilter filter,
      ExportFormat format,
      String language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportOutcome outcome =
        as(
            user,
            service -> {
              EntityManager em = currentEm.get();
              CurrentUser current = new CurrentUser(Callers.as(user), em);
              Clock clock = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
              return new StatisticsExport(service, new Exports(current, new ExportLog(em, clock)))
                  .export(
                      figure,
                      filter,
                      new ExportRequest(format, Locale.forLanguageTag(language), out));
            });
    assertThat(outcome.completed()).as(outcome.failure()).isTrue();
    return out.toByteArray();
  }

  List<String> problems(StatisticsFilter filter) {
    try {
      as("imdi.saksbehandler", s -> s.all(filter));
    } catch (InvalidInputException e) {
      return e.problems().stream()
          .map((FieldProblem p) -> p.field() + ":" + p.messageKey())
          .toList();
    }
    throw new AssertionError("Not refused: " + filter);
  }

  <T> List<T> listAs(String user, Function<StatisticsService, List<T>> call) {
    return as(user, call);
  }

  <T> T as(String user, Function<StatisticsService, T> call) {
    return db.inTransaction(
        em -> {
          SecurityLog log =
              new SecurityLog() {
                @Override
                public void record(Kind kind, String target, String detail) {
                  refusals.add(kind + " " + user + " " + target);
                }
              };
          currentEm.set(em);
          try {
            return call.apply(
                new StatisticsService(em, new CurrentUser(Callers.as(user), em), log));
          } finally {
            currentEm.remove();
          }
        });
  }
}
