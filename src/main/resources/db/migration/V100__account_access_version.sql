-- Sessions follow access: every change that takes access away (disabled, new role, new password) counts up the
-- account's access version. A session remembers the version it signed in with; a request whose session is older
-- than the account is signed out, even if the session row survived the clean-up (another node, a race).
ALTER TABLE user_account ADD COLUMN access_version integer NOT NULL DEFAULT 0;
