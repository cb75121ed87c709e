import { createHash } from 'node:crypto';
import { Context } from '@temporalio/activity';
import { email } from '../domain/fields';
import { createTransport, type Transporter } from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';
import type { DeliveryLedger } from './delivery-ledger';
import type { Notice } from '../domain/governance';
import type { EmailRequest } from '../domain/reporting-cycle-state';
import { renderNotice } from './notice-templates';
import { emailLinks, noticeLink, type Portal } from './email-links';
import { renderEmail } from './templates';

/** The same request always yields the same Message-ID, so a retried send is recognisably one e-mail. */
export function messageIdFor(key: string): string {
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@pathfinder.invalid>`;
}

/**
 * The SMTP transport of a worker: pooled connections, so a burst of reminders does not open one connection
 * per e-mail. Its timeouts (nodemailer's own are 2 and 10 minutes) end well within the e-mail activities'
 * 3-minute limit, so an attempt the server gives up on has also given up here and cannot still be sending.
 */
export function mailTransport(smtpUrl: string): Transporter {
  return createTransport({ url: smtpUrl, pool: true, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });
}

/** How often a send in progress tells the server it is alive (the activities' heartbeat timeout is 30 s). */
const heartbeatEveryMs = 5_000;

const clip = (text: string) => text.slice(0, 500);
const isAddress = (value: unknown) => email().safeParse(value).success;
const addressOf = (entry: unknown) => (typeof entry === 'string' ? entry : (entry as { address?: string } | undefined)?.address);

interface Outgoing {
  key: string;
  kind: string;
  to: { name: string; email: string };
  cc: string[];
  date?: string;
}

export function createEmailActivities(deps: { mailer: Transporter; from: string; portal: Portal; ledger: DeliveryLedger }) {
  /** The configured sender's address, which the GCM's notices are sent from under its own name. */
  const fromAddress = addressparser(deps.from, { flatten: true })[0]?.address ?? deps.from;
  /**
   * Sends one e-mail. A permanent refusal of its addressee (an SMTP 5xx, e.g. 550 no such mailbox) is not
   * retried: it comes back as `refused`, for the workflow to record and pass on, so that one wrong address
   * does not hold up everything queued behind it. Anything else (a relay down) is thrown and retried.
   */
  async function deliver(request: Outgoing, { subject, text, sender }: { subject: string; text: string; sender?: string }): Promise<{ messageId: string; refused?: string }> {
    const messageId = messageIdFor(request.key);
    // What arrives is checked again: an activity does not trust its input to be an address. One that is
    // not is refused for good, like an address the relay refuses, so that it is told and not retried.
    const bad = [request.to.email, ...request.cc].find((address) => !isAddress(address));
    if (bad !== undefined || /[\r\n]/.test(request.to.name)) return { messageId, refused: `not an e-mail address or name: ${JSON.stringify(bad ?? request.to.name).slice(0, 100)}` };
    // Already accepted by the relay on an earlier attempt: sent once is enough.
    if (await deps.ledger.acceptedAt(messageId)) return { messageId };
    const context = Context.current();
    const beat = setInterval(() => context.heartbeat(), heartbeatEveryMs);
    let info: { rejected?: unknown[]; rejectedErrors?: { responseCode?: number; message: string }[] };
    try {
      info = await deps.mailer.sendMail({
        from: sender ? { name: sender, address: fromAddress } : deps.from,
        // Structured addresses: a display name is never parsed, so it cannot add a recipient.
        to: { name: request.to.name, address: request.to.email },
        cc: request.cc.map((address) => ({ name: '', address })),
        subject,
        text,
        messageId,
        date: request.date ? new Date(request.date) : undefined,
        headers: { 'X-Pathfinder-Key': request.key, 'X-Pathfinder-Kind': request.kind },
      });
    } catch (error) {
      const { responseCode, message } = error as { responseCode?: number; message?: string };
      if (responseCode !== undefined && responseCode >= 500 && responseCode < 600) return { messageId, refused: clip(message ?? String(responseCode)) };
      throw error;
    } finally {
      clearInterval(beat);
    }
    await deps.ledger.record(messageId, new Date().toISOString());
    // Some recipients refused, others taken: it is a refusal if the addressee is among the refused.
    const refusal = info.rejectedErrors?.find((e, i) => addressOf(info.rejected?.[i]) === request.to.email);
    return refusal ? { messageId, refused: clip(refusal.message) } : { messageId };
  }
  return {
    /** An e-mail of a reporting cycle: reminders, confirmations, review requests, feedback. */
    sendEmail: async (request: EmailRequest) => deliver(request, renderEmail(request, await emailLinks(deps.portal, request))),
    /** An e-mail about a country's standing: flags, dialogue, support, status, the yearly report. */
    sendNotice: async (notice: Notice) => deliver(notice, renderNotice(notice, await noticeLink(deps.portal, notice))),
  };
}
