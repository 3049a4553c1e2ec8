package jp.kyoten.identity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.ParserContext;
import org.springframework.security.access.expression.SecurityExpressionHandler;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.FilterInvocation;

/**
 * {@code sec:authorize} in a template parses its expression anew each time it is
 * rendered, and the layout's menu has two dozen of them on every page. The expressions
 * are the templates' own literals, so each is parsed once and kept (evaluating a parsed
 * SpEL expression is thread-safe); everything else stays Spring Security's default.
 */
@Configuration(proxyBeanMethods = false)
class TemplateSecurityExpressions {

	@Bean
	WebSecurityCustomizer parsedOnceTemplateExpressions() {
		return web -> web.expressionHandler(new ParsedOnce(web.getExpressionHandler()));
	}

	private static final class ParsedOnce implements SecurityExpressionHandler<FilterInvocation> {

		private final SecurityExpressionHandler<FilterInvocation> handler;

		private final ExpressionParser parser;

		ParsedOnce(SecurityExpressionHandler<FilterInvocation> handler) {
			this.handler = handler;
			this.parser = new CachingParser(handler.getExpressionParser());
		}

		@Override
		public ExpressionParser getExpressionParser() {
			return parser;
		}

		@Override
		public EvaluationContext createEvaluationContext(Authentication authentication, FilterInvocation invocation) {
			return handler.createEvaluationContext(authentication, invocation);
		}

		@Override
		public EvaluationContext createEvaluationContext(Supplier<? extends Authentication> authentication,
				FilterInvocation invocation) {
			return handler.createEvaluationContext(authentication, invocation);
		}

	}

	private static final class CachingParser implements ExpressionParser {

		private final ExpressionParser parser;

		private final Map<String, Expression> parsed = new ConcurrentHashMap<>();

		CachingParser(ExpressionParser parser) {
			this.parser = parser;
		}

		@Override
		public Expression parseExpression(String expression) {
			return parsed.computeIfAbsent(expression, parser::parseExpression);
		}

		@Override
		public Expression parseExpression(String expression, ParserContext context) {
			return parser.parseExpression(expression, context);
		}

	}

}
