import { join, resolve } from 'node:path';
import { folderStore, type ObjectStore } from './object-store';
import { s3Client, s3Store } from './s3-store';

/** The four areas of the shared store; each is a folder of its own, or a prefix in one bucket. */
export interface Stores {
  /** Final reports, indicator frameworks, profiles, Working Group reports (and their PDFs). */
  published: ObjectStore;
  /** Documents uploaded with reports, by SHA-256. */
  documents: ObjectStore;
  /** What the mail relay accepted, by Message-ID. */
  mailLedger: ObjectStore;
  /** Each closed cycle's outcome and full history, kept after the run leaves Temporal. */
  records: ObjectStore;
  /** The portal's sessions and the links already used, so that every portal replica agrees on both. */
  sessions: ObjectStore;
}

/**
 * With S3_BUCKET set, the areas are `published/`, `documents/`, `mail-ledger/`, `records/` and `sessions/`
 * in that bucket (after S3_PREFIX), at S3_ENDPOINT (any S3-compatible server; unset for AWS) in S3_REGION, with
 * AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or the AWS SDK's other usual places).
 * Otherwise folders: PUBLISH_DIR, DOCUMENTS_DIR, MAIL_LEDGER_DIR, RECORDS_DIR and SESSIONS_DIR, by default under
 * PATHFINDER_DATA_DIR (`.data`).
 */
export function storesFromEnv(env = process.env): Stores {
  const bucket = env.S3_BUCKET?.trim();
  if (bucket) {
    const prefix = env.S3_PREFIX?.trim().replace(/\/*$/, '/').replace(/^\/$/, '') ?? '';
    if (prefix && !/^[A-Za-z0-9._/-]+\/$/.test(prefix)) throw new Error('S3_PREFIX: letters, digits, ".", "_", "-" and "/" only');
    const [accessKeyId, secretAccessKey] = [env.AWS_ACCESS_KEY_ID, env.AWS_SECRET_ACCESS_KEY];
    const credentials = accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined;
    const settings = {
      bucket,
      prefix,
      endpoint: env.S3_ENDPOINT?.trim() || undefined,
      region: env.S3_REGION?.trim() || 'us-east-1',
      credentials,
    };
    const client = s3Client(settings);
    const area = (name: string) => s3Store({ ...settings, prefix: `${prefix}${name}/` }, client);
    return {
      published: area('published'),
      documents: area('documents'),
      mailLedger: area('mail-ledger'),
      records: area('records'),
      sessions: area('sessions'),
    };
  }
  const dataDir = resolve(env.PATHFINDER_DATA_DIR ?? '.data');
  const folder = (setting: string | undefined, name: string) => folderStore(resolve(setting ?? join(dataDir, name)));
  return {
    published: folder(env.PUBLISH_DIR, 'published'),
    documents: folder(env.DOCUMENTS_DIR, 'documents'),
    mailLedger: folder(env.MAIL_LEDGER_DIR, 'mail-ledger'),
    records: folder(env.RECORDS_DIR, 'records'),
    sessions: folder(env.SESSIONS_DIR, 'sessions'),
  };
}
