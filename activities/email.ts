import { createHash } from 'node:crypto';
import { Context } from '@temporalio/activity';
import { email } from '../domain/shared/fields';
import { lazy } from '../domain/shared/lazy';
import { createTransport, type Transporter } from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';
import type { DeliveryLedger } from './delivery-ledger';
import type { Notice } from '../domain/shared/notice';
import type { EmailRequest } from '../domain/cycle/state';
import { renderNotice } from './notice-templates';
import { emailLinks, noticeLink, type Portal } from './email-links';
import { renderEmail } from './templates';
import { texts } from './texts';
import type { Language } from '../domain/shared/country';

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
// Built once, on first use: building the schema costs many times what checking an address with it does.
const addressSchema = lazy(email);
const isAddress = (value: unknown) => addressSchema().safeParse(value).success;
/** What is wrong with the addresses of a request, if anything: an activity does not trust its input to be an address. */
function malformed(request: Outgoing): string | undefined {
  const bad = [request.to.email, ...request.cc].find((address) => !isAddress(address));
  if (bad !== undefined || /[\r\n]/.test(request.to.name))
    return `not an e-mail address or name: ${JSON.stringify(bad ?? request.to.name).slice(0, 100)}`;
}
const addressOf = (entry: unknown) => (typeof entry === 'string' ? entry : (entry as { address?: string } | undefined)?.address);

interface Outgoing {
  key: string;
  kind: string;
  to: { name: string; email: string; language: Language };
  cc: string[];
  date?: string;
  /** Set on the copy of an e-mail that whoever was in copy gets: the addressee's address. */
  copyOf?: string;
}

interface Rendered {
  subject: string;
  text: string;
  sender?: string;
}

export function createEmailActivities(deps: { mailer: Transporter; from: string; portal: Portal; ledger: DeliveryLedger }) {
  /** The configured sender's address, which the GCM's notices are sent from under its own name. */
  const fromAddress = addressparser(deps.from, { flatten: true })[0]?.address ?? deps.from;
  /**
   * Sends one e-mail. A permanent refusal of its addressee (an SMTP 5xx, e.g. 550 no such mailbox) is not
   * retried: it comes back as `refused`, for the workflow to record and pass on, so that one wrong address
   * does not hold up everything queued behind it. Anything else (a relay down) is thrown and retried.
   */
  async function deliver(request: Outgoing, { subject, text, sender }: Rendered): Promise<{ messageId: string; refused?: string }> {
    const messageId = messageIdFor(request.key);
    // An address that is not one is refused for good, like an address the relay refuses, so that it is told and not retried.
    const refused = malformed(request);
    if (refused) return { messageId, refused };
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
        headers: {
          'X-Pathfinder-Key': request.key,
          'X-Pathfinder-Kind': request.kind,
          ...(request.copyOf && { 'X-Pathfinder-Copy-Of': request.copyOf }),
        },
      });
    } catch (error) {
      const { responseCode, message } = error as { responseCode?: number; message?: string };
      if (responseCode !== undefined && responseCode >= 500 && responseCode < 600)
        return { messageId, refused: clip(message ?? String(responseCode)) };
      throw error;
    } finally {
      clearInterval(beat);
    }
    await deps.ledger.record(messageId, new Date().toISOString());
    // Some recipients refused, others taken: it is a refusal if the addressee is among the refused.
    const refusal = info.rejectedErrors?.find((e, i) => addressOf(info.rejected?.[i]) === request.to.email);
    return refusal ? { messageId, refused: clip(refusal.message) } : { messageId };
  }
  /**
   * An e-mail that carries its addressee's personal link goes to them alone: the link signs its holder in as
   * that person. Whoever is in copy gets a copy without the link, marked as a copy, sent after it.
   */
  async function deliverPersonal(request: Outgoing, message: Rendered, withoutLink: Rendered) {
    const refused = malformed(request);
    if (refused) return { messageId: messageIdFor(request.key), refused };
    const sent = await deliver({ ...request, cc: [] }, message);
    const [first, ...others] = request.cc.filter((address) => address !== request.to.email);
    if (first !== undefined) {
      const t = texts[request.to.language];
      const text = t.typeset(`${t.copyOf(request.to.name, request.to.email)}\n\n${withoutLink.text}`);
      await deliver(
        { ...request, key: `${request.key}/copy`, to: { ...request.to, name: '', email: first }, cc: others, copyOf: request.to.email },
        { ...withoutLink, text },
      );
    }
    return sent;
  }
  return {
    /** An e-mail of a reporting cycle: reminders, confirmations, review requests, feedback. */
    sendEmail: async (request: EmailRequest) => {
      const links = await emailLinks(deps.portal, request);
      const message = renderEmail(request, links);
      return links.action
        ? deliverPersonal(request, message, renderEmail(request, { ...links, action: undefined }))
        : deliver(request, message);
    },
    /** An e-mail about a country's standing: flags, dialogue, support, status, the yearly report. */
    sendNotice: async (notice: Notice) => {
      const link = await noticeLink(deps.portal, notice);
      const message = renderNotice(notice, link?.href);
      return link?.personal
        ? deliverPersonal(notice, message, renderNotice(notice, texts[notice.to.language].linkLeftOut))
        : deliver(notice, message);
    },
  };
}
