import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

// axe-core in the real browser: the page as its reader has it, checked against the WCAG 2.2 A and AA rules.
// Evaluated through the browser's debugging protocol, so the portal's content policy stays as it is.

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

interface Axe {
  run: (context: unknown, options: object) => Promise<{ violations: Violation[] }>;
}

/** Fails, naming each rule and where it is broken, if the page has any WCAG 2.2 A/AA violation. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const { axe, document } = globalThis as unknown as { axe: Axe; document: unknown };
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return violations.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.map(({ target }) => ({ target })) }));
  }, wcagAA);
  const found = violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  if (found.length) throw new Error(`${name} breaks WCAG 2.2 A/AA:\n${found.join('\n')}`);
}
