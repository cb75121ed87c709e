import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WgReport } from '../../activities/publisher';
import type { CycleOutcome } from '../../domain/cycle/report';
import { flagReviewArgs } from '../../domain/cycle/wg-report-args';
import { words } from '../../portal/i18n';
import { draftIds, wgReportDraftPage, wgReportPage, type DraftView } from '../../portal/routes/wg-reports/wg-report-page';
import { fieldErrorsOf } from '../../portal/views/form-errors';
import { stylesheet, type PageContext } from '../../portal/views/layout';
import { expectAccessible } from '../helpers/axe';
import { ours, translationFaults } from '../helpers/translation';

// The draft of the Working Group's report as a member and the chair read it, with countries in it. The dev
// server runs on the real clock and a year's run drafts only the countries whose cycles it opened, so no live
// draft with countries reaches a browser: the portal's own view is rendered here, inside its layout, and
// served to Chromium with the portal's stylesheet and a content policy that allows no inline style or script.

const year = 2031;
const origin = 'http://portal.test';
const screenshots = join(__dirname, '../../test-results/screenshots');
const chair = 'amina.diallo@example.org';
const member = 'ravi.menon@example.org';

const none: CycleOutcome = {
  reportSubmitted: false,
  finalised: false,
  indicatorFrameworkUpdated: false,
  evidenceOfProgress: false,
  evidenceOfCollaboration: false,
};
const withoutProgress: CycleOutcome = {
  reportSubmitted: true,
  finalised: true,
  indicatorFrameworkUpdated: true,
  evidenceOfProgress: false,
  evidenceOfCollaboration: true,
};

/** What the countries and the Working Group wrote, which every reader gets as written. */
const written = {
  ngaChallenges: 'Flooding in the north displaced the labour inspectorate for four months.',
  ngaLearning: ['Cross-border cooperation on trafficking', 'Child labour in cocoa supply chains'],
  perChallenges: 'Las elecciones interrumpieron el mecanismo nacional de coordinación.',
  perLearning: ['Inspección del trabajo en la minería informal'],
  perNarrative: 'Le Pérou a nommé un nouveau point focal en mai ; son rapport décrit un plan de relance crédible.',
  perSocialDialogue: 'Les deux confédérations syndicales et la fédération patronale ont validé le rapport.',
  perWithdrawal: 'Las pruebas de avance llegaron por correo postal después del cierre; el GT las examinó.',
  ngaArea: 'Labour inspection in cocoa-growing states',
  ngaNeed: 'Design of a risk-based inspection plan',
  perPlanned: ['Reanudar el mecanismo nacional de coordinación', 'Publicar el plan de inspección minera'],
  perReported: ['Inspección del trabajo en la minería'],
  ngaPartner: 'Cocoa Sector Alliance',
  ngaGiven: 'Two inspectors seconded for three months',
};

