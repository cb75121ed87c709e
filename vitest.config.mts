import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The Temporal native bridge does not run in worker threads; time-skipping is global to a server,
    // so files that share one run one at a time.
    pool: 'forks',
    fileParallelism: false,
    globalSetup: ['test/helpers/global-setup.ts'],
    setupFiles: ['test/helpers/scratch.ts', 'test/helpers/payload-keys.ts', 'test/helpers/registry-keys.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // What a test polls for happens through real servers and workers; give it time on a busy machine.
    expect: { poll: { timeout: 10_000 } },
    // The AWS SDK's notice that its 2027 releases need Node 22 says nothing about the tests (README, Node versions).
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
