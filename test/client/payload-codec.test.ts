import { defaultPayloadConverter } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { EncryptionCodec, newKeyEntry, payloadKeys } from '../../client/payload-codec';

const report = { challenges: 'Labour inspectors cannot reach the mines of Madre de Dios', as: 'lucia.quispe@example.org' };
const plain = () => defaultPayloadConverter.toPayload(report);
const text = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('latin1');

describe('the payload codec', () => {
  const [old, current] = [newKeyEntry('2026-01'), newKeyEntry('2026-11')];
  const codecOf = (keys: string, namespace = 'default', passClear = false) =>
    new EncryptionCodec({ keys: payloadKeys(keys, 'test') }, namespace, { passClear });

  it('stores nothing readable and names its key; decoding gives back the payload', async () => {
    const codec = codecOf(`${current},${old}`);
    const [sealed] = await codec.encode([plain()]);
    expect(text(sealed!.data)).not.toContain('Madre de Dios');
    expect(text(sealed!.data)).not.toContain('lucia.quispe');
    expect(text(sealed!.metadata!['encryption-key-id'])).toBe('2026-11');
    const [opened] = await codec.decode([sealed!]);
    expect(defaultPayloadConverter.fromPayload(opened!)).toEqual(report);
  });

  it('reads payloads sealed with a retired key while that key is kept, and says which key is missing once it is not', async () => {
    const [sealedLongAgo] = await codecOf(old).encode([plain()]);
    const afterRotation = codecOf(`${current},${old}`);
    expect(defaultPayloadConverter.fromPayload((await afterRotation.decode([sealedLongAgo!]))[0]!)).toEqual(report);
    const oldKeyRemoved = codecOf(current);
    await expect(oldKeyRemoved.decode([sealedLongAgo!])).rejects.toThrow(
      'a payload is encrypted with key "2026-01", which this process does not have (PATHFINDER_KEYS)',
    );
  });

  it('refuses a payload changed on the way, moved to another namespace, or stripped of what its seal covers', async () => {
    const codec = codecOf(current);
    const [sealed] = await codec.encode([plain()]);
    const data = Buffer.from(sealed!.data!);
    data[20] = data[20]! ^ 1;
    await expect(codec.decode([{ ...sealed!, data }])).rejects.toThrow('Unsupported state or unable to authenticate data');
    await expect(codecOf(current, 'another-namespace').decode([sealed!])).rejects.toThrow(
      'Unsupported state or unable to authenticate data',
    );
    const { 'encryption-binds': _covered, ...older } = sealed!.metadata!;
    await expect(codec.decode([{ ...sealed!, metadata: older }])).rejects.toThrow(
      "a payload's seal does not say what it covers (payloads sealed before 1.0 are not read)",
    );
  });

  it('refuses a payload stored in clear; only the codec server, which shows what the server keeps in clear, passes it', async () => {
    await expect(codecOf(current).decode([plain()])).rejects.toThrow(
      'a payload is not encrypted (encoding "json/plain"): this process reads only what it sealed',
    );
    expect(await codecOf(current, 'default', true).decode([plain()])).toEqual([plain()]);
  });

  it('refuses keys that are not 32 bytes, naming the setting', () => {
    expect(() => payloadKeys('k1:c2hvcnQ=', 'PATHFINDER_KEYS')).toThrow(
      /^PATHFINDER_KEYS: each key is id:base64 of 32 bytes .*; "k1" is not$/,
    );
    expect(() => payloadKeys(' ', 'PATHFINDER_KEYS')).toThrow('PATHFINDER_KEYS: no key given');
  });
});
