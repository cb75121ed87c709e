import { html } from '../../html';
import type { Issue } from '../../issues';
import type { PageContext } from '../../views/layout';
import { country, titled } from '../../views/say';
import type { CountryState } from '../../../domain/record/country-record';
import { reportFormPage } from '../cycles/report-page';
import { withRoadmapAreas, type FormValues } from '../cycles/report-form';

export interface ReactivationForm {
  values: FormValues;
  errors: Record<string, Issue>;
  problems: string[];
  maxMb: number;
}

/**
 * The request's form (R23): the letter to the Chair, then the progress report in the annual report's form,
 * its rows started from the roadmap's priority areas.
 */
export function reactivationPage(ctx: PageContext, record: CountryState, f: ReactivationForm) {
  const { w } = ctx;
  const areas = record.roadmaps.filter((v) => v.document).at(-1)?.document?.priorityAreas ?? [];
  const values = withRoadmapAreas(
    f.values,
    areas.map((a) => a.title),
  );
  const wrong = (field: string) => (f.errors[field] ? html` aria-invalid="true"` : '');
  const letter = html`<fieldset id="letter"><legend>${w.letterSummary}</legend>
<label for="letterDocument">${w.letterDocument}</label><input type="file" id="letterDocument" name="letterDocument" aria-required="true" accept=".pdf,.docx,.odt">
<label for="letterGist">${w.letterGist}</label><textarea id="letterGist" name="letterGist" required maxlength="20000"${wrong('letterGist')}>${values.letterGist ?? ''}</textarea>
<label for="roadmapChanges">${w.roadmapChanges}</label><textarea id="roadmapChanges" name="roadmapChanges" maxlength="20000">${values.roadmapChanges ?? ''}</textarea></fieldset>`;
  return reportFormPage(ctx, {
    title: titled(ctx, w.reactivationTitle, country(ctx, record.country)),
    action: `/countries/${record.country.code}/reactivation`,
    values,
    errors: f.errors,
    problems: f.problems,
    due: html`${w.reactivationIntro}`,
    roadmapAreas: areas.map((a) => ({ title: a.title, indicators: a.indicators })),
    attachments: [],
    maxMb: f.maxMb,
    before: letter,
    submitLabel: w.sendRequest,
  });
}
