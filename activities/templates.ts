import type { EmailKind, EmailRequest, MailItem } from '../domain/cycle/state';
import type { Language } from '../domain/shared/country';
import { sayFor, texts, type Signer } from './texts';

// A cycle e-mail in the recipient's language (the words are in texts/). Each says what is due, by when
// (in the reader's zone and in the secretariat's), how to act and what is still missing.

/** The task an e-mail asks its reader to do, if any: its action link opens that task in the portal. */
export const taskOfKind: Partial<Record<EmailKind, 'report' | 'revision' | 'review'>> = {
  'call-for-reports': 'report',
  'submission-reminder': 'report',
  'submission-overdue': 'report',
  'deadline-extended': 'report',
  'extension-granted': 'report',
  'extension-refused': 'report',
  'review-request': 'review',
  'review-reminder': 'review',
  'review-overdue': 'review',
  'review-quorum': 'review',
  feedback: 'revision',
  'revision-reminder': 'revision',
  'revision-overdue': 'revision',
};

/** Links an e-mail carries: the reader's own action link, and the public page of a published report. */
export interface EmailLinks {
  action?: string;
  published?: string;
  /** The year's dashboard, where the secretariat decides a request for more time. */
  dashboard?: string;
}

/** A message to one person in their language: greeting, body, and the signature of the secretariat (or of the GCG). */
export function letter(toName: string, language: Language, body: string[], from: Signer = 'secretariat'): string {
  const t = texts[language];
  return t.typeset([`${toName},`, '', ...body, '', '—', t.signature[from]].join('\n'));
}

export function renderEmail(r: EmailRequest, links: EmailLinks = {}): { subject: string; text: string } {
  const language = r.to.language;
  const t = texts[language];
  const w = t.email;
  const say = sayFor(t, language, r.to.zone, r.country);
  const label = (word: string) => `${word}${t.colon}`;
  const lines = [w.intro[r.kind](r, say)];
  if (r.late) lines.push(w.late);
  if (r.extensionReason) lines.push(`${label(w.reason)} ${r.extensionReason}`);
  if (r.daysAsked) lines.push(`${label(w.daysAsked)} ${r.daysAsked}`);
  if (r.decisionNote) lines.push(`${label(w.note)} ${r.decisionNote}`);
  if (r.dueAt) {
    const due = `${label(t.due)} `;
    lines.push('', `${due}${say.dateTime(r.dueAt)} (${t.yourTime}, ${r.to.zone})`);
    lines.push(`${' '.repeat(due.length)}${say.dateTime(r.dueAt, r.secretariatZone)} (${t.secretariatTime}, ${r.secretariatZone})`);
  }
  if (r.missing?.length) lines.push('', `${label(w.missing)} ${say.list(r.missing.map((item) => w.items[item]))}`);
  if (r.comments) lines.push('', label(t.comments), r.comments);
  if (r.guidance?.evidence) lines.push('', label(t.guidanceEvidence), r.guidance.evidence);
  if (r.guidance?.participation) lines.push('', label(t.guidanceParticipation), r.guidance.participation);
  if (links.published) lines.push('', `${label(w.readOnline)} ${links.published}`);
  const task = taskOfKind[r.kind];
  if (task && links.action) lines.push('', label(w.act[task]), links.action, w.ownLink);
  if (links.dashboard) lines.push('', label(w.openDashboard), links.dashboard);
  if (r.mailDelay) {
    const list = (items: MailItem[]) =>
      items.map((item) => `- ${w.subject[item.kind]({ ...r, kind: item.kind, round: item.round }, say)} — ${item.name} <${item.address}>`);
    if (r.mailDelay.late.length) lines.push('', label(w.sentLate), ...list(r.mailDelay.late));
    if (r.mailDelay.dropped.length) lines.push('', label(w.dropped), ...list(r.mailDelay.dropped));
  }
  return { subject: t.typeset(w.subject[r.kind](r, say)), text: letter(r.to.name, language, lines) };
}
