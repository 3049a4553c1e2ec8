package jp.kyoten.national;

import jp.kyoten.hub.Prefectures;

/** A hub as a body above it sees it: its name, kind and prefecture. */
public record OverseenHub(long id, String name, String kind, String prefectureCode) {

	public String prefectureName() {
		return Prefectures.name(prefectureCode);
	}

	public Block block() {
		return Block.of(prefectureCode);
	}

}
