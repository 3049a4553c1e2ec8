package jp.kyoten;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL statements the current thread prepares through the application's data source
 * (JDBC and JPA alike; the session store has its own and is not counted) while this is
 * open: a page's request under MockMvc runs on the test thread, so its statements are
 * these, and a scheduled job's on another thread are not. The hub scope's own
 * {@code set_config} is left out: it is sent only when a connection's scope changes,
 * which says nothing about the page.
 * <p>
 * It slips in below the hub-scoped data source and hands that data source the physical
 * connection when asked to unwrap, so that its memory of each connection's scope stays
 * exact while recording and after.
 */
public final class PageStatements implements AutoCloseable {

	private final DelegatingDataSource scoped;

	private final DataSource target;

	private final Thread thread = Thread.currentThread();

	private final List<String> statements = new CopyOnWriteArrayList<>();

	private PageStatements(DelegatingDataSource scoped) {
		this.scoped = scoped;
		this.target = scoped.getTargetDataSource();
		scoped.setTargetDataSource(new DelegatingDataSource(target) {
			@Override
			public Connection getConnection() throws SQLException {
				return recording(super.getConnection());
			}
		});
	}

	/** Starts recording on the application's data source (the hub-scoped one). */
	public static PageStatements on(DataSource dataSource) {
		assertThat(dataSource).as("the application's data source").isInstanceOf(DelegatingDataSource.class);
		return new PageStatements((DelegatingDataSource) dataSource);
	}

	/**
	 * The statements prepared since the last call (or since recording began), and forgets
	 * them.
	 */
	public List<String> take() {
		List<String> taken = List.copyOf(statements);
		statements.clear();
		return taken;
	}

	@Override
	public void close() {
		scoped.setTargetDataSource(target);
	}

	private Connection recording(Connection connection) {
		return (Connection) Proxy.newProxyInstance(PageStatements.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
						note(sql);
					}
					Object result = invoke(connection, method, args);
					// a statement without parameters (JdbcTemplate's plain query) names
					// its SQL when it runs
					return method.getName().equals("createStatement") ? recording((Statement) result) : result;
				});
	}

	private Statement recording(Statement statement) {
		return (Statement) Proxy.newProxyInstance(PageStatements.class.getClassLoader(),
				new Class<?>[] { Statement.class }, (proxy, method, args) -> {
					if ((method.getName().startsWith("execute") || method.getName().equals("addBatch")) && args != null
							&& args.length > 0 && args[0] instanceof String sql) {
						note(sql);
					}
					return invoke(statement, method, args);
				});
	}

	private void note(String sql) {
		if (Thread.currentThread() == thread && !sql.contains("set_config('kyoten.hub_id'")) {
			statements.add(sql.strip());
		}
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

}
