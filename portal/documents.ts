import { createHash } from 'node:crypto';
import type { ObjectStore } from '../store/object-store';

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

/** Documents in the shared store, keyed by their hash (`ab/abcd…`). */
export function storeDocuments(store: ObjectStore): DocumentStore {
  const keyOf = (sha256: string) => `${sha256.slice(0, 2)}/${sha256}`;
  return {
    async put(name, type, content) {
      const sha256 = createHash('sha256').update(content).digest('hex');
      await store.put(keyOf(sha256), content, type);
      return { name, type, size: content.length, sha256 };
    },
    get: async (sha256) => (/^[a-f0-9]{64}$/.test(sha256) ? store.get(keyOf(sha256)) : undefined),
  };
}

/** The types a report may carry, with how their content starts: PDF, or the ZIP container of DOCX, XLSX and ODT. */
export const attachmentTypes: Record<string, { extension: string; magic: string }> = {
  'application/pdf': { extension: '.pdf', magic: '%PDF-' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { extension: '.docx', magic: 'PK\u0003\u0004' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { extension: '.xlsx', magic: 'PK\u0003\u0004' },
  'application/vnd.oasis.opendocument.text': { extension: '.odt', magic: 'PK\u0003\u0004' },
};

/** Why a file is not accepted: a type the report does not take, or content that is not what its type says. */
export type AttachmentProblem = { reason: 'type' } | { reason: 'content'; kind: string };

/** Why a file is not accepted, or undefined when it is: by its name, declared type and first bytes. */
export function attachmentProblem(name: string, type: string, content: Buffer): AttachmentProblem | undefined {
  const kind = attachmentTypes[type];
  if (!kind || !name.toLowerCase().endsWith(kind.extension)) return { reason: 'type' };
  if (!content.subarray(0, kind.magic.length).equals(Buffer.from(kind.magic, 'latin1')))
    return { reason: 'content', kind: kind.extension.slice(1).toUpperCase() };
  return undefined;
}
