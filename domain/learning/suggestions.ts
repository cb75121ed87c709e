import type { evidenceKinds } from '../cycle/report';
import { introductionWorkflowId } from '../shared/workflow-ids';
import { areaKey, holds, matchedWords, typedAs, wordsOf } from './words';

// Peer learning (DESIGN.md §8; seed: « le secrétariat peut faciliter les échanges »): suggestions the
// secretariat accepts or dismisses. A country's learning interest is matched with the active countries
// whose latest report shows progress in that area, with evidence; a candidate's priorities with the
// pathfinders whose roadmap faces the same. Each says why: the words matched, where, and the evidence.

type EvidenceKind = (typeof evidenceKinds)[number];

/** What the matching reads of a country: its status, its current roadmap's priority areas and its latest report. */
export interface LearningCountry {
  code: string;
  name: string;
  status: string;
  priorityAreas: string[];
  report?: {
    year: number;
    learningInterests: string[];
    progress: { objective: string; summary: string }[];
    evidence: { kind: EvidenceKind; description: string }[];
  };
}

/** A candidate (R3–R11) and the priorities of the roadmap or national action plans it filed. */
export interface LearningCandidate {
  code: string;
  name: string;
  priorities: string[];
}

export type SuggestionKind = 'peer-learning' | 'candidate';

/** Why a peer was suggested: the interest's words it matched, and where its record shows them. */
export interface SuggestionReason {
  /** The words of the interest (or priority) found, as its country typed them. */
  matched: string[];
  /** The year of the peer's report the progress and evidence come from. */
  year?: number;
  /** Progress rows of that report about the area: "objective: summary". */
  progress: string[];
  /** Priority areas of the peer's current roadmap about the area. */
  priorityAreas: string[];
  /** The report's evidence about the area, or else all of its evidence of progress. */
  evidence: { kind: EvidenceKind; description: string }[];
}

export interface Suggestion {
  /** The id of its introduction workflow: the same pair and area give the same id, whichever side asked. */
  id: string;
  kind: SuggestionKind;
  /** The country that wants to learn, or the candidate. */
  learner: { code: string; name: string };
  peer: { code: string; name: string };
  /** The learning interest, or the candidate's priority, as its country typed it. */
  area: string;
  why: SuggestionReason;
}

/** At most this many peers per interest: the best matched. */
export const peersPerArea = 3;

/** The introduction's workflow id: the same pair and area, whichever side is the learner, give the same. */
export const introductionId = (a: string, b: string, area: string) => introductionWorkflowId(a, b, areaKey(area));

const row = (p: { objective: string; summary: string }) => `${p.objective}: ${p.summary}`;

/** Where a peer's record shows the interest's words; undefined if nowhere that counts. */
function reasonFrom(area: string, peer: LearningCountry, needsEvidence: boolean): SuggestionReason | undefined {
  const words = wordsOf(area);
  const report = peer.report;
  const progress = (report?.progress ?? []).filter((p) => matchedWords(words, row(p)).length);
  const priorityAreas = peer.priorityAreas.filter((a) => matchedWords(words, a).length);
  const evidenceAbout = (report?.evidence ?? []).filter((e) => matchedWords(words, e.description).length);
  // Progress in the area is a progress row or an evidence item about it; the roadmap alone is a plan, not progress.
  const showsProgress = progress.length > 0 || evidenceAbout.length > 0;
  const evidence = evidenceAbout.length ? evidenceAbout : (report?.evidence ?? []);
  if (needsEvidence && (!showsProgress || !evidence.length)) return undefined;
  if (!needsEvidence && !progress.length && !priorityAreas.length) return undefined;
  const keys = words.filter((w) =>
    [...progress.map(row), ...priorityAreas, ...evidenceAbout.map((e) => e.description)].some((t) => holds(wordsOf(t), w)),
  );
  const matched = typedAs(area, keys);
  return { matched, ...(report && { year: report.year }), progress: progress.map(row), priorityAreas, evidence: report ? evidence : [] };
}

const strength = (r: SuggestionReason) => r.matched.length * 10 + r.progress.length + r.evidence.length + r.priorityAreas.length;

function bestPeers(
  kind: SuggestionKind,
  learner: { code: string; name: string },
  area: string,
  peers: LearningCountry[],
  needsEvidence: boolean,
): Suggestion[] {
  return peers
    .filter((p) => p.code !== learner.code && p.status === 'active')
    .flatMap((peer) => {
      const why = reasonFrom(area, peer, needsEvidence);
      return why
        ? [{ id: introductionId(learner.code, peer.code, area), kind, learner, peer: { code: peer.code, name: peer.name }, area, why }]
        : [];
    })
    .sort((a, b) => strength(b.why) - strength(a.why) || a.peer.code.localeCompare(b.peer.code))
    .slice(0, peersPerArea);
}

/**
 * Every suggestion, interests first: each active country's learning interests (from its latest report)
 * with active countries whose latest report shows progress and evidence in that area; then each candidate's
 * priorities with pathfinders whose roadmap or latest report faces them. An inactive country neither asks
 * nor is asked (R2). A pair and area suggested twice (each side's interest) is listed once.
 */
export function suggestions(countries: LearningCountry[], candidates: LearningCandidate[]): Suggestion[] {
  const learners = countries.filter((c) => c.status === 'active');
  const found = [
    ...learners.flatMap((c) =>
      (c.report?.learningInterests ?? []).flatMap((interest) => bestPeers('peer-learning', c, interest, countries, true)),
    ),
    ...candidates.flatMap((c) => c.priorities.flatMap((priority) => bestPeers('candidate', c, priority, countries, false))),
  ];
  const seen = new Set<string>();
  return found.filter((s) => !seen.has(s.id) && seen.add(s.id));
}
