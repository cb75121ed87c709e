import { z } from 'zod';
import { text } from '../../form';

// The cycle's small forms; the report's own form, with its files, is read by report-form.ts.

/** A focal point's request for more time. */
export const extensionForm = z.object({ days: text(10), reason: text(2000) });

/** A reviewer's assessment of signs (b)–(e), or the Working Group's decision on the report, and the guidance that goes with it. */
export const reviewForm = z.object({
  decision: text(),
  'signs.commentsAnswered': text(),
  'signs.indicatorFrameworkUpdated': text(),
  'signs.evidenceOfProgress': text(),
  'signs.evidenceOfCollaboration': text(),
  comments: text(),
  'guidance.evidence': text(),
  'guidance.participation': text(),
});
