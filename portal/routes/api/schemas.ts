import { z } from 'zod';
import { reportSchema } from '../../../domain/cycle/report';
import { roadmapDocument } from '../../../domain/roadmap/document';
import { statuses } from '../../../domain/shared/country';

// What each answer of the public API holds, as zod schemas: the one description from which the OpenAPI
// document is made (z.toJSONSchema), and which the tests check every answer against through that document.
// The report's own fields and the roadmap's are the domain's schemas, so they say what the forms accept.

const url = (what: string) => z.url().describe(what);
const code = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: 'is not ISO 3166-1 alpha-3' })
  .describe('ISO 3166-1 alpha-3 code');
const timestamp = (what: string) => z.string().describe(`${what} (ISO 8601)`);

const country = {
  code,
  name: z.string().describe('The name the registry gives it, in English'),
  status: z.enum(statuses),
  promoted: z
    .boolean()
    .describe('False while the country is inactive and not promoted (R2): its reports stay, but out of the highlights and the feed'),
  url: url('This country in the API'),
  page: url('Its public profile page'),
};

/** A country's own facts: its entry in the index, its profile. */
const countryFacts = { ...country, statusSince: timestamp('Since when it has had that status') };

const reportLinks = {
  year: z.number().int(),
  publishedAt: timestamp('When the final report was published'),
  url: url('The report in the API'),
  page: url('Its public page'),
};

const figures = z.object({
  frameworkUpdated: z.boolean(),
  indicators: z.number().int(),
  indicatorsWithValue: z.number().int().describe('Indicators with a latest value reported'),
  evidence: z.number().int(),
  collaboration: z.number().int(),
  socialPartners: z.boolean().describe("Whether both workers' and employers' organisations took part"),
  stakeholderGroups: z.number().int(),
});

const document = z.object({
  name: z.string(),
  type: z.string().describe('Media type'),
  size: z.number().int().describe('Bytes'),
  sha256: z.string().regex(/^[a-f0-9]{64}$/, { message: 'is not a SHA-256 hash' }),
  url: url('Where to download it; its bytes hash to sha256'),
});

const reportSummary = z.object({
  ...reportLinks,
  figures,
  highlights: z.array(z.object({ objective: z.string(), summary: z.string().describe('Cut to 280 characters') })),
  documents: z.array(document),
});

const indicators = reportSchema().shape.indicatorFramework.shape.indicators;
const reportText = z.object(reportSchema().shape).omit({ indicatorFramework: true, attachments: true });
const roadmap = z.object(roadmapDocument().shape).pick({ priorityAreas: true, budget: true, coordinationBody: true });

export const countryListAnswer = z.object({
  builtAt: timestamp('When the site was last rebuilt'),
  countries: z.array(
    z.object({
      ...countryFacts,
      updatedAt: timestamp('When this entry last changed'),
      reports: z.array(z.object(reportLinks)).describe('Oldest first'),
      roadmaps: z.array(z.object({ version: z.number().int(), at: timestamp('When this version was adopted') })),
    }),
  ),
});

export const countryAnswer = z.object({
  ...countryFacts,
  updatedAt: timestamp('When this country last changed'),
  frameworks: url('Its indicator frameworks over the years, in the API'),
  roadmap: roadmap.optional().describe('The current roadmap, once one is published'),
  roadmaps: z.array(z.object({ version: z.number().int(), at: z.string(), summary: z.string().describe('What changed, in English') })),
  reports: z.array(reportSummary).describe('Oldest first'),
});

export const reportAnswer = reportSummary.extend({
  country: z.object(countryFacts),
  report: reportText.describe('The final report as published, without the review record'),
  indicatorFramework: z.object({ updated: z.boolean(), indicators }),
});

export const frameworksAnswer = z.object({
  country: z.object(countryFacts),
  frameworks: z
    .array(z.object({ year: z.number().int(), updated: z.boolean(), indicators, report: url('That year’s report in the API') }))
    .describe('Oldest first'),
});

export const yearAnswer = z.object({
  year: z.number().int(),
  builtAt: timestamp('When the year was last rebuilt'),
  all: z.boolean().describe('Whether countries that are not promoted are included (?all=true)'),
  countries: z.array(z.object({ ...country, report: reportSummary })),
});

export const errorAnswer = z.object({
  status: z.number().int(),
  error: z.string().describe('not-found, bad-request or internal'),
  message: z.string().describe('What is missing or wrong'),
});

export type CountryListAnswer = z.output<typeof countryListAnswer>;
export type CountryAnswer = z.output<typeof countryAnswer>;
export type ReportAnswer = z.output<typeof reportAnswer>;
export type FrameworksAnswer = z.output<typeof frameworksAnswer>;
export type YearAnswer = z.output<typeof yearAnswer>;
export type ErrorAnswer = z.output<typeof errorAnswer>;

/** The JSON Schema of an answer, as OpenAPI 3.0 reads it. */
export const openApiSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'output' }) as Record<string, unknown>;

/** The report's text as the API gives it: the published report.json read through the domain's schema (defaults filled in, header left out). */
export const readReportText = (published: unknown) => reportText.parse(published);
