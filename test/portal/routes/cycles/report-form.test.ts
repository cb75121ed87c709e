import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../../../domain/cycle/report';
import { fieldErrors, formToReport, reportToForm, withRoadmapAreas } from '../../../../portal/routes/cycles/report-form';
import { exampleReport, report as fixtureReport } from '../../../helpers/fixtures';

// R15: the report follows the roadmap. Its progress rows start from the roadmap's priority areas, and the next
// steps it sets travel one a line through the form and back.

describe('the report form and the roadmap', () => {
  it('starts a report without progress rows from the roadmap’s priority areas, and leaves rows already there', () => {
    expect(withRoadmapAreas({ challenges: 'x' }, ['Labour inspection', 'Birth registration'])).toEqual({
      challenges: 'x',
      'progress.0.objective': 'Labour inspection',
      'progress.1.objective': 'Birth registration',
    });
    const typed = { 'progress.0.objective': 'Our own objective' };
    expect(withRoadmapAreas(typed, ['Labour inspection'])).toBe(typed);
  });

  it('carries the next steps one a line, and a report without them stays valid', () => {
    const report = reportSchema().parse({ ...exampleReport, nextSteps: ['Publish the inspection plan', 'Extend the survey'] });
    const form = reportToForm(report);
    expect(form.nextSteps).toBe('Publish the inspection plan\nExtend the survey');
    expect(reportSchema().parse(formToReport(form).report).nextSteps).toEqual(report.nextSteps);
    const { nextSteps: _dropped, ...older } = report;
    expect(reportSchema().parse(older).nextSteps).toEqual([]);
  });

  it('names the next steps field when there are too many', () => {
    const form = {
      ...reportToForm(reportSchema().parse(exampleReport)),
      nextSteps: Array.from({ length: 21 }, (_, i) => `Step ${i}`).join('\n'),
    };
    const { report, rows } = formToReport(form);
    const checked = reportSchema().safeParse(report);
    expect(checked.success).toBe(false);
    expect(Object.keys(fieldErrors(checked.error!.issues, rows))).toEqual(['nextSteps']);
  });
});

describe('the report form and the stakeholder vocabulary', () => {
  it('opens a report stored with the earlier groups under the groups that replaced them, and keeps one without a match', () => {
    const earlier = reportSchema().parse(
      fixtureReport({
        stakeholderParticipation: {
          national: [
            { group: 'ministries', description: 'Labour ministry.' },
            { group: 'ngos', description: 'Two NGOs.' },
          ],
          international: [{ group: 'regional-initiatives', description: 'The regional initiative.' }],
        },
      }),
    );
    const form = reportToForm(earlier);
    expect(form['national.government']).toBe('Labour ministry.');
    expect(form['national.civil-society']).toBe('Two NGOs.');
    expect(form['international.regional-initiatives']).toBe('The regional initiative.');
    // Sent again (a revision), nothing typed is lost: the vocabulary's groups, and the earlier one as it was.
    expect(reportSchema().parse(formToReport(form).report).stakeholderParticipation).toEqual({
      national: [
        { group: 'government', description: 'Labour ministry.' },
        { group: 'civil-society', description: 'Two NGOs.' },
      ],
      international: [{ group: 'regional-initiatives', description: 'The regional initiative.' }],
    });
  });
});
