import { describe, expect, it } from 'vitest';
import { CountryRecord, type CycleClosed } from '../../../../domain/record/country-record';
import type { CycleOutcome } from '../../../../domain/cycle/report';
import { dossierPage } from '../../../../portal/routes/countries/dossier-page';
import { words } from '../../../../portal/i18n';
import type { PageContext } from '../../../../portal/views/layout';
import { at } from '../../../helpers/rules';
import { governanceOfThree as governance, nepal } from '../../../helpers/fixtures';
import { ours, translationFaults } from '../../../helpers/translation';

// The dossier tells a flag the Working Group has yet to review from one it confirmed or withdrew (with who
// and why), in the reader's language, and its history says each step.

const ctx = (lang: 'en' | 'fr' | 'es'): PageContext => ({ lang, w: words[lang], zone: 'Europe/Zurich', csrf: '' });
const wg = 'amina.diallo@example.org';
const withdrawal = 'Sent by post before the close';
const confirmation = 'Nothing from the focal point';

const noEvidence: CycleOutcome = {
  reportSubmitted: true,
  finalised: true,
  indicatorFrameworkUpdated: true,
  evidenceOfProgress: false,
  evidenceOfCollaboration: true,
};
const closed = (year: number): CycleClosed => ({
  year,
  stage: 'finalised',
  outcome: noEvidence,
  rule: 'same-criterion',
  evidence: { deadline: `${year}-04-30T21:59:59.000Z`, extensions: 0, remindersSent: 4, submissions: [], reviews: [] },
});

/** Nepal's record with flags of 2028 (reviewed as `decision`, or not yet) after two cycles without evidence of progress. */
function nepalFlagged(decision?: 'confirmed' | 'withdrawn') {
  const record = CountryRecord.create(nepal, governance, at('2027-01-05T10:00:00Z'));
  for (const year of [2027, 2028]) record.recordCycle(closed(year), at(`${year}-10-01T10:00:00Z`), { wgConfirmsFlags: true });
  const reason = decision === 'withdrawn' ? withdrawal : confirmation;
  if (decision) record.reviewFlag(2028, { decision, reason, by: wg, at: '2028-11-20T10:00:00.000Z' }, at('2028-11-20T10:05:00Z'));
  return record.state;
}

const flagCell = (page: string) => /<td data-label="[^"]*">([^<]*<em data-flag="[^"]*">[^<]*<\/em>)<\/td><\/tr>/.exec(page)?.[1];
const text = (fragment: string) => fragment.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'");

describe("the dossier's flag, as the Working Group judged it", () => {
  it('says a flag awaits the WG, or who confirmed or withdrew it and why', () => {
    const page = (decision?: 'confirmed' | 'withdrawn') => dossierPage(ctx('en'), nepalFlagged(decision), []).toString();
    expect(text(flagCell(page())!)).toBe("(d) no evidence of progress against the roadmap (proposed, awaiting the Working Group's review)");
    expect(text(flagCell(page('confirmed'))!)).toBe(
      `(d) no evidence of progress against the roadmap (confirmed by the Working Group (${wg}): ${confirmation})`,
    );
    expect(text(flagCell(page('withdrawn'))!)).toBe(
      `(d) no evidence of progress against the roadmap (withdrawn by the Working Group (${wg}): ${withdrawal})`,
    );
    expect(page('withdrawn')).toContain(`2028 flag withdrawn by the Working Group (${wg}), no escalation: ${withdrawal}`);
    expect(page('confirmed')).toContain(`2028 flag confirmed by the Working Group (${wg})`);
    expect(text(page())).toContain("Flag proposed to the Working Group's report after the 2027 and 2028 cycles");
  });

  for (const lang of ['fr', 'es'] as const)
    it(`says it in ${lang === 'fr' ? 'French' : 'Spanish'}, without English or the code's names`, () => {
      for (const decision of [undefined, 'confirmed', 'withdrawn'] as const) {
        const page = dossierPage(ctx(lang), nepalFlagged(decision), []).toString();
        const said = text(flagCell(page)!);
        const history = text(/<ol>(.*?)<\/ol>/s.exec(page)![1]!);
        expect(translationFaults(ours(`${said}\n${history}`, [withdrawal, confirmation, 'Nepal', 'Népal']), lang)).toEqual([]);
      }
    });
});
