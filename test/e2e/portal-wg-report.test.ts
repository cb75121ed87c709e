import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRegistry } from '../../app/countries';
import { storePublisher, type WgReport } from '../../activities/publisher';
import { folderStore } from '../../store/object-store';
import type { CycleOutcome } from '../../domain/cycle/report';
import { buildPortal } from '../../portal/server';
import { PdfUnavailable, wgReportPdfPrinter } from '../../portal/routes/wg-reports/wg-report-pdf';
import { exampleRegistry } from '../helpers/fixtures';
import { freePort } from '../helpers/ports';
import { startPortalStack, type PortalStack } from '../helpers/portal';
import { realClockYear as Y } from '../helpers/clock';

// The Working Group's report to the GCM (R18) as a GCM member reads it: a document with the year's figures
// and one section per country, and the same document as a PDF printed by Chromium.

let portal: PortalStack;

beforeAll(async () => {
  portal = await startPortalStack();
  await importRegistry(portal.stack.env.client, exampleRegistry);
});
afterAll(() => portal?.stop());

const outcome = (missed: (keyof CycleOutcome)[] = []): CycleOutcome => {
  const all: CycleOutcome = {
    reportSubmitted: true,
    finalised: true,
    indicatorFrameworkUpdated: true,
    evidenceOfProgress: true,
    evidenceOfCollaboration: true,
  };
  return { ...all, ...Object.fromEntries(missed.map((m) => [m, false])) };
};
const nothing = outcome(['reportSubmitted', 'finalised', 'indicatorFrameworkUpdated', 'evidenceOfProgress', 'evidenceOfCollaboration']);

/**
 * As the annual run of 2027 publishes it: Nigeria sent nothing after an unfinished 2026 and is flagged for the
 * three criteria missed in both years; Peru finalised both years; Nepal reported late after an extension, its
 * first cycle.
 */
const report2027: WgReport = {
  year: Y,
  rows: [
    {
      country: 'NGA',
      name: 'Nigeria',
      stage: 'closed-without-report',
      outcome: nothing,
      evidence: { deadline: `${Y}-04-30T21:59:59.000Z`, extensions: 1, remindersSent: 6, submissions: [], reviews: [] },
      previous: {
        year: Y - 1,
        stage: 'closed-without-finalisation',
        outcome: outcome(['finalised', 'indicatorFrameworkUpdated', 'evidenceOfCollaboration']),
      },
      flagged: true,
      criteria: ['not-finalised', 'indicator-framework-not-updated', 'no-evidence-of-collaboration'],
    },
    {
      country: 'PER',
      name: 'Peru',
      stage: 'finalised',
      outcome: outcome(),
      evidence: {
        deadline: `${Y}-04-30T21:59:59.000Z`,
        extensions: 0,
        remindersSent: 1,
        submissions: [
          { kind: 'report', at: `${Y}-04-20T14:00:00.000Z`, late: false },
          { kind: 'revision', at: `${Y}-06-02T09:30:00.000Z`, late: false },
        ],
        reviews: [
          { round: 1, decision: 'revise', at: `${Y}-05-12T10:00:00.000Z` },
          { round: 2, decision: 'accept', at: `${Y}-06-10T10:00:00.000Z` },
        ],
      },
      previous: { year: Y - 1, stage: 'finalised', outcome: outcome() },
      flagged: false,
      criteria: [],
    },
    {
      country: 'NPL',
      name: 'Nepal',
      stage: 'closed-without-finalisation',
      outcome: outcome(['finalised']),
      evidence: {
        deadline: `${Y}-06-30T21:59:59.000Z`,
        extensions: 1,
        remindersSent: 4,
        submissions: [{ kind: 'report', at: `${Y}-07-03T08:00:00.000Z`, late: true }],
        reviews: [{ round: 1, decision: 'revise', at: `${Y}-07-20T08:00:00.000Z` }],
      },
      flagged: false,
      criteria: [],
    },
  ],
};

const section = (page: Page, heading: string) =>
  page.locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) });
const tableRows = async (page: Page, heading: string) =>
  Promise.all((await section(page, heading).locator('tr').all()).map((r) => r.locator('th, td').allInnerTexts()));
const items = (page: Page, selector: string) => page.locator(selector).allInnerTexts();

