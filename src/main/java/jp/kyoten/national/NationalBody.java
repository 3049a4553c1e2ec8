package jp.kyoten.national;

import java.util.List;

/**
 * A body above the hubs: its kind, the kind of hub it oversees (null = every kind) and
 * the prefectures (empty = the whole country).
 */
public record NationalBody(long id, String code, String name, String kind, String hubKind, List<String> prefectures) {
}
