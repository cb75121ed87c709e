/**
 * Builds a value on first use. Workflow code is evaluated once per workflow run, so a schema built at
 * module load costs memory in every cached run, even the many that never validate anything.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
