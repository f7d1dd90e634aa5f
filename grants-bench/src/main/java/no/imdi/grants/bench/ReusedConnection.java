package no.imdi.grants.bench;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that hands out one open connection again and again, as the application server's
 * pool does, so that the benchmark times the queries and not the opening of connections. Closing it
 * does nothing; every other call goes to the real connection, or to the handler a benchmark gives
 * for it (as {@link StatementTimes} does to time the queries).
 */
final class ReusedConnection implements DataSource {

  private final Connection connection;

  ReusedConnection(DataSource dataSource) throws SQLException {
    this(dataSource, real -> (proxy, method, args) -> method.invoke(real, args));
  }

  /** The calls other than {@code close} go to the handler made for the real connection. */
  ReusedConnection(DataSource dataSource, Function<Connection, InvocationHandler> calls)
      throws SQLException {
    Connection real = dataSource.getConnection();
    InvocationHandler handler = calls.apply(real);
    this.connection =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) ->
                    method.getName().equals("close") ? null : handler.invoke(proxy, method, args));
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
