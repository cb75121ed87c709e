import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectAccessible } from './axe';

// The accessibility check every portal screenshot runs: it must see what a reader with a screen reader
// or a keyboard would miss, in a page that forbids inline scripts as the portal's does.

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
});
afterAll(() => browser?.close());

const page = async (body: string) => {
  const p = await browser.newPage();
  const policy = `<meta http-equiv="Content-Security-Policy" content="script-src 'none'">`;
  await p.setContent(`<!doctype html><html lang="en"><head>${policy}<title>Report</title></head><body><main>${body}</main></body></html>`);
  return p;
};

it('fails on a field nobody can name and an image without a text, and passes a page that has both', async () => {
  await expect(expectAccessible(await page('<h1>Report</h1><input type="text"><img src="x.png">'), 'bad page')).rejects.toThrow(
    'bad page breaks WCAG 2.2 A/AA:\nimage-alt (Images must have alternative text): img\nlabel (Form elements must have labels): input',
  );
  await expectAccessible(
    await page('<h1>Report</h1><label>Progress <input type="text"></label><img src="x.png" alt="Chart">'),
    'good page',
  );
});
