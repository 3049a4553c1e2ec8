package jp.kyoten.platform.time;

import java.time.temporal.TemporalAccessor;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #hubtime} in templates: {@code ${#hubtime.dateTime(t.createdAt)}} prints Tokyo's
 * time whatever the server's zone, unlike {@code #temporals.format} of an instant, which
 * prints the server's.
 */
@Component
class HubTimeDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "hubtime";

	private static final Format FORMAT = new Format();

	HubTimeDialect() {
		super("Kyoten hub time");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName) ? FORMAT : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

	/**
	 * What {@code #hubtime} offers: {@link HubTime}'s formats, as instance methods for
	 * SpEL.
	 */
	public static final class Format {

		public String dateTime(TemporalAccessor value) {
			return HubTime.dateTime(value);
		}

		public String dateTimeSeconds(TemporalAccessor value) {
			return HubTime.dateTimeSeconds(value);
		}

		public String date(TemporalAccessor value) {
			return HubTime.date(value);
		}

		public String format(TemporalAccessor value, String pattern) {
			return HubTime.format(value, pattern);
		}

	}

}
