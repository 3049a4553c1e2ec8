package jp.kyoten.platform;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Turns session attributes to and from their stored bytes as Spring Session does (Java
 * serialization), except that the signed-in user's {@link Authentication} is deserialized
 * once per node rather than on every request: each page read its session's security
 * context afresh from its bytes, an eighth of a signed-in page's CPU (issue 22).
 * <p>
 * Bytes seen before give a new {@link SecurityContextImpl} around the
 * {@code Authentication} they gave the first time. The context is new each time, so a
 * request that changes its own context (signing out clears it) changes nothing another
 * request holds; the authentication is shared, as in any in-memory session, and nothing
 * changes it once signed in. The bytes are the key: a changed context (the second factor,
 * a new sign-in) is stored as new bytes and read afresh, on every node. Whether the
 * account still holds is checked on every request apart from this
 * ({@code identity.SessionAccessFilter}). At most {@link #MAX} authentications are kept;
 * beyond that the memory starts again.
 */
final class SignedInAuthentications implements ConversionService {

	static final int MAX = 4096;

	private static final TypeDescriptor BYTES = TypeDescriptor.valueOf(byte[].class);

	private final GenericConversionService serialization = new GenericConversionService();

	private final Map<Bytes, Authentication> known = new ConcurrentHashMap<>();

	SignedInAuthentications(ClassLoader classLoader) {
		serialization.addConverter(Object.class, byte[].class, new SerializingConverter());
		serialization.addConverter(byte[].class, Object.class, new DeserializingConverter(classLoader));
	}

	@Override
	public boolean canConvert(Class<?> sourceType, Class<?> targetType) {
		return serialization.canConvert(sourceType, targetType);
	}

	@Override
	public boolean canConvert(TypeDescriptor sourceType, TypeDescriptor targetType) {
		return serialization.canConvert(sourceType, targetType);
	}

	@Override
	public <T> T convert(Object source, Class<T> targetType) {
		return targetType.cast(convert(source, TypeDescriptor.forObject(source), TypeDescriptor.valueOf(targetType)));
	}

	@Override
	public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
		if (!(source instanceof byte[] bytes) || !BYTES.equals(sourceType)) {
			return serialization.convert(source, sourceType, targetType);
		}
		Bytes key = new Bytes(bytes);
		Authentication authentication = known.get(key);
		if (authentication != null) {
			return new SecurityContextImpl(authentication);
		}
		Object value = serialization.convert(source, sourceType, targetType);
		if (value != null && value.getClass() == SecurityContextImpl.class
				&& ((SecurityContextImpl) value).getAuthentication() != null) {
			if (known.size() >= MAX) {
				known.clear();
			}
			known.put(key, ((SecurityContextImpl) value).getAuthentication());
		}
		return value;
	}

	/** How many authentications are kept (tests). */
	int keptAuthentications() {
		return known.size();
	}

	/** Stored bytes as a key: by content. */
	private record Bytes(byte[] value, int hash) {

		Bytes(byte[] value) {
			this(value, Arrays.hashCode(value));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Bytes b && b.hash == hash && Arrays.equals(b.value, value);
		}

		@Override
		public int hashCode() {
			return hash;
		}

	}

}
