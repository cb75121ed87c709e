import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readHistoryDocuments, storeHistoryDocuments, type HistoryDocuments } from '../../app/history-documents';
import { historyFromCsv } from '../../app/history';
import { storeDocuments } from '../../portal/documents';
import { folderStore } from '../../store/object-store';
import { examplePdf } from '../helpers/fixtures';

// The documents a history file's rows name: read from beside the file, held to the portal's rules for a
// report's documents, and kept in the document store only once every one of them passes.

function folderWith(files: Record<string, Buffer>) {
  const folder = mkdtempSync(join(tmpdir(), 'pathfinder-history-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  const storeDir = mkdtempSync(join(tmpdir(), 'pathfinder-documents-'));
  const documents: HistoryDocuments = { folder, store: storeDocuments(folderStore(storeDir)), maxBytes: 1024 * 1024 };
  return { documents, storeDir };
}

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

it("turns each row's paths into references, and stores the files only when asked", async () => {
  const pdf = examplePdf(100);
  const { documents, storeDir } = folderWith({ 'reports/NGA.pdf': pdf });
  const rows = [
    { country: 'NGA', year: 2025, documents: ['reports/NGA.pdf'] },
    { country: 'PER', year: 2025 },
  ];

  const read = readHistoryDocuments(rows, documents);
  const ref = { name: 'NGA.pdf', type: 'application/pdf', size: pdf.length, sha256: sha256(pdf) };
  expect(read).toMatchObject({
    problems: [],
    rows: [
      { country: 'NGA', year: 2025, documents: [ref] },
      { country: 'PER', year: 2025 },
    ],
  });
  expect(readdirSync(storeDir)).toEqual([]);

  await storeHistoryDocuments(read.files, documents.store);
  expect(await documents.store.get(ref.sha256)).toEqual(pdf);
});

it('names the row and the field of a missing, too large, mistyped or disguised file, and of too many', () => {
  const { documents } = folderWith({
    'big.pdf': examplePdf(1024 * 1024),
    'letter.txt': Buffer.from('Dear'),
    'fake.pdf': Buffer.from('PK\u0003\u0004'),
  });
  const rows = [
    { country: 'PER', year: 2025 },
    { country: 'NGA', year: 2025, documents: ['missing.pdf', 'big.pdf', 'letter.txt', 'fake.pdf'] },
    { country: 'NGA', year: 2026, documents: Array<string>(21).fill('big.pdf') },
    { country: 'NGA', year: 2024, documents: 'big.pdf' },
  ];
  const read = readHistoryDocuments(rows, documents);
  expect(read.problems).toEqual([
    'cycles.1.documents.0: cannot read missing.pdf',
    'cycles.1.documents.1: big.pdf is larger than 1 MB',
    'cycles.1.documents.2: letter.txt is not a PDF, DOCX, XLSX or ODT file',
    'cycles.1.documents.3: fake.pdf is not the PDF file its name says',
    'cycles.2.documents: at most 20 documents',
    'cycles.3.documents: must be a list of file paths',
  ]);
  // The rows go on to their records' checks without the documents, so that every mistake is named at once.
  expect(read.rows.map((r) => 'documents' in r)).toEqual([false, false, false, false]);
  expect(read.files).toEqual([]);
});

it('reads documents from CSV as paths separated by ";"', () => {
  const csv = 'country,year,reportSubmitted,documents\nPER,2025,yes,a.pdf; reports/b.docx\nNGA,2025,no,\n';
  expect(historyFromCsv(csv).cycles).toEqual([
    { country: 'PER', year: 2025, reportSubmitted: true, documents: ['a.pdf', 'reports/b.docx'] },
    { country: 'NGA', year: 2025, reportSubmitted: false },
  ]);
});
