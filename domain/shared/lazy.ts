/**
 * Builds a value on first use and keeps it. The worker shares the domain modules between workflow runs
 * and freezes what they export (worker/bundler-options.ts), but zod writes into a schema when it first
 * uses it: so a module exports its schemas' builders, never the schemas.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
