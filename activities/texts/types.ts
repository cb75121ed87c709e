import type { Criterion } from '../../domain/r19/criteria';
import type { Notice, NoticeKind } from '../../domain/shared/notice';
import type { SupportMechanism } from '../../domain/escalation/args';
import type { CycleOutcome } from '../../domain/cycle/report';
import type { EmailKind, EmailRequest, MissingItem } from '../../domain/cycle/state';
import type { Vocabulary } from './vocabulary';

// What one language must say. Each language file declares a complete `Texts`, so a kind added to the
// domain without its words in every language fails the build. The framework's terms, which the portal's
// pages name too, are the shared vocabulary's (vocabulary/).

/** A country's name as sentences use it. French and Spanish add articles: « du Pérou », « del Reino Unido ». */
export interface CountryName {
  /** Bare, as in a subject line or a list: "Pérou". */
  name: string;
  /** Inside a sentence: "le Pérou"; `The` starts one: "Le Pérou". */
  the: string;
  The: string;
  /** After "of": "of Peru", "du Pérou", "de Perú". */
  of: string;
  /** After "to": "to Peru", "au Pérou", "a Perú". */
  to: string;
}

/** What a text may use to speak to its reader: their language's words, dates in their zone. */
export interface Say {
  /** The country the message is about. */
  country: CountryName;
  /** Another country, by its ISO 3166-1 alpha-3 code (a row of the Working Group's report). */
  countryName(code: string, fallback: string): string;
  /** A day ("30 April 2027"); an ISO instant is read in the reader's zone. */
  date(iso: string): string;
  /** A day and an hour with its zone, in `zone` (the reader's unless given). */
  dateTime(iso: string, zone?: string): string;
  /** "a, b and c". */
  list(items: string[]): string;
  /** A cycle's stage in words; anything else (no outcome recorded) as "no outcome recorded". */
  stage(stage: string): string;
  /** The R19 signs (a)–(e), one "- …" line each. */
  criteria(criteria: Criterion[] | undefined): string[];
  /** The five R19 facts of a cycle, one "- label: yes" line each. */
  facts(outcome: CycleOutcome): string[];
  /** The same on one line, separated by semicolons. */
  factsInline(outcome: CycleOutcome): string;
  /** Support mechanisms (R21) by their names. */
  mechanisms(mechanisms: SupportMechanism[] | undefined): string;
}

export type EmailText = (r: EmailRequest, say: Say) => string;

/** `link` is the reader's own link to what the notice asks of them, if it asks anything. */
export interface NoticeText {
  subject: (n: Notice, say: Say) => string;
  body: (n: Notice, say: Say, link: string) => string[];
}

/** Who signs a message: the secretariat, or the Global Coordinating Group speaking for itself (R18, R22). */
export type Signer = 'secretariat' | 'gcg';

/** The fixed words of a cycle e-mail, around its intro. */
export interface EmailWords {
  missing: string;
  items: Record<MissingItem, string>;
  act: Record<'report' | 'revision' | 'review', string>;
  ownLink: string;
  readOnline: string;
  late: string;
  reason: string;
  note: string;
  daysAsked: string;
  openDashboard: string;
  sentLate: string;
  dropped: string;
}

export interface Texts extends Vocabulary {
  /** A country's name with the articles this language's sentences need. */
  country(code: string, name: string): CountryName;
  signature: Record<Signer, string>;
  /** The first line of the copy that whoever is in copy gets of an e-mail carrying its addressee's personal link. */
  copyOf(name: string, email: string): string;
  /** What stands in that copy where the addressee's personal link was. */
  linkLeftOut: string;
  /** Each e-mail by what it was, for a sentence that says it could not be delivered: "the reminder to submit the report". */
  emailWhat: Record<EmailKind, string>;
  noticeWhat: Record<NoticeKind, string>;
  email: EmailWords & { subject: Record<EmailKind, EmailText>; intro: Record<EmailKind, EmailText> };
  notice: Record<NoticeKind, NoticeText>;
}
