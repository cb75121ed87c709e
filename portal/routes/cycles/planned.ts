import { countryRecord } from '../../../app/countries';
import type { Report } from '../../../domain/cycle/report';
import { getJson } from '../../../store/object-store';
import type { Portal } from '../../context';

/** What a country planned for a cycle's report to answer (R15). */
export interface Planned {
  /** Its current roadmap's priority areas, their indicator codes, and the actions due by the end of the cycle's year. */
  roadmapAreas: { title: string; indicators: string[]; actionsDue: { text: string; due?: string }[] }[];
  /** The next steps set in last year's published report. */
  lastNextSteps: string[];
}

/** What the country planned: its current roadmap, and the next steps of last year's published report. */
export async function planned(portal: Portal, code: string, year: number): Promise<Planned> {
  const record = await countryRecord(portal.client, code).catch(() => undefined);
  const roadmap = record?.roadmaps.filter((v) => v.document).at(-1)?.document;
  const lastReport = await getJson<Partial<Report>>(portal.settings.stores.published, `${code}/${year - 1}/report.json`);
  return {
    roadmapAreas:
      roadmap?.priorityAreas.map((a) => ({
        title: a.title,
        indicators: a.indicators,
        actionsDue: a.actions.filter((x) => x.immediate || (x.due !== undefined && x.due <= `${year}-12-31`)),
      })) ?? [],
    lastNextSteps: lastReport?.nextSteps ?? [],
  };
}
