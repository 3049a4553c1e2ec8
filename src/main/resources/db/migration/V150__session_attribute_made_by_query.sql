-- The session's read answers the account's current access version as an attribute of this name (identity's
-- AccessVersionInSessionRead); a stored row of that name would stand beside it and could hide a newer version.
ALTER TABLE spring_session_attributes
    ADD CONSTRAINT spring_session_attributes_not_access_version
    CHECK (attribute_name <> 'jp.kyoten.identity.ACCOUNT_ACCESS_VERSION');
