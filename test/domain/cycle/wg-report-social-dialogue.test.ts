import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { reviewedRows } from '../../../domain/cycle/annual-cycle';
import { reportSchema } from '../../../domain/cycle/report';
import { themesOf, WgReportDraft, type WgReportState } from '../../../domain/cycle/wg-report-draft';
import type { Governance } from '../../../domain/shared/country';
import { report, reviewer, secretariat } from '../../helpers/fixtures';

// S1 in the Working Group's report: each country's themes say whether both social partners took part in its
// report, which travels with its row to the GCM; the WG may add its own line on social dialogue beside its
// narrative, kept when a later narrative leaves it out.

const governance: Governance = { secretariat, gcm: [], workingGroup: { chair: reviewer.email, members: [reviewer] } };
const at = DateTime.fromISO('2027-10-05T09:00:00Z');
const row = { country: 'NPL', name: 'Nepal', stage: 'finalised', flagged: false, criteria: [] };

describe("the Working Group's report and social dialogue", () => {
  it('takes from each report who took part, and sends it with the row to the GCM', () => {
    const filed = reportSchema().parse(
      report({
        stakeholderParticipation: {
          national: [
            { group: 'employers', description: 'Chamber of commerce.' },
            { group: 'workers', description: 'Brick workers union.' },
          ],
          international: [{ group: 'international-organisations', description: 'ILO.' }],
        },
      }),
    );
    const themes = themesOf(filed);
    expect(themes.participation).toEqual({ groups: ['employers', 'workers', 'international-organisations'], socialPartners: true });
    expect(themesOf(undefined).participation).toBeUndefined();
    expect(reviewedRows({ rows: [row], themes: { NPL: themes } })[0]!.participation?.socialPartners).toBe(true);
    expect(reviewedRows({ rows: [row] })[0]).toEqual(row);
  });

  it("keeps the WG's line on social dialogue beside its narrative, until it is rewritten or both are emptied", () => {
    const state: WgReportState = { rows: [row] };
    const draft = new WgReportDraft(2027, state, governance);
    const line = 'Employers took part in the validation workshop only.';
    draft.narrative({ as: reviewer.email, country: 'NPL', text: 'A credible plan.', socialDialogue: line }, at);
    expect(state.narratives).toEqual([
      { country: 'NPL', text: 'A credible plan.', socialDialogue: line, by: reviewer.email, at: '2027-10-05T09:00:00.000Z' },
    ]);
    // A narrative sent without the line (the CLI's --text alone) leaves it as it was.
    draft.narrative({ as: reviewer.email, country: 'NPL', text: 'A credible plan, on time.' }, at);
    expect(state.narratives![0]!.socialDialogue).toBe(line);
    // The line alone is a narrative too; both empty remove it.
    draft.narrative({ as: reviewer.email, country: 'NPL', text: '', socialDialogue: line }, at);
    expect(state.narratives).toHaveLength(1);
    draft.narrative({ as: reviewer.email, country: 'NPL', text: '', socialDialogue: '' }, at);
    expect(state.narratives).toEqual([]);
    expect(() => draft.validateNarrative({ as: reviewer.email, country: 'NPL', socialDialogue: 'x'.repeat(2001) })).toThrow(
      /socialDialogue: must be at most 2000 characters/,
    );
  });
});
