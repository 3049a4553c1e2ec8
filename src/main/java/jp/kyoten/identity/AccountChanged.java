package jp.kyoten.identity;

/**
 * An account of a hub was created, renamed, given another role, disabled or enabled.
 * Published for the register of data handlers (作業従事者名簿), which follows the hub's
 * accounts; it reads the account back through {@link UserAccounts#memberOf}.
 */
public record AccountChanged(long hubId, long userId) {
}
