-- API clients' principals are cached per process (src/modules/accounts/principal-cache.ts). Every
-- change of what a principal is made of notifies all processes, whoever made it (the app, an
-- operator's psql), once per statement; the caches then forget everything.
CREATE FUNCTION portico_principals_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('portico_principals', '');
  RETURN NULL;
END;
$$;

-- last_used_at changes on use and is not part of what a key allows.
CREATE TRIGGER api_keys_principals_changed AFTER UPDATE OF key_hash, user_id, role, revoked_at OR DELETE OR TRUNCATE ON api_keys
  FOR EACH STATEMENT EXECUTE FUNCTION portico_principals_changed();
CREATE TRIGGER users_principals_changed AFTER UPDATE OR DELETE OR TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION portico_principals_changed();
CREATE TRIGGER companies_principals_changed AFTER UPDATE OR DELETE OR TRUNCATE ON companies
  FOR EACH STATEMENT EXECUTE FUNCTION portico_principals_changed();
