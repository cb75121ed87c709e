import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { temporalTools, type ToolPaths } from '../../scripts/tool-paths';

declare module 'vitest' {
  export interface ProvidedContext {
    temporalTools: ToolPaths;
  }
}

/** Builds (once, cached outside the repo) the Temporal CLI and the test server, and hands their paths to the tests. */
export default function setup(project: TestProject) {
  project.provide('temporalTools', temporalTools());
}
