package jp.kyoten.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kyoten.identity.AccountChanged;
import jp.kyoten.platform.tenancy.HubScope;

/**
 * The register follows the hub's accounts once their change is committed. It works in a
 * transaction of its own with the account's hub in scope (row-level security reads the
 * hub when the connection is borrowed; an admin or the start-up seeding changed the
 * account with no hub in scope). A failure here leaves the account changed: the register
 * page follows every account again when it is opened.
 */
@Component
class RegisterFollowsAccounts {

	private static final Logger log = LoggerFactory.getLogger(RegisterFollowsAccounts.class);

	private final KeepRegister register;

	private final TransactionTemplate tx;

	RegisterFollowsAccounts(KeepRegister register, PlatformTransactionManager transactions) {
		this.register = register;
		this.tx = new TransactionTemplate(transactions);
		this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(AccountChanged event) {
		try {
			HubScope.runAs(event.hubId(), () -> tx.executeWithoutResult(s -> register.follow(event.userId())));
		}
		catch (RuntimeException ex) {
			log.warn("Register of hub {} did not follow account {}: {}", event.hubId(), event.userId(), ex.toString());
		}
	}

}
