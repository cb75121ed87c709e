import type { Notice, NoticeKind } from '../domain/shared/notice';
import { letter } from './templates';
import { sayFor, texts, type Signer } from './texts';

// The notices about a country's standing, in the reader's language (the words are in texts/), whoever
// reads them: the country, the GCM, a support sub-group or the secretariat.

/** What the GCM tells a country itself (R10, R18, R20, R22) is signed by it, not by the secretariat. */
const fromGcg: ReadonlySet<NoticeKind> = new Set<NoticeKind>([
  'annual-status-update',
  'country-inactive',
  'dialogue-opened',
  'candidacy-feedback',
]);

/** `sender`, when the GCM signs, is the name its e-mail comes from (at the secretariat's address). */
export function renderNotice(n: Notice, link = ''): { subject: string; text: string; sender?: string } {
  const language = n.to.language;
  const t = texts[language];
  const say = sayFor(t, language, n.to.zone, n.country);
  const text = t.notice[n.kind];
  const from: Signer = fromGcg.has(n.kind) ? 'gcg' : 'secretariat';
  return {
    subject: t.typeset(text.subject(n, say)),
    text: letter(n.to.name, language, text.body(n, say, link), from),
    ...(from === 'gcg' && { sender: t.signature.gcg }),
  };
}
