import { describe, expect, it } from 'vitest';
import { CountryRecord } from '../../../../domain/record/country-record';
import { roadmapDocument, type RoadmapDocument } from '../../../../domain/roadmap/document';
import { issuesOf } from '../../../../portal/issues';
import { words } from '../../../../portal/i18n';
import type { PageContext } from '../../../../portal/views/layout';
import { documentOf, fieldsOf, fieldsSent } from '../../../../portal/routes/countries/roadmap-form';
import { roadmapPage } from '../../../../portal/routes/countries/roadmap-page';
import { at } from '../../../helpers/rules';
import { governanceOfThree as governance, nepal } from '../../../helpers/fixtures';

// The roadmap's form, typed one item a line without script, is the document the record keeps: read back
// from the document it is the same document, and each part a schema refuses is found where it was typed.

const ctx: PageContext = { lang: 'en', w: words.en, zone: 'Europe/Zurich', csrf: 'token' };
const document: RoadmapDocument = {
  priorityAreas: [
    {
      title: 'Child labour in agriculture',
      actions: [
        { text: 'Train 200 labour inspectors', immediate: true },
        { text: 'Adopt the hazardous work list', due: '2031-03-31', immediate: false },
      ],
      indicators: ['CL-1.2', 'CL-2'],
      assistanceNeeds: ['A national survey'],
    },
    { title: 'Forced labour in mines', actions: [], indicators: [], assistanceNeeds: [] },
  ],
  budget: { secured: 'National budget', gaps: 'Survey' },
  coordinationBody: 'National commission',
  carriedOver: { actions: [{ text: 'Awareness campaign', immediate: false }], assistanceNeeds: [], notes: ['Timeline: 2027–2030'] },
};

/** The form as a browser sends it: every field by its name. */
function sent(fields: ReturnType<typeof fieldsOf>): Record<string, string> {
  const body: Record<string, string> = { _csrf: 'token', 'budget-secured': fields.secured, 'budget-gaps': fields.gaps };
  body['coordination-body'] = fields.coordinationBody;
  fields.areas.forEach((a, i) => {
    for (const part of ['title', 'immediate', 'actions', 'indicators', 'needs'] as const) body[`area-${i}-${part}`] = a[part];
    if (a.isNew) body[`area-${i}-new`] = 'yes';
  });
  for (const [part, value] of Object.entries(fields.carried ?? {})) body[`carried-${part}`] = value;
  return body;
}

describe('the roadmap form', () => {
  it('gives back the document it was filled from, the new area left blank', () => {
    const fields = fieldsSent(sent(fieldsOf(document)));
    expect(fields.areas).toHaveLength(3);
    expect(roadmapDocument().parse(documentOf(fields, document).document)).toEqual(document);
  });

  it('removes an area whose title is blanked, and asks for the title of a new area given only actions', () => {
    const fields = fieldsOf(document);
    fields.areas[1]!.title = ' ';
    expect(documentOf(fields, document).document.priorityAreas.map((a) => a.title)).toEqual(['Child labour in agriculture']);
    fields.areas[2]!.actions = 'Map the mining sites';
    const { document: typed, where } = documentOf(fields, document);
    const [issue] = issuesOf(roadmapDocument(), typed);
    expect(issue!.path).toEqual(['priorityAreas', 1, 'title']);
    expect(where(issue!.path)).toEqual({ id: 'area-2-title' });
  });

  it('finds each refused part at its field and line', () => {
    const fields = fieldsOf(document);
    fields.areas[0]!.indicators = 'CL-1.2\n\nCL 1.2 bis';
    fields.areas[0]!.actions = '2031-02-30 Adopt the list';
    const { document: typed, where } = documentOf(fields, document);
    const places = issuesOf(roadmapDocument(), typed).map((i) => where(i.path));
    expect(places).toEqual([
      { id: 'area-0-actions', line: 1 },
      { id: 'area-0-indicators', line: 3 },
    ]);
  });

  it('shows the document, the candidacy’s items and what each version changed; the form prefilled only when given', () => {
    const record = CountryRecord.create(nepal, governance, at('2030-01-05T10:00:00Z'));
    record.updateRoadmap({ as: nepal.focalPoint.email, document }, at('2030-02-01T10:00:00Z'));
    const read = roadmapPage(ctx, record.state, {}).toString();
    expect(read).not.toContain('<form method="post"><input type="hidden" name="_csrf"');
    expect(read).toContain('Adopt the hazardous work list (due March 31, 2031)');
    expect(read).toContain('From the candidacy, still to be placed in a priority area');
    expect(read).toContain('new priority area: Child labour in agriculture; new priority area: Forced labour in mines');
    const inactive = roadmapPage(ctx, record.state, { notActive: true }).toString();
    expect(inactive).toContain('The roadmap can be updated again once the country is active.');
    const editing = roadmapPage(ctx, record.state, { form: { fields: fieldsOf(record.roadmap) } }).toString();
    expect(editing).toContain('name="area-2-new" value="yes"');
    expect(editing).toContain('>2031-03-31 Adopt the hazardous work list</textarea>');
  });
});
