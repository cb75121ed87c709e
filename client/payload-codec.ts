import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';

// Every payload the worker, the CLI and the portal send to Temporal is encrypted with AES-256-GCM before
// it leaves the process, so that reports, comments and people's names are never stored readable on the
// server. Each payload names its key, so that payloads made with a retired key stay readable as long as
// that key is kept. The seal covers the encoding, the key id and the namespace as well: a payload copied
// into another namespace, or relabelled, does not open. A payload that is not sealed is refused.

export const encryptedEncoding = 'binary/encrypted';
const keyIdField = 'encryption-key-id';
/** Names what the seal covers, so that a later release may cover more and still read these. */
const bindsField = 'encryption-binds';
const binds = 'encoding,key,namespace';
const text = new TextEncoder();
const words = new TextDecoder();

export interface PayloadKeys {
  /** The key new payloads are encrypted with. */
  currentId: string;
  keys: Map<string, Buffer>;
}

/**
 * Keys from `id:base64,id:base64,…` (each 32 random bytes); the first encrypts, all decrypt. `where` names
 * the setting in the error, e.g. PATHFINDER_KEYS.
 */
export function payloadKeys(setting: string, where: string): PayloadKeys {
  const keys = new Map<string, Buffer>();
  for (const entry of setting
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [id, value] = entry.split(':');
    const key = Buffer.from(value ?? '', 'base64');
    if (!id || !/^[\w.-]+$/.test(id) || key.length !== 32)
      throw new Error(`${where}: each key is id:base64 of 32 bytes (e.g. ${newKeyEntry('2026-11')}); "${id ?? ''}" is not`);
    keys.set(id, key);
  }
  const currentId = keys.keys().next().value;
  if (currentId === undefined) throw new Error(`${where}: no key given`);
  return { currentId, keys };
}

/** A fresh `id:base64` key entry. */
export const newKeyEntry = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;

/** What a process seals with. */
export interface CodecSettings {
  keys: PayloadKeys;
}

export class EncryptionCodec implements PayloadCodec {
  /**
   * `passClear`: hand back a payload that is not sealed as it is, instead of refusing it. Only for the codec
   * server, which shows the UI what the server keeps in clear, such as search attributes.
   */
  constructor(
    private readonly settings: CodecSettings,
    private readonly namespace: string,
    private readonly options: { passClear?: boolean } = {},
  ) {}

  /** What the seal covers besides the payload: its encoding, its key and the namespace. */
  private sealedTo(id: string): Uint8Array {
    return text.encode([encryptedEncoding, id, this.namespace].join('\n'));
  }

  /** What a payload's seal covered, as its metadata says. */
  private sealedWith(id: string, metadata: Payload['metadata']): Uint8Array {
    const covered = words.decode(metadata?.[bindsField] ?? new Uint8Array());
    if (!covered) throw new Error("a payload's seal does not say what it covers (payloads sealed before 1.0 are not read)");
    if (covered !== binds) throw new Error(`a payload's seal covers "${covered}", which this process does not know`);
    return this.sealedTo(id);
  }

  encode(payloads: Payload[]): Promise<Payload[]> {
    const id = this.settings.keys.currentId;
    const key = this.settings.keys.keys.get(id)!;
    return Promise.resolve().then(() =>
      payloads.map((payload) => {
        const metadata = { encoding: text.encode(encryptedEncoding), [keyIdField]: text.encode(id), [bindsField]: text.encode(binds) };
        const iv = randomBytes(12);
        const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(this.sealedTo(id));
        const sealed = Buffer.concat([cipher.update(temporal.api.common.v1.Payload.encode(payload).finish()), cipher.final()]);
        return { metadata, data: Buffer.concat([iv, sealed, cipher.getAuthTag()]) };
      }),
    );
  }

  decode(payloads: Payload[]): Promise<Payload[]> {
    return Promise.resolve().then(() =>
      payloads.map((payload) => {
        const encoding = words.decode(payload.metadata?.encoding ?? new Uint8Array());
        if (encoding !== encryptedEncoding) {
          if (this.options.passClear) return payload;
          throw new Error(`a payload is not encrypted (encoding "${encoding}"): this process reads only what it sealed`);
        }
        const id = words.decode(payload.metadata?.[keyIdField] ?? new Uint8Array());
        const key = this.settings.keys.keys.get(id);
        if (!key) throw new Error(`a payload is encrypted with key "${id}", which this process does not have (PATHFINDER_KEYS)`);
        const data = Buffer.from(payload.data ?? new Uint8Array());
        const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12)).setAAD(this.sealedWith(id, payload.metadata));
        decipher.setAuthTag(data.subarray(data.length - 16));
        const plain = Buffer.concat([decipher.update(data.subarray(12, data.length - 16)), decipher.final()]);
        return temporal.api.common.v1.Payload.decode(plain);
      }),
    );
  }
}
