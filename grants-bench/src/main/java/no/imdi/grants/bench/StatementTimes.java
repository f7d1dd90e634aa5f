package no.imdi.grants.bench;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that hands out one open connection (as {@link ReusedConnection}) and times every
 * query run through a prepared statement, per SQL text, so that a benchmark can print the median
 * and 95th percentile of each query a service method runs.
 */
final class StatementTimes implements DataSource {

  private final Map<String, List<Long>> nanos = new LinkedHashMap<>();
  private final Connection connection;

  StatementTimes(DataSource dataSource) throws SQLException {
    Connection real = dataSource.getConnection();
    this.connection =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("close")) {
                    return null;
                  }
                  Object result = invoke(method, real, args);
                  if (method.getName().equals("prepareStatement")) {
                    return timed((PreparedStatement) result, (String) args[0]);
                  }
                  return result;
                });
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

  @Override
  public Connection getConnection() {
    return connection;
  }

  @Override
  public Connection getConnection(String username, String password) {
    return connection;
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
