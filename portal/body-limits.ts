// How much of a request's body each POST route reads, in one place. A larger body is answered 413 before
// it is read (forms-first.ts), or once it grows past the limit, and nothing is done.
//
// A form's limit is what its fields take at most (the rules' limits, else the page's maxlength) as a
// browser sends it: a typed character takes up to 9 bytes (three UTF-8 bytes, each sent as %XX), so that
// no form the rules accept is refused for its size, in any script.

const KB = 1024;
/** A text area's characters, and a one-line field's or a note's. */
const text = 20_000;
const line = 2_000;
const bytesPerCharacter = 9;
/** A form of `characters` typed, with its field names and CSRF token. */
const form = (characters: number) => characters * bytesPerCharacter + 4 * KB;

/** The forms without files. */
export const formLimits = {
  /** Signing in, opening a link, signing out, ending a person's sessions: an address at most. */
  address: form(254),
  /** Short fields and a note: opening a year, replacing a focal point, asking for more time and deciding on it. */
  short: form(4 * line),
  /** A text and short fields: a review (comments and two guidances), moving a deadline, replacing reviewers, a check-in, a verification, a policy to try. */
  oneText: form(text + 4 * line),
  /** The GCM's feedback on a candidacy (20,000 characters and two of 5,000), a dialogue with a flagged country (three texts). */
  threeTexts: form(3 * text + line),
  /** A body's meeting: its minutes (5,000 characters) and an objection of a line for each of up to 40 members. */
  meeting: form(5_000 + 40 * line),
  /** A candidate's planning step: the roadmap's eight texts at most. */
  eightTexts: form(8 * text),
  /** A roadmap's new version: twenty areas and a new one (a title, three lists and the indicators), the budget, the body, the candidacy's four lists. */
  roadmap: form(21 * (3 * text + 2 * line) + 3 * line + 4 * text),
};

/** A form with files (multipart, its text sent as typed): the route's body limit and the parser's own limits. */
const upload = ({ textBytes, ...limits }: { files: number; fileSize: number; fields: number; fieldSize: number; textBytes: number }) => ({
  bodyLimit: limits.files * limits.fileSize + textBytes,
  multipartOptions: { limits: { ...limits, parts: limits.files + limits.fields } },
});

/** The forms with files. */
export const uploadLimits = (maxAttachmentBytes: number) => ({
  /**
   * A report or revision, or a reactivation request (a report and its letter): ten documents, the report as a
   * JSON file and the letter, each within the attachment limit;
   * the form's fields, each a text of 20,000 characters at most, and the report 128 KB in all.
   */
  report: upload({ files: 12, fileSize: maxAttachmentBytes, fields: 400, fieldSize: 64 * KB, textBytes: 256 * KB }),
  /** The country registry, one JSON file: a registry of every country with its people is a fraction of this. */
  registry: upload({ files: 1, fileSize: 1024 * KB, fields: 1, fieldSize: KB, textBytes: 8 * KB }),
});
