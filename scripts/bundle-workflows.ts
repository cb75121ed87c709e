import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { bundlerOptions } from '../worker/bundler-options';

/**
 * Prebuilds the workflow bundle for production workers (WORKFLOW_BUNDLE_PATH): no bundling at start.
 * `npm run bundle -- <file>` runs it on the TypeScript sources, as tests and benchmarks bundle them; from
 * the compiled CommonJS the bundle would carry all of zod (5.7 MB instead of 3.9 MB).
 */
async function main(out = process.argv[2] ?? 'workflow-bundle.js') {
  const { code } = await bundleWorkflowCode({ workflowsPath: join(__dirname, '../workflows'), ...bundlerOptions });
  writeFileSync(out, code);
  console.log(`workflow bundle written to ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
