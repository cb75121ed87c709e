import { timelineSteps } from '../../domain/candidacy/args';
import { evidenceKinds, internationalStakeholders, nationalStakeholders } from '../../domain/cycle/report';
import { stages } from '../../domain/cycle/state';
import { criteria } from '../../domain/r19/criteria';

// What a French or Spanish reader must never meet, in an e-mail or on a page: English words, the names the
// code gives things, ISO dates, rule numbers, and in French a colon without its non-breaking space. Each
// check returns what it found, so that a failure shows it.

/**
 * What is left for the reader's eye once links, addresses, clock times, zones and `written` (what people
 * typed, or a mail server said, which the reader gets as written) are set aside.
 */
export function ours(text: string, written: Iterable<string> = []): string {
  let left = text
    .replace(/https?:\/\/\S+/g, '⟨link⟩')
    .replace(/<[^>\s]+@[^>\s]+>/g, '⟨address⟩')
    .replace(/\S+@\S+/g, '⟨address⟩');
  for (const words of written) left = left.split(words).join('⟨written⟩');
  return left.replace(/\b\d{1,2}:\d{2}\b/g, '⟨time⟩').replace(/\b(Africa|America|Europe|Indian|Asia)\/\w+/g, '⟨zone⟩');
}

/** English words that are no French or Spanish word; a letter of any alphabet ends a word (« reportée » is no "report"). */
const englishWords =
  /(?<!\p{L})(the|and|of|report|review|reviews|due|round|flagged|yes|finalised|awaiting|closed|submitted|secretariat|deadline|pathfinder|country|countries|GCG|survey|evaluation|ministries|employers|workers|survivors|stakeholders?|evidence|progress|accept|revise|revision)(?!\p{L})/giu;

export const leftoverEnglish = (text: string): string[] => text.match(englishWords) ?? [];

/** The names the domain gives stages, criteria, steps, evidence kinds and stakeholder groups; a caller adds its own. */
export const internalNames: readonly string[] = [
  ...stages,
  ...criteria,
  ...timelineSteps,
  ...evidenceKinds,
  ...nationalStakeholders,
  ...internationalStakeholders,
  'expression-of-interest',
  'gcm-review',
  'progress-report',
  'indicator-framework',
  'child-labour',
  'forced-labour',
];
const multiHyphenSlug = /(?<![\p{L}\d/.-])[a-z]+(?:-[a-z]+){2,}(?![\p{L}\d/.-])/gu;
const escaped = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each internal name found as a word of its own, in any case (« Ngos » at the start of a label too), and any word-like-this-one, which only code writes. */
export function internalNamesIn(text: string, names: readonly string[] = internalNames): string[] {
  const found = names.filter((name) => new RegExp(`(?<![\\p{L}\\d-])${escaped(name)}(?![\\p{L}\\d-])`, 'iu').test(text));
  return [...found, ...(text.match(multiHyphenSlug) ?? [])];
}

/** Dates a person must read as numbers: 2027-04-30. */
export const isoDates = (text: string): string[] => text.match(/\d{4}-\d{2}-\d{2}/g) ?? [];

/** The design's rule numbers (R19), which readers never see. */
export const ruleNumbers = (text: string): string[] => text.match(/\bR\d{1,2}\b/g) ?? [];

/** In French, each : ; ? ! without a non-breaking space before it, and each « » without one inside, with what precedes it. */
export function frenchSpacingFaults(text: string): string[] {
  return [...(text.match(/.{0,12}[^\u00a0][:;?!]/gu) ?? []), ...(text.match(/«[^\u00a0]|[^\u00a0]»/g) ?? [])];
}

/** Everything a French or Spanish reader should not meet in `text`, already cut down to `ours`; none when it reads well. */
export function translationFaults(text: string, language: 'fr' | 'es', names: readonly string[] = internalNames): string[] {
  return [
    ...leftoverEnglish(text).map((w) => `English: ${w}`),
    ...internalNamesIn(text, names).map((n) => `internal name: ${n}`),
    ...isoDates(text).map((d) => `ISO date: ${d}`),
    ...ruleNumbers(text).map((r) => `rule number: ${r}`),
    ...(language === 'fr' ? frenchSpacingFaults(text).map((f) => `French spacing: ${f}`) : []),
  ];
}
