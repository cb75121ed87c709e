import type { SupportState } from '../../../domain/escalation/gcm-escalation';
import { html } from '../../html';
import { area, check, form, notices, supportSummary } from '../../views/steering';
import { page, type PageContext } from '../../views/layout';

// A support sub-group's page (R21): the support so far, and its members' check-in.

export function supportPage(ctx: PageContext, code: string, year: number, support: SupportState, recorded?: string, problem?: string) {
  const body = html`${notices(recorded, problem)}${supportSummary(support)}
${support.endedAt ? '' : form(ctx, `/support/${code}/${year}`, 'Check in (R21)', html`${area('note', 'What happened since the last check-in')}${check('ready', 'yes', 'The country is ready to resume')}`, 'Record the check-in')}`;
  return page(ctx, `Support to ${code} (${year})`, body);
}
