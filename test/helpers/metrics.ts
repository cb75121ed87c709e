import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// Reading a Prometheus scrape as Prometheus does: GET /metrics, then the samples of one metric; and the alert
// rules of deploy/alerts, as Prometheus loads them.

export async function scrape(url: string, token?: string): Promise<string> {
  const answer = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  if (!answer.ok) throw new Error(`${url}: ${answer.status}`);
  return answer.text();
}

/** The sum of the samples of `name` whose labels include `labels`. */
export function samples(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)/.exec(line);
    if (!match || match[1] !== name) continue;
    const found: Record<string, string | undefined> = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1]!, m[2]!]),
    );
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) sum += Number(match[3]);
  }
  return sum;
}

export interface AlertRule {
  alert: string;
  expr: string;
  annotations: { metric: string };
}

/** Every rule of deploy/alerts/pathfinder.rules.yml. */
export function alertRules(): AlertRule[] {
  const file = parse(readFileSync(join(__dirname, '../../deploy/alerts/pathfinder.rules.yml'), 'utf8')) as {
    groups: { rules: AlertRule[] }[];
  };
  return file.groups.flatMap((g) => g.rules);
}

export function alertRule(alert: string): AlertRule {
  const rule = alertRules().find((r) => r.alert === alert);
  if (!rule) throw new Error(`no alert rule ${alert} in deploy/alerts/pathfinder.rules.yml`);
  return rule;
}
