import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';

/** Prebuilds the workflow bundle for production workers (WORKFLOW_BUNDLE_PATH): no bundling at start. */
async function main(out = process.argv[2] ?? 'workflow-bundle.js') {
  const { code } = await bundleWorkflowCode({ workflowsPath: join(__dirname, '../workflows') });
  writeFileSync(out, code);
  console.log(`workflow bundle written to ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
