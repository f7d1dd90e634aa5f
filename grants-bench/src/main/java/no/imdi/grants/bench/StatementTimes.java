package no.imdi.grants.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Times every query run through a prepared statement on one reused open connection (a {@link
 * ReusedConnection}), per SQL text, so that a benchmark can print the median and 95th percentile of
 * each query a service method runs.
 */
final class StatementTimes {

  private final Map<String, List<Long>> nanos = new LinkedHashMap<>();
  private final ReusedConnection dataSource;

  StatementTimes(DataSource dataSource) throws SQLException {
    this.dataSource =
        new ReusedConnection(
            dataSource,
            real ->
                (proxy, method, args) -> {
                  Object result = invoke(method, real, args);
                  if (method.getName().equals("prepareStatement")) {
                    return timed((PreparedStatement) result, (String) args[0]);
                  }
                  return result;
                });
  }

  /** The data source to run the timed queries through: it hands out the one connection. */
  DataSource dataSource() {
    return dataSource;
  }

  private PreparedStatement timed(PreparedStatement statement, String sql) {
    return (PreparedStatement)
        Proxy.newProxyInstance(
            PreparedStatement.class.getClassLoader(),
            new Class<?>[] {PreparedStatement.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("executeQuery")) {
                return invoke(method, statement, args);
              }
              long start = System.nanoTime();
              Object result = invoke(method, statement, args);
              nanos.computeIfAbsent(sql, k -> new ArrayList<>()).add(System.nanoTime() - start);
              return result;
            });
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  void reset() {
    nanos.clear();
  }

  /** Each query's median and p95 since the last reset, the SQL shortened to its first words. */
  void print() {
    nanos.forEach(
        (sql, times) -> {
          long[] t = times.stream().mapToLong(Long::longValue).sorted().toArray();
          String name = sql.replaceAll("\\s+", " ");
          name = name.length() > 90 ? name.substring(0, 90) + "..." : name;
          System.out.printf(
              "    median %7.2f ms   p95 %7.2f ms   %s%n",
              t[t.length / 2] / 1e6, t[(int) Math.ceil(t.length * 0.95) - 1] / 1e6, name);
        });
  }
}
