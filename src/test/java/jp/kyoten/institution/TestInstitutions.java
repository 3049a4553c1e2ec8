package jp.kyoten.institution;

import org.springframework.context.ApplicationContext;

/**
 * Registers support institutions for tests of other modules, through the registry's own
 * use case (package-private: it is no API of the module).
 */
public final class TestInstitutions {

	private TestInstitutions() {
	}

	/** An institution of the hub in scope with only a name and a kind; answers its id. */
	public static long register(ApplicationContext ctx, String name, InstitutionKind kind) {
		return ctx.getBean(RegisterInstitution.class)
			.register(new InstitutionDetails(name, null, kind, null, null, null, null, null, null));
	}

}
