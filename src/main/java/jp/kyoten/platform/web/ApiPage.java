package jp.kyoten.platform.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a JSON API list: {@code {content, page, size, totalElements}}, the shape
 * every {@code /api/v1} list answers with. Pages count from 0.
 */
public record ApiPage<T>(List<T> content, int page, int size, long totalElements) {

	/** Largest page an API caller may ask for. */
	public static final int MAX_SIZE = 200;

	public static <T> ApiPage<T> of(Page<T> page) {
		return new ApiPage<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
	}

	public static <S, T> ApiPage<T> of(Page<S> page, Function<S, T> mapper) {
		return of(page.map(mapper));
	}

	/** Keeps a requested page number at 0 or more. */
	public static int page(int requested) {
		return Math.max(requested, 0);
	}

	/** Keeps a requested page size between 1 and {@link #MAX_SIZE}. */
	public static int size(int requested) {
		return Math.clamp(requested, 1, MAX_SIZE);
	}

}
