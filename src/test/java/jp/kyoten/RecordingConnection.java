package jp.kyoten;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;

/**
 * A JDBC connection that notes the SQL of every statement prepared on it, for tests that
 * count round trips.
 */
public final class RecordingConnection {

	private RecordingConnection() {
	}

	/**
	 * The connection, adding to {@code statements} the SQL of each statement prepared on
	 * it; it is its own {@code unwrap}, so that code keying on the physical connection
	 * sees one connection.
	 */
	public static Connection of(Connection connection, List<String> statements) {
		return (Connection) Proxy.newProxyInstance(RecordingConnection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
						statements.add(sql.strip());
					}
					if (method.getName().equals("unwrap") && args[0] == Connection.class) {
						return proxy;
					}
					try {
						return method.invoke(connection, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getTargetException();
					}
				});
	}

}