/** Nigeria sent no report two years running; Peru reported both years without evidence of progress, and the WG withdrew its flag. */
const report: WgReport = {
  year,
  rows: [
    {
      country: 'NGA',
      name: 'Nigeria',
      stage: 'closed-without-report',
      outcome: none,
      evidence: { deadline: `${year}-04-30T21:59:59.000Z`, extensions: 1, remindersSent: 6, submissions: [], reviews: [] },
      previous: { year: year - 1, stage: 'closed-without-report', outcome: none },
      flagged: true,
      criteria: ['no-report'],
    },
    {
      country: 'PER',
      name: 'Peru',
      stage: 'finalised',
      outcome: withoutProgress,
      evidence: {
        deadline: `${year}-04-30T21:59:59.000Z`,
        extensions: 0,
        remindersSent: 4,
        submissions: [
          { kind: 'report', at: `${year}-04-28T15:00:00.000Z`, late: false },
          { kind: 'revision', at: `${year}-06-20T09:30:00.000Z`, late: false },
        ],
        reviews: [
          { round: 1, decision: 'revise', at: `${year}-05-20T10:00:00.000Z` },
          { round: 2, decision: 'accept', at: `${year}-07-02T10:00:00.000Z` },
        ],
      },
      previous: { year: year - 1, stage: 'finalised', outcome: withoutProgress },
      flagged: true,
      criteria: ['no-evidence-of-progress'],
    },
  ],
  themes: {
    NGA: {
      challenges: written.ngaChallenges,
      learningInterests: written.ngaLearning,
      assistanceNeeds: [{ area: written.ngaArea, need: written.ngaNeed }],
      // The assistance it asked for in the year, and what was given.
      assistance: {
        requested: 2,
        given: [
          { request: 1, need: written.ngaNeed, mechanism: 'II', partner: written.ngaPartner, on: `${year}-03-02`, given: written.ngaGiven },
        ],
      },
    },
    // Peru's report names both social partners, and a group of the list before 1.1, shown as it was.
    PER: {
      challenges: written.perChallenges,
      learningInterests: written.perLearning,
      participation: { groups: ['government', 'employers', 'workers', 'regional-initiatives'], socialPartners: true },
      // What last year's report planned, beside what this year's reports progress on (R15).
      planned: written.perPlanned,
      reported: written.perReported,
    },
  },
  narratives: [
    {
      country: 'PER',
      text: written.perNarrative,
      socialDialogue: written.perSocialDialogue,
      by: member,
      at: `${year}-10-03T08:00:00.000Z`,
    },
  ],
  flagReviews: [{ country: 'PER', decision: 'withdrawn', reason: written.perWithdrawal, by: member, at: `${year}-10-03T08:10:00.000Z` }],
};

const ctx = (lang: 'fr' | 'es', signedIn: string): PageContext => ({
  lang,
  w: words[lang],
  zone: 'Europe/Zurich',
  csrf: 'a-csrf-token',
  signedIn,
});

/** A withdrawal sent without its reason, as the route checks it with the domain's schema and sends it back. */
function withdrawalWithoutReason(c: PageContext): DraftView['failed'] {
  const d = c.w.wgReport.draft;
  const ids = { decision: draftIds.decision('NGA'), reason: draftIds.reason('NGA') };
  const values = { country: ['NGA'], decision: ['withdrawn'], reason: [''] };
  const errors = fieldErrorsOf(c, {
    schema: flagReviewArgs(),
    args: { as: member, country: 'NGA', decision: 'withdrawn', reason: '' },
    field: (path) => (path[0] === 'decision' ? { id: ids.decision, label: d.flagLegend } : { id: ids.reason, label: d.reason }),
  });
  expect(errors?.fields.map((f) => f.id)).toEqual([ids.reason]);
  return { form: draftIds.flagForm('NGA'), values, errors: errors! };
}

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  mkdirSync(screenshots, { recursive: true });
});
afterAll(() => browser?.close());

/** The page in Chromium as the portal serves it: its stylesheet at /portal.css, no inline style or script allowed. */
async function opened(c: PageContext, view: DraftView): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: c.lang });
  const document = String(wgReportDraftPage(c, report, view));
  await page.route(`${origin}/**`, (route) =>
    new URL(route.request().url()).pathname === '/portal.css'
      ? route.fulfill({ contentType: 'text/css', body: stylesheet })
      : route.fulfill({
          contentType: 'text/html; charset=utf-8',
          headers: { 'content-security-policy': "default-src 'self'; style-src 'self'; script-src 'none'; form-action 'self'" },
          body: document,
        }),
  );
  await page.goto(`${origin}/wg-reports/${year}`);
  return page;
}

/** Full-page screenshots at desktop and phone width, each checked against WCAG 2.2 A/AA. */
async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
  await expectAccessible(page, name);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(screenshots, `${name}-phone.png`), fullPage: true });
  await expectAccessible(page, `${name} on a phone`);
  // Nothing wider than the phone: no sideways scrolling to read a table or a form.
  const width = () =>
    (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth;
  expect(await page.evaluate(width)).toBeLessThanOrEqual(390);
}

const writtenTexts = [...Object.values(written).flat(), member, chair];

