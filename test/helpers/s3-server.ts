import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { inject } from 'vitest';
import { s3Client } from '../../store/s3-store';
import { storesFromEnv, type Stores } from '../../store/settings';
import { freePort } from './ports';

// A real S3-compatible server for the store's tests: SeaweedFS (master, volume, filer and S3 gateway in one
// process), on loopback ports of its own, with credentials of its own, its data in a scratch folder.

export interface S3Server {
  /** The settings a worker or portal reads (S3_*, AWS_*), for a bucket made for this server. */
  env: Record<string, string>;
  /** The four stores on that bucket, under `prefix`. */
  stores(prefix?: string): Stores;
  stop(): Promise<void>;
}

export async function startS3Server(): Promise<S3Server> {
  const ports = await Promise.all(Array.from({ length: 8 }, freePort));
  const [master, masterGrpc, volume, volumeGrpc, filer, filerGrpc, s3, s3Grpc] = ports.map(String);
  const env = {
    S3_BUCKET: 'pathfinder',
    S3_ENDPOINT: `http://127.0.0.1:${s3}`,
    S3_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'pathfinder-test',
    AWS_SECRET_ACCESS_KEY: randomBytes(20).toString('hex'),
  };
  const dir = mkdtempSync(join(tmpdir(), 'seaweedfs-'));
  // The credentials in its environment become its one admin identity: requests must be signed with them.
  const child = spawn(
    inject('goTools').seaweedfs,
    [
      'server',
      `-dir=${dir}`,
      '-ip=127.0.0.1',
      '-ip.bind=127.0.0.1',
      `-master.port=${master}`,
      `-master.port.grpc=${masterGrpc}`,
      `-volume.port=${volume}`,
      `-volume.port.grpc=${volumeGrpc}`,
      '-filer',
      `-filer.port=${filer}`,
      `-filer.port.grpc=${filerGrpc}`,
      '-s3',
      `-s3.port=${s3}`,
      `-s3.port.grpc=${s3Grpc}`,
      '-s3.port.iceberg=0',
      '-s3.port.lance=0',
    ],
    {
      env: { ...process.env, AWS_ACCESS_KEY_ID: env.AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: env.AWS_SECRET_ACCESS_KEY },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    child.kill('SIGTERM');
    const killed = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killed);
  };

  // Ready once it makes the bucket: until then its gateway refuses connections or answers 503.
  const client = s3Client({
    bucket: env.S3_BUCKET,
    prefix: '',
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY },
  });
  const giveUpAt = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`SeaweedFS exited before it was ready:\n${output}`);
    const made = await client.send(new CreateBucketCommand({ Bucket: env.S3_BUCKET })).then(
      (): true => true,
      (error: Error): true | Error => (error.name === 'BucketAlreadyOwnedByYou' ? true : error),
    );
    if (made === true) break;
    if (Date.now() > giveUpAt) {
      await stop();
      throw new Error(`SeaweedFS was not ready within a minute (${made.message}):\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  client.destroy();
  return { env, stores: (prefix = '') => storesFromEnv({ ...env, S3_PREFIX: prefix }), stop };
}
