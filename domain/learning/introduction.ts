import type { Person } from '../shared/country';
import type { Notice } from '../shared/notice';
import type { Suggestion, SuggestionReason } from './suggestions';

// The secretariat's answer to a suggestion, and the introduction e-mails an accepted one sends: each focal
// point and deputy of both sides, in their own language, naming the other side, the area and why.

export type IntroductionDecision = 'accept' | 'dismiss';

/** One side of an introduction: its country and the people who are told (its focal point and deputy). */
export interface IntroductionSide {
  country: { code: string; name: string };
  people: Person[];
}

export interface IntroductionInput {
  suggestion: Suggestion;
  decision: IntroductionDecision;
  /** The member of the secretariat who decided, from their session. */
  by: string;
  /** The learner's side, then the peer's, each with its people as the registry had them. */
  sides: [IntroductionSide, IntroductionSide];
  /** Told if an e-mail cannot be delivered. */
  secretariat: Person;
}

/** What a notice of the introduction says beside its country: the other side, the area and why. */
export interface IntroductionNotice {
  kind: Suggestion['kind'];
  /** Whether the reader's country is the one that wants to learn (or the candidate), or the peer. */
  side: 'learner' | 'peer';
  other: { code: string; name: string; people: { name: string; email: string }[] };
  area: string;
  why: SuggestionReason;
}

export type IntroductionStage = 'sending' | 'introduced' | 'dismissed';

export interface IntroductionState {
  id: string;
  suggestion: Suggestion;
  decision: IntroductionDecision;
  by: string;
  at: string;
  stage: IntroductionStage;
  /** Who is told, by country: the addresses of its focal point and deputy. */
  told: { code: string; emails: string[] }[];
  outbox: Notice[];
}

/** An accepted suggestion's notices to both sides; a dismissed one's state with none to send. */
export function introductionState(id: string, input: IntroductionInput, at: string): IntroductionState {
  const accepted = input.decision === 'accept';
  const [learner, peer] = input.sides;
  const noticesOf = (side: IntroductionSide, other: IntroductionSide, role: IntroductionNotice['side']): Notice[] =>
    side.people.map((to) => ({
      key: `${id}/${side.country.code}/${to.email}`,
      kind: 'learning-introduction',
      to,
      cc: [],
      country: side.country,
      introduction: {
        kind: input.suggestion.kind,
        side: role,
        other: { ...other.country, people: other.people.map(({ name, email }) => ({ name, email })) },
        area: input.suggestion.area,
        why: input.suggestion.why,
      },
    }));
  return {
    id,
    suggestion: input.suggestion,
    decision: input.decision,
    by: input.by,
    at,
    stage: accepted ? 'sending' : 'dismissed',
    told: accepted ? input.sides.map((s) => ({ code: s.country.code, emails: s.people.map((p) => p.email) })) : [],
    outbox: accepted ? [...noticesOf(learner, peer, 'learner'), ...noticesOf(peer, learner, 'peer')] : [],
  };
}
