// Lists typed into a textarea, one item a line: how every portal form takes a list.

export const lines = (text = '') =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** People typed one a line as `name: e-mail`; the workflow checks the names and addresses. */
export const namedAddresses = (text = '') =>
  lines(text).map((l) => ({ name: l.slice(0, l.lastIndexOf(':')).trim(), email: l.slice(l.lastIndexOf(':') + 1).trim() }));
