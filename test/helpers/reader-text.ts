import type { Page } from 'playwright-core';

// Everything of a page its reader meets, for the checks of translation.ts: what a screen shows (with every
// <details> opened), the title, every option of a list, and the words of attributes that screen readers
// say or phones show (aria-label, title, placeholder, alt, the table cells' data-label).

interface Element {
  getAttribute(name: string): string | null;
  textContent: string | null;
  open?: boolean;
}
interface Document {
  title: string;
  body: { innerText: string };
  querySelectorAll(selector: string): Iterable<Element>;
}

export function readerText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as { document: Document }).document;
    for (const details of doc.querySelectorAll('details')) details.open = true;
    const named = ['aria-label', 'title', 'placeholder', 'alt', 'data-label'];
    const attributes = [...doc.querySelectorAll(named.map((a) => `[${a}]`).join(','))].flatMap((e) =>
      named.map((a) => e.getAttribute(a) ?? ''),
    );
    const options = [...doc.querySelectorAll('option')].map((o) => o.textContent ?? '');
    return [doc.title, doc.body.innerText, ...options, ...attributes].filter(Boolean).join('\n');
  });
}
