package jp.kyoten.platform.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Forms bind to records, and a record is built only when every field converts: with "abc"
 * in a number field or "2026-13-45" in a date, Spring leaves the binding result without
 * its form, and the first field message the controller adds, or the first
 * {@code *{field}} of the page that shows the form again, failed with a 500. Wrapped
 * around Spring's model-attribute resolver, this rebuilds such a form from the values
 * that did convert (those that did not stay empty, their error and the typed text kept)
 * before the controller sees it — one place for every form.
 */
class UnboundFormRescue implements HandlerMethodArgumentResolver {

	private final HandlerMethodArgumentResolver delegate;

	private final Supplier<ConversionService> conversionService;

	private ConversionService conversions;

	/**
	 * The conversion service is looked up on first use: it is built after the resolvers.
	 */
	UnboundFormRescue(HandlerMethodArgumentResolver delegate, Supplier<ConversionService> conversionService) {
		this.delegate = delegate;
		this.conversionService = conversionService;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return delegate.supportsParameter(parameter);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) throws Exception {
		Object argument = delegate.resolveArgument(parameter, container, request, binders);
		if (container == null || !parameter.getParameterType().isRecord()) {
			return argument;
		}
		String name = ModelFactory.getNameForParameter(parameter);
		Map<String, Object> model = container.getModel();
		if (model.get(BindingResult.MODEL_KEY_PREFIX + name) instanceof BindingResult unbound
				&& unbound.getTarget() == null) {
			if (conversions == null) {
				conversions = conversionService.get();
			}
			Object form = rebuilt(parameter.getParameterType(), unbound, "");
			if (form != null) {
				// the binding result stays the model's last entry: the controller's
				// BindingResult argument is read there
				model.remove(BindingResult.MODEL_KEY_PREFIX + name);
				model.put(name, form);
				model.put(BindingResult.MODEL_KEY_PREFIX + name, rebound(form, name, unbound));
				return form;
			}
		}
		return argument;
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
		Object value = null;
		try {
			// without a form the binding result still knows each value as it was sent
			Object raw = unbound.hasFieldErrors(path) ? null : unbound.getFieldValue(path);
			if (raw != null) {
				value = conversions.convert(raw, TypeDescriptor.forObject(raw), target);
			}
		}
		catch (RuntimeException ex) {
			value = null;
		}
		if (value == null && target.getType().isPrimitive()) {
			value = target.getType() == boolean.class ? Boolean.FALSE : conversions.convert(0, target.getType());
		}
		return value;
	}

	/**
	 * The errors on the rebuilt form; a typed value that cannot be shown in its field (a
	 * checkbox) is dropped.
	 */
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
