import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeLedger } from '../../activities/delivery-ledger';
import { storePublisher } from '../../activities/publisher';
import { storeDocuments } from '../../portal/documents';
import { folderStore, type ObjectStore } from '../../store/object-store';
import { storesFromEnv } from '../../store/settings';
import { startS3Server, type S3Server } from '../helpers/s3-server';

// One contract for both stores: the folder (the embedded default) and S3, here against a real
// S3-compatible server (SeaweedFS) that signs and checks every request.

let s3: S3Server;
beforeAll(async () => {
  s3 = await startS3Server();
}, 120_000);
afterAll(() => s3?.stop());

const kinds: [string, () => ObjectStore][] = [
  ['folder', () => folderStore(mkdtempSync(join(tmpdir(), 'store-')))],
  ['S3', () => s3.stores(`contract-${Math.random().toString(36).slice(2)}/`).published],
];

describe.each(kinds)('the %s store', (_kind, make) => {
  it('gives back what was put, byte for byte, and the latest version of a key', async () => {
    const store = make();
    const binary = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x10]);
    await store.put('PER/2027/annex.pdf', binary, 'application/pdf');
    expect((await store.get('PER/2027/annex.pdf'))?.equals(binary)).toBe(true);
    await store.put('PER/profile.json', '{"status":"active"}');
    await store.put('PER/profile.json', '{"status":"inactive"}');
    expect((await store.get('PER/profile.json'))?.toString()).toBe('{"status":"inactive"}');
  });

  it('creates a key once: every later or concurrent create of it is told no, and a deleted key is gone', async () => {
    const store = make();
    const created = await Promise.all([store.create('used/a', '1'), store.create('used/a', '2'), store.create('used/a', '3')]);
    expect(created.filter(Boolean)).toHaveLength(1);
    await expect(store.create('used/a', '4')).resolves.toBe(false);
    await store.delete('used/a');
    await store.delete('used/never-written');
    await expect(store.get('used/a')).resolves.toBeUndefined();
    await expect(store.create('used/a', '5')).resolves.toBe(true);
  });

  it('says "none" for a key never written, rather than failing', async () => {
    const store = make();
    await expect(store.get('PER/2027/report.json')).resolves.toBeUndefined();
    await expect(store.list('PER/')).resolves.toEqual([]);
  });

  it('lists the names directly under a prefix, files and folders alike, sorted', async () => {
    const store = make();
    for (const key of [
      'PER/2028/report.json',
      'PER/2027/report.json',
      'PER/2027/indicator-framework.json',
      'PER/profile.json',
      'NGA/profile.json',
    ])
      await store.put(key, '{}');
    await expect(store.list('PER/')).resolves.toEqual(['2027', '2028', 'profile.json']);
    await expect(store.list('PER/2027/')).resolves.toEqual(['indicator-framework.json', 'report.json']);
    await expect(store.list('')).resolves.toEqual(['NGA', 'PER']);
  });

  it('refuses a key that could leave its area, before touching anything', async () => {
    const store = make();
    for (const key of ['../outside', 'PER/../../outside', '/etc/passwd', 'PER//x', '', '.hidden', 'PER/x y']) {
      await expect(store.put(key, 'x'), key).rejects.toThrow('not a store key');
      await expect(store.get(key), key).rejects.toThrow('not a store key');
    }
    await expect(store.list('')).resolves.toEqual([]);
  });

  it('keeps documents by their hash, and the mail ledger by Message-ID', async () => {
    const documents = storeDocuments(make());
    const content = Buffer.from('%PDF-1.7 a report annex');
    const ref = await documents.put('annex.pdf', 'application/pdf', content);
    expect(ref.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect([ref.name, ref.size]).toEqual(['annex.pdf', content.length]);
    expect((await documents.get(ref.sha256))?.equals(content)).toBe(true);
    await expect(documents.get('../../etc/passwd')).resolves.toBeUndefined();

    const ledger = storeLedger(make());
    const messageId = '<0123456789abcdef0123456789abcdef@pathfinder.example.org>';
    await expect(ledger.acceptedAt(messageId)).resolves.toBeUndefined();
    await ledger.record(messageId, '2027-04-30T09:00:00.000Z');
    await expect(ledger.acceptedAt(messageId)).resolves.toBe('2027-04-30T09:00:00.000Z');
  });
});

describe('S3 settings', () => {
  it('puts the four areas side by side in one bucket, each under its own prefix', async () => {
    const stores = s3.stores('deployment-a/');
    const publisher = storePublisher(stores.published);
    const { location } = await publisher.publishProfile({
      code: 'PER',
      name: 'Peru',
      status: 'active',
      statusSince: '2027-01-01',
      benefits: true,
      focalPoints: [],
      roadmaps: [],
    });
    expect(location).toBe('s3://pathfinder/deployment-a/published/PER/profile.json');
    await stores.records.put('PER/2027/cycle.json', '{}');
    // Another deployment on the same bucket, or another area, sees none of it.
    await expect(s3.stores('deployment-b/').published.get('PER/profile.json')).resolves.toBeUndefined();
    await expect(stores.documents.list('')).resolves.toEqual([]);
    await expect(stores.records.list('PER/2027/')).resolves.toEqual(['cycle.json']);
  });

  it('is refused with the wrong secret, and fails (rather than finding nothing) when the server is away', async () => {
    const wrong = storesFromEnv({ ...s3.env, AWS_SECRET_ACCESS_KEY: 'not-the-secret' }).published;
    await expect(wrong.get('PER/profile.json')).rejects.toMatchObject({ name: 'SignatureDoesNotMatch' });
    const away = storesFromEnv({ ...s3.env, S3_ENDPOINT: 'http://127.0.0.1:9' }).published;
    await expect(away.get('PER/profile.json')).rejects.toThrow();
  });

  it('refuses a prefix that is not a path of plain names', () => {
    expect(() => storesFromEnv({ ...s3.env, S3_PREFIX: 'a b/' })).toThrow('S3_PREFIX');
  });
});
