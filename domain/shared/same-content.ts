// Whether two JSON values hold the same content, whatever the order of their keys: a message checked
// against its source's own copy has been through another serialisation on its way.

const sortedKeys = (_key: string, value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : value;

/** JSON with every object's keys in order: the same content gives the same text. */
export const canonicalJson = (value: unknown): string => JSON.stringify(value, sortedKeys);

export const sameContent = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);
