import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../domain/report';
import type { Review } from '../domain/reporting-cycle';

export interface FinalReport {
  country: string;
  countryName: string;
  year: number;
  report: Report;
  reviews: Review[];
}

/** Where final reports go (R17). The embedded default writes static files; a website adapter fits behind it. */
export interface Publisher {
  publishFinalReport(final: FinalReport): Promise<{ location: string }>;
}

/** Writes `<dir>/<ISO3>/<YEAR>/{report.json,indicator-framework.json}`; writing the same report twice is harmless. */
export function folderPublisher(dir: string): Publisher {
  return {
    async publishFinalReport(final) {
      const folder = join(dir, final.country, String(final.year));
      await mkdir(folder, { recursive: true });
      const { indicatorFramework, ...report } = final.report;
      const header = { country: final.country, countryName: final.countryName, year: final.year };
      await writeFile(join(folder, 'report.json'), JSON.stringify({ ...header, ...report, reviews: final.reviews }, null, 2) + '\n');
      await writeFile(join(folder, 'indicator-framework.json'), JSON.stringify({ ...header, ...indicatorFramework }, null, 2) + '\n');
      return { location: folder };
    },
  };
}
