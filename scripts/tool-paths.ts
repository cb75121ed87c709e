import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export interface ToolPaths {
  cli: string;
  testServer: string;
}

/** Runs one of the tools scripts (each builds what is missing, once) and reads the `NAME=path` lines it prints. */
function runToolsScript(script: string): (name: string) => string {
  const out = execFileSync('bash', [join(__dirname, script)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return (name) => {
    const line = out.split('\n').find((l) => l.startsWith(`${name}=`));
    if (!line) throw new Error(`${script} did not print ${name}`);
    return line.slice(name.length + 1);
  };
}

/** The Temporal CLI (dev server) and the time-skipping test server. */
export function temporalTools(): ToolPaths {
  const value = runToolsScript('temporal-tools.sh');
  return { cli: value('TEMPORAL_CLI_PATH'), testServer: value('TEMPORAL_TEST_SERVER_PATH') };
}

export interface GoToolPaths {
  /** SeaweedFS, the S3-compatible server the store is tested against. */
  seaweedfs: string;
  /** Docker Compose, to check docker-compose.yml without an engine. */
  dockerCompose: string;
}

export function goTools(): GoToolPaths {
  const value = runToolsScript('go-tools.sh');
  return { seaweedfs: value('SEAWEEDFS_PATH'), dockerCompose: value('DOCKER_COMPOSE_PATH') };
}
