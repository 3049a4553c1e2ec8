package jp.kyoten.platform.tenancy;

import java.util.function.Supplier;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which pool the work of this thread borrows from: the read replica's inside
 * {@link #call}, the primary's otherwise. {@link ReplicaRoutingDataSource} reads it when
 * a connection is borrowed, i.e. when a transaction begins; with no replica configured
 * nothing reads it and every connection is the primary's.
 */
final class ReplicaReads {

	private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

	private ReplicaReads() {
	}

	static boolean active() {
		return Boolean.TRUE.equals(READING.get());
	}

	/**
	 * The advice of {@link ReadsReplica}: the invocation on the replica, unless a
	 * transaction is open already.
	 */
	static Object around(MethodInvocation invocation) throws Throwable {
		// inside a transaction already open: its connection, so that a hub's work never
		// reads across two databases
		if (active() || TransactionSynchronizationManager.isActualTransactionActive()) {
			return invocation.proceed();
		}
		READING.set(Boolean.TRUE);
		try {
			return invocation.proceed();
		}
		finally {
			READING.remove();
		}
	}

	static <T> T call(Supplier<T> work) {
		if (active()) {
			return work.get();
		}
		READING.set(Boolean.TRUE);
		try {
			return work.get();
		}
		finally {
			READING.remove();
		}
	}

}
