-- TOTP secrets are kept sealed (AES-256-GCM, portal.TotpSecrets): "aesgcm:<key>:" and the base64 of
-- nonce, ciphertext and tag, longer than the base32 secret. Rows kept in clear before are sealed at
-- the portal's next start (AccountService.sealStoredSecrets).
ALTER TABLE portail_compte ALTER COLUMN secret_totp SET DATA TYPE VARCHAR(200);
