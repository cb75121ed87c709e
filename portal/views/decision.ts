import type { DecisionState } from '../../domain/decision/decision';
import type { PageContext } from './layout';
import { country, titled } from './say';

// How a page names a body's decision: the question put to it, from its kind, in the reader's language
// (the proposal the workflow keeps is English, for the terminal), and the title of its page.

/** "Grant pathfinder status to Chile", « Accorder au Chili le statut de pays pionnier »; "Open a dialogue with Nigeria, flagged after the 2027 cycle". */
export const decisionQuestion = (ctx: PageContext, subject: DecisionState['subject']) =>
  ctx.w.decisions.question[subject.kind](subject.country?.code ?? '', subject.country ? country(ctx, subject.country) : '', subject.year);

/** "GCM decision: Grant pathfinder status to Chile". */
export const decisionTitle = (ctx: PageContext, d: Pick<DecisionState, 'body' | 'subject'>) =>
  titled(ctx, ctx.w.decisions.title[d.body], decisionQuestion(ctx, d.subject));
