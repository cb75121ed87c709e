import type { AssistanceEvent } from '../../../domain/assistance/events';
import type { PageContext } from '../../views/layout';
import { day } from '../../views/say';

/** A step of the country's assistance as a line of its history, in the reader's words (DESIGN.md §8). */
export function assistanceLine(ctx: PageContext, step: AssistanceEvent): string {
  const said = ctx.w.assistance.history;
  switch (step.kind) {
    case 'requested':
      return said.line(
        said.requested(step.request, step.by, `${step.mechanism} (${ctx.w.terms.mechanism[step.mechanism]})`, step.need, step.reactivation),
      );
    case 'offered':
      return said.line(said.offered(step.request, step.offer, step.partner, step.by));
    case 'matched':
      return said.line(said.matched(step.request, step.offer, step.partner, step.by));
    case 'given':
      return said.line(said.given(step.request, day(ctx, step.on), step.given, step.by, step.closed));
  }
}
