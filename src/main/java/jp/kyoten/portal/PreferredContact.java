package jp.kyoten.portal;

/** How the sender would like to be contacted. */
enum PreferredContact {

	EMAIL, PHONE, EITHER

}
