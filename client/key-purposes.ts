// Each secret serves one purpose, so that whoever holds one (a worker's environment, a codec token's
// owner) can do that one thing. Production refuses to start when two purposes share a secret.

/** The secrets of a setting, in either format of the project: `id:secret` entries or bare values, comma-separated. */
const secretsOf = (setting = '') =>
  setting
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => (entry.includes(':') ? entry.slice(entry.indexOf(':') + 1) : entry));

/** Throws, in production, when a secret appears in two of these settings; and wherever the retired PORTAL_SECRET is still set. */
export function checkKeyPurposes(env: NodeJS.ProcessEnv, variables: string[]): void {
  if (env.PORTAL_SECRET)
    throw new Error(
      'PORTAL_SECRET is no longer read: set ACTION_LINK_KEYS (workers and portal) and SIGN_IN_KEYS (portal), each with keys of its own',
    );
  if (env.NODE_ENV !== 'production') return;
  const owner = new Map<string, string>();
  for (const variable of variables) {
    for (const secret of secretsOf(env[variable])) {
      const other = owner.get(secret);
      if (other && other !== variable)
        throw new Error(`${other} and ${variable} share a key: in production each purpose needs keys of its own`);
      owner.set(secret, variable);
    }
  }
}
