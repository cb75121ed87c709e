import { createHash } from 'node:crypto';
import type { Transporter } from 'nodemailer';
import type { EmailRequest } from '../domain/reporting-cycle';
import { renderEmail } from './templates';

/** The same request always yields the same Message-ID, so a retried send is recognisably one e-mail. */
export function messageIdFor(key: string): string {
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@pathfinder.invalid>`;
}

export function createEmailActivities(deps: { mailer: Transporter; from: string }) {
  return {
    async sendEmail(request: EmailRequest): Promise<{ messageId: string }> {
      const { subject, text } = renderEmail(request);
      const messageId = messageIdFor(request.key);
      await deps.mailer.sendMail({
        from: deps.from,
        to: `${request.to.name} <${request.to.email}>`,
        cc: request.cc,
        subject,
        text,
        messageId,
        date: request.date ? new Date(request.date) : undefined,
        headers: { 'X-Pathfinder-Key': request.key, 'X-Pathfinder-Kind': request.kind },
      });
      return { messageId };
    },
  };
}
