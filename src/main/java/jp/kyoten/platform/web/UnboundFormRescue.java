package jp.kyoten.platform.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Forms bind to records, and a record is built only when every field converts: with "abc" in a number field or
 * "2026-13-45" in a date, Spring leaves the form object null and keeps the errors, and the page that shows the form
 * again with its messages then failed with a 500 on the first {@code *{field}}. Before such a page is rendered this
 * rebuilds the form from the values that did convert (those that did not stay empty, their error and the typed text
 * kept), in one place for every form.
 */
class UnboundFormRescue implements HandlerInterceptor {

	private final Supplier<ConversionService> conversionService;

	private ConversionService conversions;

	/** Looked up on first use: the MVC conversion service is built after the interceptors are registered. */
	UnboundFormRescue(Supplier<ConversionService> conversionService) {
		this.conversionService = conversionService;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView mav) {
		if (mav == null || !(handler instanceof HandlerMethod method) || mav.getViewName() == null
				|| mav.getViewName().startsWith("redirect:")) {
			return;
		}
		Map<String, Object> model = mav.getModel();
		if (conversions == null) {
			conversions = conversionService.get();
		}
		for (MethodParameter parameter : method.getMethodParameters()) {
			if (!parameter.getParameterType().isRecord()) {
				continue;
			}
			String name = ModelFactory.getNameForParameter(parameter);
			if (model.get(BindingResult.MODEL_KEY_PREFIX + name) instanceof BindingResult unbound
					&& unbound.getTarget() == null && model.get(name) == null) {
				Object form = rebuilt(parameter.getParameterType(), unbound, "");
				if (form != null) {
					model.put(name, form);
					model.put(BindingResult.MODEL_KEY_PREFIX + name, rebound(form, name, unbound));
				}
			}
		}
	}

	private Object rebuilt(Class<?> type, BindingResult unbound, String prefix) {
		RecordComponent[] components = type.getRecordComponents();
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
		}
		try {
			Constructor<?> constructor = type.getDeclaredConstructor(types);
			constructor.setAccessible(true);
			Object[] args = new Object[components.length];
			for (int i = 0; i < components.length; i++) {
				String path = prefix + components[i].getName();
				Class<?> componentType = components[i].getType();
				args[i] = componentType.isRecord() ? rebuilt(componentType, unbound, path + ".")
						: value(unbound, path, new TypeDescriptor(MethodParameter.forExecutable(constructor, i)));
			}
			return constructor.newInstance(args);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

	private Object value(BindingResult unbound, String path, TypeDescriptor target) {
		Object raw = unbound.hasFieldErrors(path) ? null : unbound.getRawFieldValue(path);
		Object value = null;
		if (raw != null) {
			try {
				value = conversions.convert(raw, TypeDescriptor.forObject(raw), target);
			}
			catch (RuntimeException ex) {
				value = null;
			}
		}
		if (value == null && target.getType().isPrimitive()) {
			value = target.getType() == boolean.class ? Boolean.FALSE
					: conversions.convert(0, target.getType());
		}
		return value;
	}

	/** The errors on the rebuilt form; a typed value that cannot be shown in its field (a checkbox) is dropped. */
	private BindingResult rebound(Object form, String name, BindingResult unbound) {
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, name);
		result.initConversion(conversions);
		for (ObjectError error : unbound.getAllErrors()) {
			if (error instanceof FieldError field) {
				Class<?> type = result.getFieldType(field.getField());
				boolean shown = type == null || !(type == boolean.class || type == Boolean.class);
				result.addError(new FieldError(name, field.getField(), shown ? field.getRejectedValue() : null,
						field.isBindingFailure(), field.getCodes(), field.getArguments(), field.getDefaultMessage()));
			}
			else {
				result.addError(error);
			}
		}
		return result;
	}

}
