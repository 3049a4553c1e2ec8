package jp.kyoten.platform.demo;

/**
 * A login a demo seed created, printed on the console with the demo password on every
 * start in demo mode.
 *
 * @param email what to sign in with
 * @param who the role and what it acts for ("AGENCY_USER, 株式会社ひのくに人材")
 */
public record DemoLogin(String email, String who) {
}
