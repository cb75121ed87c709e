import type { Participation } from '../../domain/cycle/report';
import { shownGroup } from '../../domain/shared/stakeholders';
import type { Language } from '../../domain/shared/country';
import { vocabulary, type Stakeholder } from './vocabulary';

// Who took part in a report, as an e-mail line says it: whether both social partners did (S1), and the groups.

export function participationLine(lang: Language, p: Participation): string {
  const v = vocabulary[lang];
  const name = (key: string) => v.stakeholder[shownGroup(key) as Stakeholder] ?? key;
  const groups = p.groups.map(name).join(', ');
  return `${v.socialPartners.label}${v.colon} ${p.socialPartners ? v.socialPartners.tookPart : v.socialPartners.notBoth}${groups ? ` (${groups})` : ''}.`;
}
