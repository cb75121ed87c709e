import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { checkedKey, type ObjectStore } from './object-store';

export interface S3Settings {
  bucket: string;
  /** Keys start with this (e.g. `pathfinder/`), so that one bucket can serve several deployments. */
  prefix: string;
  /** An S3-compatible server's address (SeaweedFS, MinIO, Ceph…); unset for AWS itself. */
  endpoint?: string;
  region: string;
  /** Unset: the SDK's usual places (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile, an IAM role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/**
 * The store in an S3 bucket, through the AWS SDK, which speaks to any S3-compatible server.
 */
export function s3Store(settings: S3Settings, client = s3Client(settings)): ObjectStore {
  const { bucket, prefix } = settings;
  const keyOf = (key: string) => prefix + checkedKey(key);
  return {
    locationOf: (key) => `s3://${bucket}/${keyOf(key)}`,
    async put(key, body, contentType = 'application/octet-stream') {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: keyOf(key), Body: body, ContentType: contentType }));
    },
    async get(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: keyOf(key) }));
        return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : Buffer.alloc(0);
      } catch (error) {
        if (error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404)) return undefined;
        throw error;
      }
    },
    async list(under) {
      const start = prefix + (under === '' ? '' : `${checkedKey(under.replace(/\/$/, ''))}/`);
      const names: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, Prefix: start, Delimiter: '/', ContinuationToken: token }),
        );
        for (const p of page.CommonPrefixes ?? []) names.push(p.Prefix!.slice(start.length, -1));
        for (const o of page.Contents ?? []) names.push(o.Key!.slice(start.length));
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return names.sort();
    },
    async create(key, body) {
      try {
        // A conditional write: the server refuses it (412) when the key exists, so two writers never both win.
        await client.send(new PutObjectCommand({ Bucket: bucket, Key: keyOf(key), Body: body, IfNoneMatch: '*' }));
        return true;
      } catch (error) {
        if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 412) return false;
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: keyOf(key) }));
    },
  };
}

export function s3Client({ endpoint, region, credentials }: S3Settings): S3Client {
  return new S3Client({
    region,
    ...(credentials ? { credentials } : {}),
    ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
    // Checksums only where S3 requires them: not every S3-compatible server knows the newer ones.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // A store that stops answering fails the call (and the activity retries) instead of hanging it.
    requestHandler: { connectionTimeout: 10_000, requestTimeout: 60_000 },
  });
}
