import { defaultPayloadConverter } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { EncryptionCodec, newKeyEntry, payloadKeys } from '../../client/payload-codec';

const report = { challenges: 'Labour inspectors cannot reach the mines of Madre de Dios', as: 'lucia.quispe@example.org' };
const plain = () => defaultPayloadConverter.toPayload(report);
const text = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('latin1');

describe('the payload codec', () => {
  const [old, current] = [newKeyEntry('2026-01'), newKeyEntry('2026-11')];

  it('stores nothing readable and names its key; decoding gives back the payload', async () => {
    const codec = new EncryptionCodec(payloadKeys(`${current},${old}`, 'test'));
    const [sealed] = await codec.encode([plain()]);
    expect(text(sealed!.data)).not.toContain('Madre de Dios');
    expect(text(sealed!.data)).not.toContain('lucia.quispe');
    expect(text(sealed!.metadata!['encryption-key-id'])).toBe('2026-11');
    const [opened] = await codec.decode([sealed!]);
    expect(defaultPayloadConverter.fromPayload(opened!)).toEqual(report);
  });

  it('reads payloads sealed with a retired key while that key is kept, and says which key is missing once it is not', async () => {
    const [sealedLongAgo] = await new EncryptionCodec(payloadKeys(old, 'test')).encode([plain()]);
    const afterRotation = new EncryptionCodec(payloadKeys(`${current},${old}`, 'test'));
    expect(defaultPayloadConverter.fromPayload((await afterRotation.decode([sealedLongAgo!]))[0]!)).toEqual(report);
    const oldKeyRemoved = new EncryptionCodec(payloadKeys(current, 'test'));
    await expect(oldKeyRemoved.decode([sealedLongAgo!])).rejects.toThrow('a payload is encrypted with key "2026-01", which this process does not have (PATHFINDER_KEYS)');
  });

  it('refuses a payload changed on the way, and passes through payloads from before encryption', async () => {
    const codec = new EncryptionCodec(payloadKeys(current, 'test'));
    const [sealed] = await codec.encode([plain()]);
    const data = Buffer.from(sealed!.data!);
    data[20] = data[20]! ^ 1;
    await expect(codec.decode([{ ...sealed!, data }])).rejects.toThrow();
    expect(await codec.decode([plain()])).toEqual([plain()]);
  });

  it('refuses keys that are not 32 bytes, naming the setting', () => {
    expect(() => payloadKeys('k1:c2hvcnQ=', 'PATHFINDER_KEYS')).toThrow(/^PATHFINDER_KEYS: each key is id:base64 of 32 bytes .*; "k1" is not$/);
    expect(() => payloadKeys(' ', 'PATHFINDER_KEYS')).toThrow('PATHFINDER_KEYS: no key given');
  });
});
