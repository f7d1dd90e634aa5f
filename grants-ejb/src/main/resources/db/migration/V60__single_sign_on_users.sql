-- Users who log in through the organisation's identity provider (OpenID Connect): the provider
-- (issuer) and the provider's own id of the user (subject), unique together. They have no local
-- password; every local user has one.
ALTER TABLE app_user ADD COLUMN sso_issuer varchar(255);
ALTER TABLE app_user ADD COLUMN sso_subject varchar(255);
ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE app_user ADD CONSTRAINT app_user_sso_identity UNIQUE (sso_issuer, sso_subject);
ALTER TABLE app_user ADD CONSTRAINT app_user_password_or_sso
    CHECK ((sso_subject IS NULL) = (password_hash IS NOT NULL)
           AND (sso_subject IS NULL) = (sso_issuer IS NULL));
