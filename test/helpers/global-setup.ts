import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { goTools, temporalTools, type GoToolPaths, type ToolPaths } from '../../scripts/tool-paths';

declare module 'vitest' {
  export interface ProvidedContext {
    temporalTools: ToolPaths;
    goTools: GoToolPaths;
  }
}

/** Builds (once, cached outside the repo) the Temporal CLI, the test server, SeaweedFS and Docker Compose, and hands their paths to the tests. */
export default function setup(project: TestProject) {
  project.provide('temporalTools', temporalTools());
  project.provide('goTools', goTools());
}
