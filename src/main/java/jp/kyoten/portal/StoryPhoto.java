package jp.kyoten.portal;

/** A photo of a success story (the bytes are read only when it is served). */
record StoryPhoto(long id, String contentType, int byteSize, String altText) {
}
