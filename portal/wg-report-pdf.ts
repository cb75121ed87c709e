import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

// The Working Group's report as a PDF, printed by the system Chromium from the page's HTML. A published
// report does not change, so each is printed once and kept next to its JSON; concurrent first requests
// share one print.

const run = promisify(execFile);

/** Chromium is missing, failed or took too long: the caller answers 503, the detail goes to the log. */
export class PdfUnavailable extends Error {}

export interface PdfPrinterOptions {
  chromium?: string;
  timeoutMs?: number;
}

export function wgReportPdfPrinter({ chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', timeoutMs = 60_000 }: PdfPrinterOptions = {}) {
  const printing = new Map<string, Promise<void>>();

  async function print(document: string, pdfPath: string): Promise<void> {
    const work = await mkdtemp(join(tmpdir(), 'pathfinder-pdf-'));
    try {
      const [source, printed] = [join(work, 'report.html'), join(work, 'report.pdf')];
      await writeFile(source, document);
      // A profile of its own: two prints at once must not hand over to each other's browser process.
      const args = ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${join(work, 'profile')}`, `--print-to-pdf=${printed}`, '--no-pdf-header-footer', pathToFileURL(source).href];
      await run(chromium, args, { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 4 * 1024 * 1024 }).catch((error: Error & { killed?: boolean }) => {
        // The first line says what failed; the rest is Chromium's own chatter on stderr.
        const reason = error.killed ? `no PDF within ${timeoutMs} ms` : error.message.split('\n')[0];
        throw new PdfUnavailable(`Chromium (${chromium}) could not print the report: ${reason}`);
      });
      const head = await readFile(printed).then((b) => b.subarray(0, 5).toString('latin1'), () => '');
      if (head !== '%PDF-') throw new PdfUnavailable(`Chromium (${chromium}) printed no PDF`);
      // Copied beside the target then renamed, so a reader never meets half a file.
      const partial = `${pdfPath}.${process.pid}.partial`;
      await copyFile(printed, partial);
      await rename(partial, pdfPath);
    } finally {
      // A leftover temporary folder is harmless; failing a print that succeeded is not.
      await rm(work, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
    }
  }

  return {
    /**
     * The path of the PDF of the document at `sourcePath`, printed from `render()` unless a copy at least
     * as new as the source is kept at `pdfPath` already.
     */
    async pdf(sourcePath: string, pdfPath: string, render: () => string): Promise<string> {
      const [source, kept] = await Promise.all([stat(sourcePath), stat(pdfPath).catch(() => undefined)]);
      if (kept && kept.size > 0 && kept.mtimeMs >= source.mtimeMs) return pdfPath;
      let job = printing.get(pdfPath);
      if (!job) {
        job = print(render(), pdfPath).finally(() => printing.delete(pdfPath));
        printing.set(pdfPath, job);
      }
      await job;
      return pdfPath;
    },
  };
}
