import { resolve } from 'node:path';

/** Worker settings read from the environment, with the embedded defaults of `npm run dev`. */
export function settingsFromEnv(env = process.env) {
  return {
    smtpUrl: env.SMTP_URL ?? 'smtp://127.0.0.1:1025',
    mailFrom: env.MAIL_FROM,
    publishDir: resolve(env.PUBLISH_DIR ?? '.data/published'),
    workflowBundlePath: env.WORKFLOW_BUNDLE_PATH,
  };
}
