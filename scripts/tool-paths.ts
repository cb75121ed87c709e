import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export interface ToolPaths {
  cli: string;
  testServer: string;
}

/** Runs the project's tools script (which builds what is missing, once) and returns the two executables. */
export function temporalTools(): ToolPaths {
  const out = execFileSync('bash', [join(__dirname, 'temporal-tools.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const value = (name: string) => {
    const line = out.split('\n').find((l) => l.startsWith(`${name}=`));
    if (!line) throw new Error(`temporal-tools.sh did not print ${name}`);
    return line.slice(name.length + 1);
  };
  return { cli: value('TEMPORAL_CLI_PATH'), testServer: value('TEMPORAL_TEST_SERVER_PATH') };
}