describe.each(['fr', 'es'] as const)('the draft with two countries, in %s', (lang) => {
  const w = words[lang];
  const g = w.wgReport;
  const d = g.draft;
  const name = (code: string, english: string) => w.terms.countryName(code, english);

  it('shows a member each country, its themes, the narrative form and the flag form, and who withdrew a flag and why', async () => {
    const page = await opened(ctx(lang, member), { edits: true, signs: false });
    await expect(page.locator('h1').textContent()).resolves.toBe(d.title(year));
    for (const [code, english] of [
      ['NGA', 'Nigeria'],
      ['PER', 'Peru'],
    ] as const) {
      const section = page.locator(`section#${code}`);
      await expect(section.locator('h2').first().textContent()).resolves.toBe(`${name(code, english)} (${code})`);
      // The narrative, labelled in the reader's language, with what was written so far.
      await expect(section.getByLabel(d.narrativeText, { exact: true }).inputValue()).resolves.toBe(
        code === 'PER' ? written.perNarrative : '',
      );
      await expect(section.getByRole('button', { name: d.saveNarrative }).count()).resolves.toBe(1);
      // The proposed flag, confirmed or withdrawn with its reason.
      const flag = section.locator(`form[action="/wg-reports/${year}/flag"]`);
      await expect(flag.getByRole('group', { name: d.flagLegend }).count()).resolves.toBe(1);
      await expect(flag.getByLabel(d.confirm).count()).resolves.toBe(1);
      await expect(flag.getByLabel(d.withdraw).count()).resolves.toBe(1);
      await expect(flag.getByLabel(d.reason, { exact: true }).count()).resolves.toBe(1);
      await expect(flag.getByRole('button', { name: d.saveFlag }).count()).resolves.toBe(1);
    }
    // Nigeria's flag waits for the WG; Peru's was withdrawn, with the reason and who withdrew it, as the form keeps it.
    const nga = page.locator('section#NGA');
    await expect(nga.innerText()).resolves.toContain(d.toDecide);
    await expect(nga.innerText()).resolves.toContain(written.ngaChallenges);
    await expect(nga.innerText()).resolves.toContain(written.ngaLearning.join(w.terms.separator));
    // The technical-assistance needs of its current roadmap, with their priority area.
    await expect(nga.innerText()).resolves.toContain(g.assistanceNeeds);
    await expect(nga.innerText()).resolves.toContain(`${written.ngaArea}${w.terms.colon} ${written.ngaNeed}`);
    await expect(nga.innerText()).resolves.toContain(g.assistance(2));
    await expect(nga.innerText()).resolves.toContain(`, ${written.ngaNeed} (${written.ngaPartner})${w.terms.colon} ${written.ngaGiven}`);
    const per = page.locator('section#PER');
    await expect(per.innerText()).resolves.toContain(g.flagWithdrawn(written.perWithdrawal, member));
    await expect(per.getByLabel(d.withdraw).isChecked()).resolves.toBe(true);
    await expect(per.getByLabel(d.reason, { exact: true }).inputValue()).resolves.toBe(written.perWithdrawal);
    await expect(per.innerText()).resolves.toContain(written.perChallenges);
    await expect(per.innerText()).resolves.toContain(`${g.planned}${w.terms.colon} ${written.perPlanned.join(w.terms.separator)}`);
    await expect(per.innerText()).resolves.toContain(`${g.reported}${w.terms.colon} ${written.perReported.join(w.terms.separator)}`);
    await expect(nga.innerText()).resolves.not.toContain(g.plannedVsReported);
    // Whether the social partners took part, and which groups did, in the reader's words (S1); and the WG's line on it.
    const t = w.terms;
    await expect(per.locator('li.social-partners').innerText()).resolves.toBe(
      `${t.socialPartners.label}${t.colon} ${t.socialPartners.tookPart} (${[t.stakeholder.government, t.stakeholder.employers, t.stakeholder.workers, t.stakeholder['regional-initiatives']].join(', ')})`,
    );
    await expect(per.getByLabel(d.socialDialogueText, { exact: true }).inputValue()).resolves.toBe(written.perSocialDialogue);
    await expect(nga.getByLabel(d.socialDialogueText, { exact: true }).inputValue()).resolves.toBe('');
    await expect(nga.locator('li.social-partners').count()).resolves.toBe(0);
    // A member does not sign.
    await expect(page.getByRole('button', { name: d.signOff }).count()).resolves.toBe(0);
    await expect(page.locator('section.figures').innerText()).resolves.toContain(`${d.flagsProposed}${w.terms.colon} 2`);

    expect(translationFaults(ours(await page.locator('body').innerText(), writtenTexts), lang)).toEqual([]);
    await shot(page, `wg-report-draft-countries-${lang}`);
  });

  it('says a flag the WG confirmed is still its proposal, not yet sent to the GCM, until the chair signs', () => {
    const confirmation = 'Ningún informe en dos años.';
    const confirmed = {
      country: 'NGA',
      decision: 'confirmed' as const,
      reason: confirmation,
      by: chair,
      at: `${year}-10-04T08:00:00.000Z`,
    };
    const draft = { ...report, flagReviews: [...report.flagReviews!, confirmed] };
    const nga = /<section class="country" id="NGA">[\s\S]*?<\/section>/.exec(
      String(wgReportDraftPage(ctx(lang, chair), draft, { edits: true, signs: true })),
    )![0];
    expect(nga).toContain(`<strong>${d.proposed}</strong>`);
    expect(nga).toContain(g.flagConfirmed(confirmation, chair));
    expect(nga).not.toContain(d.toDecide);
    expect(nga).not.toContain(`<strong>${g.flagged}</strong>`);
  });

  it('offers the chair the sign-off, saying how many proposed flags still wait', async () => {
    const page = await opened(ctx(lang, chair), { edits: true, signs: true });
    const signOff = page.locator(`form[action="/wg-reports/${year}/sign-off"]`);
    await expect(signOff.getByRole('button', { name: d.signOff }).count()).resolves.toBe(1);
    // Nigeria's flag still waits for the WG's word: the chair is told, with a link to its form.
    await expect(signOff.innerText()).resolves.toContain(d.unreviewed(1));
    await expect(signOff.getByRole('link', { name: name('NGA', 'Nigeria') }).getAttribute('href')).resolves.toBe('#NGA');
    expect(translationFaults(ours(await page.locator('body').innerText(), writtenTexts), lang)).toEqual([]);
    await shot(page, `wg-report-draft-countries-chair-${lang}`);
  });

  it('brings a withdrawal without its reason back with the error on the reason, and what was chosen kept', async () => {
    const c = ctx(lang, member);
    const page = await opened(c, { edits: true, signs: false, failed: withdrawalWithoutReason(c) });
    const reason = page.locator(`#${draftIds.reason('NGA')}`);
    await expect(reason.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await reason.getAttribute('aria-describedby'))!.split(' ');
    const description = await Promise.all(describedBy.map((id) => page.locator(`#${id}`).innerText()));
    expect(description.join(' ')).toContain(w.invalid.required);
    // The list of what to correct is above Nigeria's flag form, and takes the focus.
    await expect(page.locator('section#NGA [autofocus]').count()).resolves.toBe(1);
    await expect(page.locator('section#NGA').getByLabel(d.withdraw).isChecked()).resolves.toBe(true);
    // Peru's form is as it was.
    await expect(page.locator(`#${draftIds.reason('PER')}`).getAttribute('aria-invalid')).resolves.toBeNull();
    expect(translationFaults(ours(await page.locator('body').innerText(), writtenTexts), lang)).toEqual([]);
    await shot(page, `wg-report-draft-countries-error-${lang}`);
  });
});

describe.each(['fr', 'es'] as const)('the signed report, in %s', (lang) => {
  it("shows the Working Group's line on a country's social dialogue under its narrative", () => {
    const g = words[lang].wgReport;
    const per = /<section class="country" id="PER">[\s\S]*?<\/section>/.exec(String(wgReportPage(ctx(lang, member), report)))![0];
    expect(per).toContain(`<h3>${g.socialDialogue}</h3><p class="pre">${written.perSocialDialogue}</p>`);
    expect(per).toContain(words[lang].terms.socialPartners.tookPart);
  });
});
