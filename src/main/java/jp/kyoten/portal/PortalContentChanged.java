package jp.kyoten.portal;

/**
 * Something the public sees on a hub's site changed; the page cache of that hub is
 * dropped.
 */
record PortalContentChanged(long hubId) {
}
