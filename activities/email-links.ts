import type { Notice } from '../domain/shared/notice';
import type { EmailRequest } from '../domain/cycle/state';
import { candidacyWorkflowId, countryWorkflowId, escalationWorkflowId, supportWorkflowId } from '../domain/shared/workflow-ids';
import { taskOfKind, type EmailLinks } from './templates';
import { signGrant, type SigningKeys, type TaskRef } from '../client/tokens';

/** Where the portal is reached from an e-mail, and the keys that sign its action links. */
export interface Portal {
  /** Public base URL, without a trailing slash. */
  url: string;
  keys: SigningKeys;
}

/** A cycle's e-mail keys start with the cycle's workflow id (`reporting-cycle-PER-2027/step/person`). */
const cycleWorkflowId = (r: EmailRequest) => r.key.slice(0, r.key.indexOf('/'));

/** An action link stays valid this long after the task is due: late reports and reviews are still taken. */
const graceDays = 30;

/** The reader's own action link for the task the e-mail asks for, and the public page of a published report. */
export async function emailLinks(portal: Portal, r: EmailRequest): Promise<EmailLinks> {
  const links: EmailLinks = {};
  if (r.kind === 'finalised') links.published = `${portal.url}/countries/${r.country.code}/reports/${r.year}`;
  if (r.kind === 'extension-requested') links.dashboard = `${portal.url}/years/${r.year}`;
  const task = taskOfKind[r.kind];
  if (task) {
    const grant = { purpose: 'act' as const, sub: r.to.email, task: { workflowId: cycleWorkflowId(r), task, round: r.round } };
    const expires = new Date(Math.max(Date.parse(r.dueAt ?? '') || 0, Date.now()) + graceDays * 86_400_000);
    links.action = `${portal.url}/act?token=${await signGrant(portal.keys, grant, expires)}`;
  }
  return links;
}

/** Notices that ask their reader to act, and the workflow of the task their link opens. */
const noticeTasks: Partial<
  Record<Notice['kind'], (n: Notice & { country: { code: string } }) => { task: TaskRef['task']; workflowId: string }>
> = {
  'candidacy-invitation': (n) => ({ task: 'candidacy', workflowId: candidacyWorkflowId(n.country.code) }),
  'timeline-step-late': (n) => ({ task: 'candidacy', workflowId: candidacyWorkflowId(n.country.code) }),
  'candidacy-feedback': (n) => ({ task: 'candidacy', workflowId: candidacyWorkflowId(n.country.code) }),
  'candidacy-feedback-due': (n) => ({ task: 'candidacy-gcm', workflowId: candidacyWorkflowId(n.country.code) }),
  'candidacy-position-due': (n) => ({ task: 'candidacy-gcm', workflowId: candidacyWorkflowId(n.country.code) }),
  'country-inactive': (n) => ({ task: 'reactivation', workflowId: countryWorkflowId(n.country.code) }),
  // An inactive country left out of an event is shown the way back (R23).
  'event-left-out': (n) => ({ task: 'reactivation', workflowId: countryWorkflowId(n.country.code) }),
  'escalation-flag': (n) => ({ task: 'escalation', workflowId: escalationWorkflowId(n.country.code, n.year!) }),
  'decision-needed': (n) => ({ task: 'escalation', workflowId: escalationWorkflowId(n.country.code, n.year!) }),
  'support-check-in-due': (n) => ({ task: 'support', workflowId: supportWorkflowId(n.country.code, n.year!) }),
  // A reactivation request's notices are keyed by its own workflow id.
  'reactivation-requested': (n) => ({ task: 'verification', workflowId: n.key.slice(0, n.key.indexOf('/')) }),
  // A body's decision: the members answer a silence procedure, the chair and the secretariat steer it.
  'decision-pending': (n) => ({ task: 'decision', workflowId: n.decision!.workflowId }),
  'decision-circulated': (n) => ({ task: 'decision', workflowId: n.decision!.workflowId }),
  'decision-reminder': (n) => ({ task: 'decision', workflowId: n.decision!.workflowId }),
  'decision-objection': (n) => ({ task: 'decision', workflowId: n.decision!.workflowId }),
};

/** How long the link of a notice stays valid: candidacies, escalations and recoveries take months. */
const noticeLinkDays = 180;

/** The link of a notice: the reader's own (`personal`) to what it asks of them, or a page several people read. */
export async function noticeLink(portal: Portal, n: Notice): Promise<{ href: string; personal: boolean } | undefined> {
  if (n.kind === 'wg-report' || n.kind === 'wg-report-draft') return { href: `${portal.url}/wg-reports/${n.year}`, personal: false };
  if (n.kind === 'forecast-digest') return { href: `${portal.url}/years/${n.year}`, personal: false };
  if ((n.kind === 'roadmap-updated' || n.kind === 'roadmap-update-asked') && n.country)
    return { href: `${portal.url}/countries/${n.country.code}/roadmap`, personal: false };
  if (n.kind.startsWith('assistance-') && n.country)
    return { href: `${portal.url}/countries/${n.country.code}/assistance`, personal: false };
  const taskOf = noticeTasks[n.kind];
  // A decision's notice needs no country: a question about a year (the WG's report) names none.
  if (!taskOf || (!n.country && !n.decision)) return undefined;
  const { task, workflowId } = taskOf({ ...n, country: n.country ?? { code: '', name: '' } });
  const token = await signGrant(
    portal.keys,
    { purpose: 'act', sub: n.to.email, task: { workflowId, task, round: 0 } },
    new Date(Date.now() + noticeLinkDays * 86_400_000),
  );
  return { href: `${portal.url}/act?token=${token}`, personal: true };
}
