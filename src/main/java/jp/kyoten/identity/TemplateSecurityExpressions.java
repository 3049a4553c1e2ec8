package jp.kyoten.identity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.ParserContext;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.access.expression.DefaultWebSecurityExpressionHandler;

/**
 * {@code sec:authorize} in a template parses its expression anew each time it is rendered, and the layout's menu
 * has two dozen of them on every page. The expressions are the templates' own literals, so each is parsed once
 * and kept; evaluating a parsed SpEL expression is thread-safe.
 */
@Configuration(proxyBeanMethods = false)
class TemplateSecurityExpressions {

	@Bean
	WebSecurityCustomizer parsedOnceTemplateExpressions(ApplicationContext context) {
		DefaultWebSecurityExpressionHandler handler = new DefaultWebSecurityExpressionHandler();
		handler.setApplicationContext(context);
		handler.setExpressionParser(new ParsedOnce(new SpelExpressionParser()));
		return web -> web.expressionHandler(handler);
	}

	private static final class ParsedOnce implements ExpressionParser {

		private final ExpressionParser parser;

		private final Map<String, Expression> parsed = new ConcurrentHashMap<>();

		ParsedOnce(ExpressionParser parser) {
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
