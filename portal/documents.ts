import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// Documents that come with reports (the report document, annexes) live here, never in workflow payloads:
// a workflow holds only a reference (name, type, size, SHA-256). Content-addressed, so storing the same
// file twice keeps one copy.

export interface DocumentRef {
  name: string;
  type: string;
  size: number;
  sha256: string;
}

export interface DocumentStore {
  put(name: string, type: string, content: Buffer): Promise<DocumentRef>;
  get(sha256: string): Promise<Buffer | undefined>;
}

/** The embedded store: one file per document, named by its hash, in `dir`. */
export function folderDocumentStore(dir: string): DocumentStore {
  const pathOf = (sha256: string) => join(dir, sha256.slice(0, 2), sha256);
  return {
    async put(name, type, content) {
      const sha256 = createHash('sha256').update(content).digest('hex');
      const path = pathOf(sha256);
      if (!existsSync(path)) {
        await mkdir(join(dir, sha256.slice(0, 2)), { recursive: true });
        await writeFile(`${path}.part`, content);
        await rename(`${path}.part`, path);
      }
      return { name, type, size: content.length, sha256 };
    },
    async get(sha256) {
      if (!/^[a-f0-9]{64}$/.test(sha256)) return undefined;
      return readFile(pathOf(sha256)).catch(() => undefined);
    },
  };
}

/** The types a report may carry, with how their content starts: PDF, or the ZIP container of DOCX, XLSX and ODT. */
export const attachmentTypes: Record<string, { extension: string; magic: string }> = {
  'application/pdf': { extension: '.pdf', magic: '%PDF-' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { extension: '.docx', magic: 'PK\u0003\u0004' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { extension: '.xlsx', magic: 'PK\u0003\u0004' },
  'application/vnd.oasis.opendocument.text': { extension: '.odt', magic: 'PK\u0003\u0004' },
};

/** Why a file is not accepted, or undefined when it is: by its name, declared type and first bytes. */
export function attachmentProblem(name: string, type: string, content: Buffer): string | undefined {
  const kind = attachmentTypes[type];
  if (!kind || !name.toLowerCase().endsWith(kind.extension)) return `${name}: only PDF, DOCX, XLSX and ODT files are accepted`;
  if (!content.subarray(0, kind.magic.length).equals(Buffer.from(kind.magic, 'latin1'))) return `${name}: the content is not a ${kind.extension.slice(1).toUpperCase()} file`;
  return undefined;
}
