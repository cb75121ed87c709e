import { z } from 'zod';
import { list, text, yes } from '../../form';

// The GCM's forms on a flagged country; what each value must be is the escalation workflow's to say.

export const dialogueForm = z.object({
  topics: list,
  circumstances: text(),
  unreportedProgress: text(),
  wayForward: text(),
  supportNeeded: yes,
  roadmapUpdate: yes,
});

export const supportForm = z.object({ mechanisms: list, members: text(), checkInEveryDays: text(), mandateMonths: text() });

export const decisionForm = z.object({ decision: text(), reason: text(), how: text(), on: text(), reference: text() });
