package jp.kyoten.platform.tenancy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read model whose transactions may run on the read replica (ADR 244): a public
 * method of the class (or the method marked) that starts its transaction runs it on a
 * connection of the replica's pool when {@code kyoten.datasource.replica.url} is set,
 * with the hub scope set on it as on every connection (ADR 001). A method called inside a
 * transaction already open keeps that transaction's connection, so a hub's write never
 * splits across two databases. Only for reads whose answer may lag the hub's last write
 * by the replica's delay (national figures, reports); the replica's connections are
 * read-only and refuse any write.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ReadsReplica {

}
