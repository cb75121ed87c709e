import { internationalStakeholders, nationalStakeholders, type Report } from '../../../domain/cycle/report';
import { shownGroup } from '../../../domain/shared/stakeholders';
import { lines } from '../../form-values';
import type { Issue } from '../../issues';

// The report form: a report shown as named form fields, and the fields read back into a report. Field
// names follow the report's shape (`progress.0.summary`), so a schema problem finds its field.

export type FormValues = Record<string, string>;

/** How many rows of each repeated part the form offers: what there is, and some empty ones to add. */
export function rowCounts(values: FormValues) {
  const count = (prefix: string, spare: number, least: number) => {
    const used = Object.keys(values)
      .filter((k) => k.startsWith(`${prefix}.`))
      .map((k) => Number(k.split('.')[1]) + 1);
    return Math.max(least, (used.length ? Math.max(...used) : 0) + spare);
  };
  return {
    progress: count('progress', 1, 3),
    evidence: count('evidence', 1, 3),
    collaboration: count('collaboration', 1, 2),
    indicator: count('indicator', 2, 3),
  };
}

export function reportToForm(report: Partial<Report>): FormValues {
  const f: FormValues = {};
  report.progress?.forEach((p, i) => Object.assign(f, { [`progress.${i}.objective`]: p.objective, [`progress.${i}.summary`]: p.summary }));
  if (report.challenges) f.challenges = report.challenges;
  if (report.learningInterests) f.learningInterests = report.learningInterests.join('\n');
  if (report.nextSteps?.length) f.nextSteps = report.nextSteps.join('\n');
  report.evidence?.forEach((e, i) => Object.assign(f, { [`evidence.${i}.kind`]: e.kind, [`evidence.${i}.description`]: e.description }));
  // A report filed before 1.1 may name ministries or NGOs: their text goes to the group that replaced them.
  const participation = (level: 'national' | 'international', group: string, description: string) => {
    const key = `${level}.${shownGroup(group)}`;
    f[key] = f[key] ? `${f[key]}\n${description}` : description;
  };
  report.stakeholderParticipation?.national.forEach((p) => participation('national', p.group, p.description));
  report.stakeholderParticipation?.international.forEach((p) => participation('international', p.group, p.description));
  report.collaboration?.forEach((c, i) =>
    Object.assign(f, { [`collaboration.${i}.description`]: c.description, [`collaboration.${i}.partners`]: c.partners.join(', ') }),
  );
  if (report.preparedThrough) f.preparedThrough = report.preparedThrough;
  if (report.indicatorFramework) {
    f['framework.updated'] = report.indicatorFramework.updated ? 'yes' : '';
    report.indicatorFramework.indicators.forEach((x, i) => {
      for (const key of ['code', 'name', 'baseline', 'target', 'latestValue', 'year'] as const)
        if (x[key] !== undefined) f[`indicator.${i}.${key}`] = String(x[key]);
    });
  }
  return f;
}

/** The report the fields describe (unchecked), and for each array the form row of each kept element. */
export function formToReport(f: FormValues): { report: Record<string, unknown>; rows: Record<string, number[]> } {
  const rows: Record<string, number[]> = {};
  const filled = <T>(prefix: string, count: number, read: (i: number) => T | undefined): T[] => {
    const kept: T[] = [];
    rows[prefix] = [];
    for (let i = 0; i < count; i++) {
      const value = read(i);
      if (value !== undefined) {
        kept.push(value);
        rows[prefix].push(i);
      }
    }
    return kept;
  };
  const v = (key: string) => f[key]?.trim() ?? '';
  const number = (key: string) => (v(key) === '' ? undefined : Number(v(key)));
  const counts = rowCounts(f);
  const report = {
    progress: filled('progress', counts.progress, (i) =>
      v(`progress.${i}.objective`) || v(`progress.${i}.summary`)
        ? { objective: v(`progress.${i}.objective`), summary: v(`progress.${i}.summary`) }
        : undefined,
    ),
    challenges: v('challenges'),
    learningInterests: lines(v('learningInterests')),
    nextSteps: lines(v('nextSteps')),
    evidence: filled('evidence', counts.evidence, (i) =>
      v(`evidence.${i}.description`) ? { kind: v(`evidence.${i}.kind`), description: v(`evidence.${i}.description`) } : undefined,
    ),
    stakeholderParticipation: {
      national: nationalStakeholders.filter((g) => v(`national.${g}`)).map((group) => ({ group, description: v(`national.${group}`) })),
      international: internationalStakeholders
        .filter((g) => v(`international.${g}`))
        .map((group) => ({ group, description: v(`international.${group}`) })),
    },
    collaboration: filled('collaboration', counts.collaboration, (i) =>
      v(`collaboration.${i}.description`)
        ? {
            description: v(`collaboration.${i}.description`),
            partners: v(`collaboration.${i}.partners`)
              .split(',')
              .map((p) => p.trim())
              .filter(Boolean),
          }
        : undefined,
    ),
    preparedThrough: v('preparedThrough'),
    indicatorFramework: {
      updated: v('framework.updated') === 'yes',
      indicators: filled('indicator', counts.indicator, (i) =>
        v(`indicator.${i}.code`) || v(`indicator.${i}.name`)
          ? {
              code: v(`indicator.${i}.code`),
              name: v(`indicator.${i}.name`),
              baseline: number(`indicator.${i}.baseline`),
              target: number(`indicator.${i}.target`),
              latestValue: number(`indicator.${i}.latestValue`),
              year: number(`indicator.${i}.year`),
            }
          : undefined,
      ),
    },
  };
  return { report, rows };
}

/** Each schema issue under the name of the form field it belongs to; the page says it in the reader's words. */
export function fieldErrors(issues: Issue[], rows: Record<string, number[]>): Record<string, Issue> {
  const errors: Record<string, Issue> = {};
  for (const issue of issues) {
    const path = issue.path.map(String);
    const [head, index, ...rest] = path;
    let field: string;
    if (head === 'progress' || head === 'evidence' || head === 'collaboration')
      field = index === undefined ? head : [head, rows[head]?.[Number(index)] ?? index, ...rest].join('.');
    else if (head === 'indicatorFramework' && path[1] === 'indicators')
      field = path[2] === undefined ? 'indicator' : ['indicator', rows.indicator?.[Number(path[2])] ?? path[2], ...path.slice(3)].join('.');
    else if (head === 'stakeholderParticipation') field = 'participation';
    else if (head === 'learningInterests' || head === 'nextSteps')
      field = head; // one field, typed one item a line
    else field = path.join('.') || 'report';
    errors[field] ??= issue;
  }
  return errors;
}

/**
 * A first report's progress rows start from the current roadmap's priority areas (R15: progress against the
 * roadmap), unless the form has rows already.
 */
export function withRoadmapAreas(f: FormValues, areas: string[]): FormValues {
  if (Object.keys(f).some((k) => k.startsWith('progress.'))) return f;
  const rows = Object.fromEntries(areas.map((title, i) => [`progress.${i}.objective`, title]));
  return { ...f, ...rows };
}
