import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { attachmentProblem, attachmentTypes, type DocumentRef, type DocumentStore } from '../portal/documents';

// The documents a history file's rows name (`"documents": ["reports/NGA-2025.pdf"]`), read from beside the
// file and held to what the portal takes with a report: its types, its size limit and 20 at most. All are
// read and checked before any is stored, so a refused file leaves nothing behind.

/** Where a history file's documents are read from and kept. */
export interface HistoryDocuments {
  /** The history file's folder: documents are named relative to it. */
  folder: string;
  store: DocumentStore;
  /** The largest document taken, as the portal's upload limit (ATTACHMENT_MAX_MB). */
  maxBytes: number;
}

/** As many documents as a report may carry (domain/cycle/report.ts). */
const maxDocuments = 20;

interface ReadDocument {
  ref: DocumentRef;
  content: Buffer;
}

/** A document's type by its extension, as the portal's types are known by theirs. */
const typeOf = (name: string) => Object.entries(attachmentTypes).find(([, kind]) => name.toLowerCase().endsWith(kind.extension))?.[0];

/** One named file, or why it cannot be taken. */
function readDocument(path: unknown, { folder, maxBytes }: HistoryDocuments): ReadDocument | string {
  if (typeof path !== 'string' || !path.trim()) return 'must be the path of a file';
  const name = basename(path);
  const type = typeOf(name);
  if (!type) return `${path} is not a PDF, DOCX, XLSX or ODT file`;
  let content: Buffer;
  try {
    const full = resolve(folder, path);
    if (statSync(full).size > maxBytes) return `${path} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`;
    content = readFileSync(full);
  } catch {
    return `cannot read ${path}`;
  }
  // The portal's check of what the content starts with: a file named .pdf that is no PDF is refused.
  if (attachmentProblem(name, type, content)) return `${path} is not the ${extname(name).slice(1).toUpperCase()} file its name says`;
  return { ref: { name, type, size: content.length, sha256: createHash('sha256').update(content).digest('hex') }, content };
}

/**
 * Each row's `documents` read and checked: the rows with references in their place, the files to store once
 * the whole import is accepted, and every problem named by row and field (`cycles.3.documents.0`).
 */
export function readHistoryDocuments<Row extends Record<string, unknown>>(rows: Row[], documents: HistoryDocuments | undefined) {
  const problems: string[] = [];
  const files: ReadDocument[] = [];
  const withRefs = rows.map((row, i): Row => {
    if (row.documents === undefined) return row;
    const field = `cycles.${i}.documents`;
    const paths = row.documents;
    if (!Array.isArray(paths)) problems.push(`${field}: must be a list of file paths`);
    else if (paths.length > maxDocuments) problems.push(`${field}: at most ${maxDocuments} documents`);
    else if (!documents) problems.push(`${field}: documents are read only with a history file`);
    else {
      const read = paths.map((path: unknown) => readDocument(path, documents));
      const refused = read.flatMap((r, j) => (typeof r === 'string' ? [`${field}.${j}: ${r}`] : []));
      const taken = read.filter((r): r is ReadDocument => typeof r !== 'string');
      problems.push(...refused);
      files.push(...taken);
      if (!refused.length) return { ...row, documents: taken.map((r) => r.ref) };
    }
    const { documents: _left, ...rest } = row;
    return rest as Row;
  });
  return { rows: withRefs, files, problems };
}

/** Keeps the files in the document store, by their hash as the portal keeps uploads. */
export async function storeHistoryDocuments(files: ReadDocument[], store: DocumentStore): Promise<void> {
  for (const { ref, content } of files) await store.put(ref.name, ref.type, content);
}
