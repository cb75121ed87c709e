import type { Participation } from '../../domain/cycle/report';
import { isStakeholderGroup, shownGroup } from '../../domain/shared/stakeholders';
import type { Stakeholder } from '../../activities/texts/vocabulary';
import { html, type Html } from '../html';
import type { PageContext } from './layout';

// Stakeholder groups as pages name them: the vocabulary's words for its groups and for the groups of earlier
// reports, and a candidacy's free-text group (filed before 1.1) as the candidate wrote it.

export function stakeholderName({ w }: PageContext, key: string): string {
  const shown = shownGroup(key);
  return isStakeholderGroup(shown) || Object.hasOwn(w.terms.stakeholder, shown) ? w.terms.stakeholder[shown as Stakeholder] : key;
}

/** Whether both social partners took part, and every group that did, in one line. */
export function socialPartnersLine(ctx: PageContext, p: Participation): Html {
  const s = ctx.w.terms.socialPartners;
  const groups = p.groups.map((g) => stakeholderName(ctx, g)).join(', ');
  return html`${p.socialPartners ? s.tookPart : html`<strong>${s.notBoth}</strong>`}${groups ? html` (${groups})` : ''}`;
}