it("shows the GCM the year's figures and each country's cycle, and gives the same document as a PDF", { timeout: 120_000 }, async () => {
  const published = portal.settings.stores.published;
  await storePublisher(published).publishWgReport(report2027);

  const helena = await portal.person();
  await portal.signIn(helena, 'helena.sorensen@example.org');
  expect((await helena.goto(`${portal.base}/wg-reports/${Y}`))!.status()).toBe(200);
  await expect(helena.locator('h1').textContent()).resolves.toBe(`Working Group report to the GCM: ${Y} cycle`);
  await expect(items(helena, 'main h2')).resolves.toEqual([`The ${Y} cycle in figures`, 'Nigeria (NGA)', 'Peru (PER)', 'Nepal (NPL)']);

  // The figures first.
  await expect(items(helena, 'section.figures > ul > li')).resolves.toEqual([
    'Countries reporting: 3',
    'Progress reports submitted: 2, of which 1 on time, 1 late',
    'Reports finalised: 1',
    'Indicator frameworks submitted or updated: 2',
    'With evidence of progress: 2',
    'With evidence of collaboration: 2',
    expect.stringMatching(/^Flagged to the GCM: 1, for:/),
  ]);
  await expect(items(helena, 'section.figures li li')).resolves.toEqual([
    '(a) no progress report: 0',
    "(b) no response to the Working Group's comments: 1",
    '(c) indicator framework not submitted or updated: 1',
    '(d) no evidence of progress against the roadmap: 0',
    '(e) no evidence of collaboration towards priorities: 1',
  ]);

  // The flagged country: the flag and its criteria, and both years' facts side by side.
  const nigeria = section(helena, 'Nigeria (NGA)');
  await expect(nigeria.locator('.notice').innerText()).resolves.toBe(
    "Flagged to the GCM, for shortfalls in two consecutive years: (b) no response to the Working Group's comments; (c) indicator framework not submitted or updated; (e) no evidence of collaboration towards priorities. The facts of both years are below.",
  );
  await expect(tableRows(helena, 'Nigeria (NGA)')).resolves.toEqual([
    ['Fact', String(Y - 1), String(Y)],
    ['Stage at the close', 'Closed without a finalised report', 'Closed without a report'],
    ['Report finalised', 'no', 'no'],
    ['(a) Progress report submitted', 'yes', 'no'],
    ["(b) The Working Group's comments answered (flagged)", 'no', 'no'],
    ['(c) Indicator framework submitted or updated (flagged)', 'no', 'no'],
    ['(d) Evidence of progress against the roadmap', 'yes', 'no'],
    ['(e) Evidence of collaboration towards priorities (flagged)', 'no', 'no'],
  ]);
  await expect(items(helena, 'section#NGA > ul > li')).resolves.toEqual([
    `Deadline: April 30, ${Y} (after 1 extension)`,
    'Reminders sent: 6',
    'Submissions: none',
    'Review rounds: none',
  ]);

  // The others: how their cycles went, with dates, late marks and review decisions.
  await expect(section(helena, 'Peru (PER)').locator('p').allInnerTexts()).resolves.toContain('Not flagged.');
  await expect(items(helena, 'section#PER li li')).resolves.toEqual([
    `Report submitted on April 20, ${Y}, on time`,
    `Revision submitted on June 2, ${Y}, on time`,
    `Round 1, May 12, ${Y}: revision requested`,
    `Round 2, June 10, ${Y}: accepted`,
  ]);
  await expect(tableRows(helena, 'Nepal (NPL)').then((rows) => rows[0])).resolves.toEqual(['Fact', String(Y)]); // its first cycle: no year before
  await expect(items(helena, 'section#NPL li li')).resolves.toEqual([
    `Report submitted on July 3, ${Y}, late`,
    `Round 1, July 20, ${Y}: revision requested`,
  ]);
  await portal.shot(helena, 'wg-report');

  // Printed from the browser: no portal header, no download link.
  await helena.emulateMedia({ media: 'print' });
  await expect(helena.locator('header').isVisible()).resolves.toBe(false);
  await expect(helena.getByRole('link', { name: 'Download as PDF' }).isVisible()).resolves.toBe(false);
  await portal.shot(helena, 'wg-report-print');
  await helena.emulateMedia({ media: 'screen' });

  // The PDF link: printed once by Chromium, then served from the copy kept beside the JSON.
  const href = await helena.getByRole('link', { name: 'Download as PDF' }).getAttribute('href');
  const pdfUrl = new URL(href!, helena.url()).href;
  const first = await helena.request.get(pdfUrl);
  expect(first.status()).toBe(200);
  expect(first.headers()['content-type']).toBe('application/pdf');
  const pdf = await first.body();
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
  expect(pdf.length).toBeLessThan(2_000_000);
  const text = await pdfText(pdf);
  for (const words of [
    `Working Group report to the GCM: ${Y}`,
    'Countries reporting: 3',
    'Nigeria (NGA)',
    'Peru (PER)',
    'Nepal (NPL)',
    'Flagged to the GCM',
    `Report submitted on July 3, ${Y}, late`,
  ]) {
    expect(text).toContain(words);
  }
  expect(text).not.toContain('Download as PDF');

  const printedFiles = (await published.list('wg-reports/')).filter((name) => new RegExp(String.raw`^${Y}-[0-9a-f]{16}\.pdf$`).test(name));
  expect(printedFiles).toHaveLength(1);
  const kept = published.locationOf(`wg-reports/${printedFiles[0]}`);
  expect(readFileSync(kept).equals(pdf)).toBe(true);
  const printedAt = statSync(kept).mtimeMs;
  const again = await helena.request.get(pdfUrl);
  expect(again.status()).toBe(200);
  // The same bytes from a file nobody rewrote: no second print (a reprint would replace the file).
  expect((await again.body()).equals(pdf)).toBe(true);
  expect(statSync(kept).mtimeMs).toBe(printedAt);

  // Like the page, the PDF is for the GCM and the secretariat only.
  const visitor = await portal.person();
  expect((await visitor.request.get(pdfUrl, { maxRedirects: 0 })).status()).toBe(302);
  const lucia = await portal.person();
  await portal.signIn(lucia, 'lucia.quispe@example.org');
  expect((await lucia.request.get(pdfUrl)).status()).toBe(403);
});

