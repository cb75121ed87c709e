import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

// A local SMTP server that keeps every message it receives and shows them on a web page. It is the
// mail catcher of `npm run dev` and the SMTP sink of the tests: a real SMTP conversation either way.

export interface CaughtMail {
  messageId: string;
  from: string;
  /** The display name of the sender, e.g. who signs. */
  fromName: string;
  to: string[];
  cc: string[];
  /** Whom the sender asked the relay to deliver to (SMTP RCPT TO), whatever the headers say. */
  recipients: string[];
  subject: string;
  text: string;
  headers: Record<string, string>;
  /** The Date header: when the sender says it sent the message. */
  date?: Date;
  receivedAt: Date;
}

export interface MailCatcher {
  smtpUrl: string;
  webUrl?: string;
  messages: CaughtMail[];
  /** Resolves once `count` caught messages match, without polling. */
  waitFor(count: number, match?: (mail: CaughtMail) => boolean): Promise<CaughtMail[]>;
  /** Down: every connection is turned away with 421 (service not available, try later), as by a relay in trouble. */
  setAvailable(available: boolean): void;
  close(): Promise<void>;
}

const addresses = (field: unknown): string[] => {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((a: { value: { address?: string }[] }) => a.value.map((v) => v.address ?? ''));
};

async function parse(raw: Buffer, receivedAt: Date, recipients: string[]): Promise<CaughtMail> {
  const mail = await simpleParser(raw);
  const headers: Record<string, string> = {};
  for (const [key, value] of mail.headers) if (typeof value === 'string') headers[key] = value;
  return {
    messageId: mail.messageId ?? '',
    from: mail.from?.value[0]?.address ?? '',
    fromName: mail.from?.value[0]?.name ?? '',
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    recipients,
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    headers,
    date: mail.date,
    receivedAt,
  };
}

/**
 * `refuse`: addresses the sink refuses for good (SMTP 550), as a relay does for a mailbox that does not exist.
 * `hold`: for a recipient, a promise the sink waits on before answering RCPT TO, as a slow relay would.
 */
export async function startMailCatcher(
  options: {
    host?: string;
    smtpPort?: number;
    webPort?: number;
    dir?: string;
    refuse?: (address: string) => boolean;
    hold?: (address: string) => Promise<void> | undefined;
  } = {},
): Promise<MailCatcher> {
  const host = options.host ?? '127.0.0.1';
  const messages: CaughtMail[] = [];
  const waiters = new Set<() => void>();
  let available = true;
  let saved = 0;
  const unavailable = () => Object.assign(new Error('4.3.2 service not available, try again later'), { responseCode: 421 });
  const keep = (mail: CaughtMail) => {
    messages.push(mail);
    for (const wake of waiters) wake();
  };

  // Messages written to `dir` come back on the next start, like the Temporal state beside them.
  if (options.dir) {
    mkdirSync(options.dir, { recursive: true });
    for (const file of readdirSync(options.dir)
      .filter((f) => f.endsWith('.eml'))
      .sort()) {
      const raw = readFileSync(join(options.dir, file));
      keep(await parse(raw, new Date(Number(file.split('-')[0])), []));
    }
  }

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true, // loopback only; a DNS lookup per connection would only slow it down
    closeTimeout: 500, // senders keep pooled connections open; closing the sink need not wait for them
    logger: false,
    // New connections and, on the connections a sender's pool keeps open, each new message.
    onConnect(_session, callback) {
      callback(available ? undefined : unavailable());
    },
    onMailFrom(_address, _session, callback) {
      callback(available ? undefined : unavailable());
    },
    onRcptTo(address, _session, callback) {
      if (options.refuse?.(address.address)) return callback(Object.assign(new Error('5.1.1 no such mailbox here'), { responseCode: 550 }));
      const held = options.hold?.(address.address);
      if (held) void held.then(() => callback());
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const receivedAt = new Date();
        // Named by arrival, counted as it arrives: messages parsed at once must not share a file.
        if (options.dir) writeFileSync(join(options.dir, `${receivedAt.getTime()}-${String(saved++).padStart(6, '0')}.eml`), raw);
        parse(
          raw,
          receivedAt,
          session.envelope.rcptTo.map((r) => r.address),
        ).then((mail) => {
          keep(mail);
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(options.smtpPort ?? 0, host, () => resolve());
  });
  // A sender that dies with a connection open (a killed worker's pool) resets it: its failure, not the
  // sink's. Unheard, smtp-server's 'error' event would end the process that runs the sink.
  smtp.on('error', () => undefined);
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  let web: Server | undefined;
  if (options.webPort !== undefined) {
    web = createServer((req, res) => {
      const id = new URL(req.url ?? '/', 'http://x').searchParams.get('m');
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(id === null ? listPage(messages) : messagePage(messages[Number(id)]));
    });
    await new Promise<void>((resolve, reject) => {
      web!.once('error', reject);
      web!.listen(options.webPort, host, () => resolve());
    });
  }

  return {
    smtpUrl: `smtp://${host}:${smtpPort}`,
    webUrl: web ? `http://${host}:${(web.address() as AddressInfo).port}` : undefined,
    messages,
    waitFor(count, match = () => true) {
      return new Promise((resolve) => {
        const check = () => {
          const found = messages.filter(match);
          if (found.length >= count) {
            waiters.delete(check);
            resolve(found);
          }
        };
        waiters.add(check);
        check();
      });
    },
    setAvailable(value) {
      available = value;
    },
    async close() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      if (web) await new Promise<void>((resolve) => web.close(() => resolve()));
    },
  };
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (title: string, body: string) =>
  `<!doctype html><meta charset="utf-8"><title>${esc(title)}</title>` +
  `<style>body{font:15px system-ui;margin:2em}td,th{padding:.3em .8em;text-align:left}tr:nth-child(even){background:#f3f3f3}pre{white-space:pre-wrap}</style>${body}`;

function listPage(messages: CaughtMail[]): string {
  const rows = messages
    .map((m, i) => ({ m, i }))
    .reverse()
    .map(
      ({ m, i }) =>
        `<tr><td>${esc(m.receivedAt.toISOString())}</td><td>${esc(m.to.join(', '))}</td><td><a href="?m=${i}">${esc(m.subject)}</a></td></tr>`,
    )
    .join('');
  return page(
    'Pathfinder mail',
    `<h1>Pathfinder mail (${messages.length})</h1><table><tr><th>received</th><th>to</th><th>subject</th></tr>${rows}</table>`,
  );
}

function messagePage(m: CaughtMail | undefined): string {
  if (!m) return page('Not found', '<p>No such message. <a href="?">Back</a></p>');
  const head = `From: ${m.from}\nTo: ${m.to.join(', ')}${m.cc.length ? `\nCc: ${m.cc.join(', ')}` : ''}\nMessage-ID: ${m.messageId}\nReceived: ${m.receivedAt.toISOString()}`;
  return page(m.subject, `<p><a href="?">All mail</a></p><h1>${esc(m.subject)}</h1><pre>${esc(head)}</pre><hr><pre>${esc(m.text)}</pre>`);
}
