import type { Report } from '../../domain/cycle/report';

/** The headings a language gives the parts of a report told in an e-mail. */
export interface ReportLineWords {
  /** How the language sets a colon: French puts a no-break space before it. */
  colon: string;
  progress: string;
  framework: (updated: boolean, indicators: number) => string;
  evidence: string;
  collaboration: string;
  documents: string;
}

/** A report in the R15 form, told in a few lines: what it says of each part, its documents by name. */
export function reportLines(report: Report, w: ReportLineWords): string[] {
  const listed = (heading: string, items: string[]) => (items.length ? [`${heading}${w.colon}${items.join('; ')}`] : []);
  return [
    ...listed(
      w.progress,
      report.progress.map((p) => `${p.objective}${w.colon}${p.summary}`),
    ),
    w.framework(report.indicatorFramework.updated, report.indicatorFramework.indicators.length),
    ...listed(
      w.evidence,
      report.evidence.map((e) => e.description),
    ),
    ...listed(
      w.collaboration,
      report.collaboration.map((c) => c.description),
    ),
    ...listed(
      w.documents,
      report.attachments.map((a) => a.name),
    ),
  ];
}
