import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { ObjectStore } from '../../../store/object-store';

// The Working Group's report as a PDF, printed by the system Chromium from the page's HTML. Each version
// of a report is printed once and kept next to its JSON, named by the JSON's hash (so a republished
// report is printed again); concurrent first requests share one print.

const run = promisify(execFile);

/**
 * The printed page shows what it carries and nothing else: its own styles and inline images, no script, no
 * file beside it, no network. The policy is the page's first element (Chromium's own switch for scripts
 * stops it printing at all); Chromium also sends every request, loopback included, to a proxy that is not there.
 */
const pagePolicy = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;
const confined = (document: string) =>
  /<head>/i.test(document) ? document.replace(/<head>/i, `<head>${pagePolicy}`) : pagePolicy + document;
const lockedDown = ['--proxy-server=127.0.0.1:9', '--proxy-bypass-list=<-loopback>', '--disable-background-networking'];

/** Chromium is missing, failed or took too long: the caller answers 503, the detail goes to the log. */
export class PdfUnavailable extends Error {}

export interface PdfPrinterOptions {
  chromium?: string;
  timeoutMs?: number;
}

export function wgReportPdfPrinter({
  chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  timeoutMs = 60_000,
}: PdfPrinterOptions = {}) {
  const printing = new Map<string, Promise<Buffer>>();

  async function print(document: string): Promise<Buffer> {
    const work = await mkdtemp(join(tmpdir(), 'pathfinder-pdf-'));
    try {
      const [source, printed] = [join(work, 'report.html'), join(work, 'report.pdf')];
      await writeFile(source, confined(document));
      // A profile of its own: two prints at once must not hand over to each other's browser process.
      const args = [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        ...lockedDown,
        `--user-data-dir=${join(work, 'profile')}`,
        `--print-to-pdf=${printed}`,
        '--no-pdf-header-footer',
        pathToFileURL(source).href,
      ];
      await run(chromium, args, { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 4 * 1024 * 1024 }).catch(
        (error: Error & { killed?: boolean }) => {
          // The first line says what failed; the rest is Chromium's own chatter on stderr.
          const reason = error.killed ? `no PDF within ${timeoutMs} ms` : error.message.split('\n')[0];
          throw new PdfUnavailable(`Chromium (${chromium}) could not print the report: ${reason}`);
        },
      );
      const pdf = await readFile(printed).catch(() => Buffer.alloc(0));
      if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new PdfUnavailable(`Chromium (${chromium}) printed no PDF`);
      return pdf;
    } finally {
      // A leftover temporary folder is harmless; failing a print that succeeded is not.
      await rm(work, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
    }
  }

  return {
    /** The PDF of the JSON document at `source.key` in `store`, printed from `render()` unless this version was printed before. */
    async pdf(store: ObjectStore, source: { key: string; content: Buffer }, render: () => string | Promise<string>): Promise<Buffer> {
      const key = `${source.key.replace(/\.json$/, '')}-${createHash('sha256').update(source.content).digest('hex').slice(0, 16)}.pdf`;
      const kept = await store.get(key);
      if (kept?.length) return kept;
      let job = printing.get(key);
      if (!job) {
        job = Promise.resolve(render())
          .then(print)
          .then(async (pdf) => {
            await store.put(key, pdf, 'application/pdf');
            return pdf;
          })
          .finally(() => printing.delete(key));
        printing.set(key, job);
      }
      return job;
    },
  };
}
