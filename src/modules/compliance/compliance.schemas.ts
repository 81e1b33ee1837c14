import { Type, type Static } from '@sinclair/typebox';
import { Name, NAME_PATTERN, Nullable, StringEnum, StringEnumOf, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import { BillingAddressSchema } from '../accounts/index.ts';
import type { ListFormat } from './lists.parse.ts';

const ListSchema = StringEnumOf<ListFormat>({ csl: true, dpl: true, sdn: true }, {
  title: 'ScreeningListName', description: 'csl: the US Consolidated Screening List; dpl: the BIS Denied Persons List; sdn: OFAC’s SDN list',
});

export const ScreeningListImportSchema = Type.Object(
  {
    id: Uuid, list: ListSchema,
    version: Type.String({ description: 'The file name, directory or URL it was imported from' }),
    checksum: Type.String({ description: 'SHA-256 of the bytes imported' }),
    entries: Type.Integer({ minimum: 0 }), badRows: Type.Integer({ minimum: 0 }),
    badRowSample: Type.Array(Type.Object({ line: Type.Integer({ minimum: 1 }), reason: Type.String() }), { description: 'The first bad rows (up to 50) with their lines' }),
    importedBy: Nullable(Uuid), importedAt: Timestamp,
    active: Type.Boolean({ description: 'The version screening uses now (one per list)' }),
  },
  { title: 'ScreeningListImport' },
);

export const ScreeningListImportsSchema = Type.Object({ items: Type.Array(ScreeningListImportSchema) }, { title: 'ScreeningListImports' });

const Score = Type.Number({ minimum: 0, maximum: 1 });
const Country = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code' });

export const ScreenBody = Type.Object(
  {
    name: Name(1000),
    country: Type.Optional(Country),
    address: Type.Optional(Type.String({ minLength: 1, maxLength: 1000, pattern: NAME_PATTERN, description: 'Free text: street, postal code, city' })),
    minScore: Type.Optional(Type.Number({ minimum: 0.5, maximum: 1, description: 'Report matches from this score (default: the review threshold)' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
  },
  { additionalProperties: false },
);
export type ScreenInput = Static<typeof ScreenBody>;

const TokenPairSchema = Type.Object({
  query: Type.String({ description: 'The word(s) of the screened name' }), matched: Type.String({ description: 'The word(s) of the listed name' }),
  similarity: Score, weight: Type.Number({ minimum: 0, description: 'How distinctive the word is in the lists (inverse document frequency)' }),
}, { title: 'ScreeningTokenPair' });
const UnmatchedSchema = Type.Object({ token: Type.String(), weight: Type.Number({ minimum: 0 }) }, { title: 'ScreeningUnmatchedWord' });

export const ExplanationSchema = Type.Object({
  entry: Type.Object({
    listEntryId: Type.String(), source: Type.String(), name: Type.String(),
    // Optional: reviews opened before aliases were kept in explanations have none.
    aliases: Type.Optional(Type.Array(Type.String(), { description: "The entry's other names on the list" })),
    entityType: Nullable(Type.String()), countries: Type.Array(Type.String()), addresses: Type.Array(Type.String()),
  }),
  matchedName: Type.String({ description: 'The listed name or alias that matched best' }),
  matchedAlias: Type.Boolean(),
  nameScore: Score,
  pairs: Type.Array(TokenPairSchema),
  unmatchedQuery: Type.Array(UnmatchedSchema, { description: 'Words of the screened name that matched nothing (they lower the score)' }),
  unmatchedEntry: Type.Array(UnmatchedSchema, { description: 'Words of the listed name that matched nothing' }),
  country: Nullable(Type.Object({ query: Type.String(), listed: Type.Array(Type.String()), effect: Type.Number() })),
  address: Nullable(Type.Object({ sharedWords: Type.Array(Type.String()), effect: Type.Number() })),
  level: StringEnum(['strong', 'review', 'below'], { description: 'strong: ≥ the strong threshold; review: ≥ the review threshold' }),
}, { title: 'ScreeningExplanation' });

export const MatchSchema = Type.Object({
  listEntryId: Type.String(), source: Type.String({ description: 'The source list: SDN, EL, DPL, …' }), name: Type.String(),
  matchedName: Type.String(), score: Score, explanation: ExplanationSchema,
}, { title: 'ScreeningMatch' });

export const ScreenResultSchema = Type.Object({
  matches: Type.Array(MatchSchema, { description: 'Best first' }),
  thresholds: Type.Object({ strong: Score, review: Score }),
  lists: Type.Array(Uuid, { description: 'The list versions screened against' }),
}, { title: 'ScreeningResult' });

const SubjectSchema = Type.Object({ name: Type.String(), country: Nullable(Type.String()), address: Nullable(Type.String()) }, { title: 'ScreeningSubject' });

export const ContactAttemptBody = Type.Object({
  channel: StringEnum(['email', 'phone', 'portal', 'letter', 'other']),
  outcome: StringEnum(['reached', 'not_reached'], { description: 'not_reached three times in a row deprovisions the customer' }),
  note: Name(2000),
}, { additionalProperties: false });
export type ContactAttemptInput = Static<typeof ContactAttemptBody>;

export const DecisionBody = Type.Object({ note: Name(2000) }, { additionalProperties: false });

export const ReviewStatusSchema = StringEnum(['open', 'approved', 'rejected']);
export const ReviewQuery = Type.Object({
  status: Type.Optional(ReviewStatusSchema), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
}, { additionalProperties: false });

export const ReviewSchema = Type.Object({
  id: Uuid, status: ReviewStatusSchema, openedAt: Timestamp,
  customer: Type.Object({
    id: Uuid, name: Type.String(), type: Type.String(), partnerId: Nullable(Uuid), partnerName: Nullable(Type.String()), accountRef: Nullable(Type.String()),
    billingAddress: Nullable(BillingAddressSchema), deprovisionedAt: Nullable(Timestamp),
  }),
  screened: SubjectSchema,
  matches: Type.Array(MatchSchema),
  updates: Type.Array(Type.Object({
    at: Timestamp, kind: StringEnum(['new_match', 'match_gone']), listEntryId: Type.String(), name: Type.String(), score: Nullable(Score), checkId: Uuid,
  }), { description: 'What later checks found while the review was open' }),
  decidedBy: Nullable(Uuid), decidedByName: Nullable(Type.String()), decidedAt: Nullable(Timestamp), note: Nullable(Type.String()),
  contactAttempts: Type.Array(Type.Object({
    id: Uuid, channel: Type.String(), outcome: StringEnum(['reached', 'not_reached']), note: Type.String(), by: Nullable(Uuid), byName: Nullable(Type.String()), at: Timestamp,
  })),
  failedContacts: Type.Integer({ minimum: 0, description: 'Failed attempts since the last that reached someone (3 deprovision)' }),
  deprovisionDueAt: Nullable(Timestamp),
  deprovisionedAt: Nullable(Timestamp),
  deprovisionReason: Nullable(StringEnum(['non_compliant_30_days', 'partner_not_reached'])),
}, { title: 'ScreeningReview' });

export const ReviewListSchema = Type.Object({ items: Type.Array(ReviewSchema) }, { title: 'ScreeningReviews' });
export const ContactAttemptResultSchema = Type.Object({ id: Uuid, review: ReviewSchema }, { title: 'ScreeningContactAttemptResult' });

const StatusSchema = StringEnum(['pending', 'clear', 'potential_match', 'approved', 'rejected']);
export const CompanyComplianceSchema = Type.Object({
  companyId: Uuid,
  status: Nullable(StatusSchema), checkedAt: Nullable(Timestamp), deprovisionedAt: Nullable(Timestamp),
  history: Type.Array(Type.Object({
    status: StringEnum(['pending', 'clear', 'potential_match', 'approved', 'rejected', 'deprovisioned']),
    reason: Type.String(), at: Timestamp, reviewId: Nullable(Uuid), byName: Nullable(Type.String()), note: Nullable(Type.String()),
  })),
  checks: Type.Array(Type.Object({
    id: Uuid, reason: Type.String(), result: StringEnum(['clear', 'potential_match']), checkedAt: Timestamp, matches: Type.Integer({ minimum: 0 }),
    subject: Type.Optional(SubjectSchema),
    topMatches: Type.Optional(Type.Array(Type.Object({ listEntryId: Type.String(), name: Type.String(), score: Score }))),
  })),
  reviews: Type.Array(Type.Object({ id: Uuid, status: ReviewStatusSchema, openedAt: Timestamp, decidedAt: Nullable(Timestamp) })),
}, { title: 'CompanyCompliance' });

export const RescreensSchema = Type.Object({
  items: Type.Array(Type.Object({
    id: Uuid, listId: Uuid, total: Type.Integer({ minimum: 0 }), done: Type.Integer({ minimum: 0 }), potentialMatches: Type.Integer({ minimum: 0 }),
    startedAt: Timestamp, finishedAt: Nullable(Timestamp),
  }, { title: 'ScreeningRescreen' })),
}, { title: 'ScreeningRescreens' });