it('prints a page without running its scripts or loading anything beside it: no file, no network', { timeout: 60_000 }, async () => {
  // A page as an injection into the report would make it, printed by the real Chromium.
  const folder = mkdtempSync(join(tmpdir(), 'pathfinder-pdf-hostile-'));
  const secret = join(folder, 'secret.html');
  writeFileSync(secret, '<p>FILE-ON-THE-PORTAL-DISK</p>');
  const asked: string[] = [];
  const server = createServer((request, response) => {
    asked.push(request.url ?? '');
    response.end('<p>FROM-THE-NETWORK</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const hostile = `<!doctype html><html><head><meta charset="utf-8"></head><body><p>The report</p>
      <script>document.body.append('A-SCRIPT-RAN')</script>
      <iframe src="${pathToFileURL(secret).href}"></iframe>
      <iframe src="http://127.0.0.1:${port}/frame"></iframe><img src="http://127.0.0.1:${port}/image" alt="">
      <link rel="stylesheet" href="http://127.0.0.1:${port}/style"></body></html>`;
    const pdf = await wgReportPdfPrinter().pdf(
      folderStore(folder),
      { key: 'wg-reports/hostile.json', content: Buffer.from('{}') },
      () => hostile,
    );
    const text = await pdfText(pdf);
    expect(text).toContain('The report');
    for (const leak of ['A-SCRIPT-RAN', 'FILE-ON-THE-PORTAL-DISK', 'FROM-THE-NETWORK']) expect(text).not.toContain(leak);
    expect(asked).toEqual([]);
  } finally {
    server.close();
  }
});

it('says plainly when Chromium cannot print, and prints once it can', { timeout: 120_000 }, async () => {
  const published = portal.settings.stores.published;
  await storePublisher(published).publishWgReport({ ...report2027, year: Y - 1, rows: report2027.rows.slice(1, 2) });

  // A second portal on the same data whose Chromium is missing; the session cookie is for the host, so it holds.
  const saved = process.env.CHROMIUM_PATH;
  process.env.CHROMIUM_PATH = join(tmpdir(), 'no-such-chromium');
  const port = await freePort();
  const broken = await buildPortal(portal.stack.env.client, { ...portal.settings, port }).finally(() => {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  });
  try {
    await broken.listen({ host: '127.0.0.1', port });
    const helena = await portal.person();
    await portal.signIn(helena, 'helena.sorensen@example.org');
    expect((await helena.goto(`http://127.0.0.1:${port}/wg-reports/${Y - 1}.pdf`))!.status()).toBe(503);
    const said = await helena.locator('main').innerText();
    expect(said).toContain('The PDF cannot be made just now');
    expect(said).not.toMatch(/no-such-chromium|ENOENT|Error|\.ts:\d+/);
    await portal.shot(helena, 'wg-report-pdf-unavailable');
    expect((await published.list('wg-reports/')).filter((name) => name.startsWith(`${Y - 1}-`))).toEqual([]);

    const printed = await helena.request.get(`${portal.base}/wg-reports/${Y - 1}.pdf`);
    expect(printed.status()).toBe(200);
    expect(await pdfText(await printed.body())).toContain('Peru (PER)');
  } finally {
    await broken.close();
  }
});

describe('the printer on its own, with a stand-in for Chromium', () => {
  const folder = mkdtempSync(join(tmpdir(), 'pathfinder-pdf-test-'));
  /** A "Chromium" that notes each call, takes a moment, and writes what `output` says to the --print-to-pdf file. */
  const standIn = (name: string, output: string, seconds = 0.3) => {
    const path = join(folder, name);
    writeFileSync(
      path,
      `#!/bin/sh\necho call >> '${path}.calls'\nsleep ${seconds}\nfor a in "$@"; do case "$a" in --print-to-pdf=*) printf '${output}' > "\${a#--print-to-pdf=}";; esac; done\n`,
    );
    chmodSync(path, 0o755);
    return {
      path,
      calls: () => (existsSync(`${path}.calls`) ? readFileSync(`${path}.calls`, 'utf8').split('\n').filter(Boolean).length : 0),
    };
  };
  const source = { key: `wg-reports/${Y}.json`, content: Buffer.from('{}') };

  it('prints a year once even when asked twice at once, and again only when the report has changed', async () => {
    const chromium = standIn('chromium', '%%PDF-1.4 stand-in');
    const printer = wgReportPdfPrinter({ chromium: chromium.path });
    const store = folderStore(join(folder, 'once'));
    let rendered = 0;
    const render = () => `<p>${++rendered}</p>`;
    const [first, second] = await Promise.all([printer.pdf(store, source, render), printer.pdf(store, source, render)]);
    expect([first.toString('latin1'), second.toString('latin1')]).toEqual(['%PDF-1.4 stand-in', '%PDF-1.4 stand-in']);
    expect([chromium.calls(), rendered]).toEqual([1, 1]);
    expect(await store.list('wg-reports/')).toEqual([expect.stringMatching(new RegExp(String.raw`^${Y}-[0-9a-f]{16}\.pdf$`))]);
    await printer.pdf(store, source, render);
    expect(chromium.calls()).toBe(1);

    await printer.pdf(store, { ...source, content: Buffer.from('{"republished":true}') }, render);
    expect(chromium.calls()).toBe(2);
    expect(await store.list('wg-reports/')).toHaveLength(2);
  });

  it('fails as unavailable when Chromium is missing, prints no PDF or hangs, and keeps nothing', async () => {
    const store = folderStore(join(folder, 'failing'));
    const missing = wgReportPdfPrinter({ chromium: join(folder, 'missing') });
    await expect(missing.pdf(store, source, () => '')).rejects.toBeInstanceOf(PdfUnavailable);
    const noPdf = wgReportPdfPrinter({ chromium: standIn('blank', 'nothing').path });
    await expect(noPdf.pdf(store, source, () => '')).rejects.toBeInstanceOf(PdfUnavailable);
    const hangs = wgReportPdfPrinter({ chromium: standIn('slow', '%%PDF-', 5).path, timeoutMs: 300 });
    await expect(hangs.pdf(store, source, () => '')).rejects.toBeInstanceOf(PdfUnavailable);
    expect(await store.list('wg-reports/')).toEqual([]);
  });
});

/** The text of a PDF, read with pdf.js (unpdf). */
async function pdfText(pdf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text.normalize('NFKC'); // NFKC: the "fi" ligature reads as "fi"
}
