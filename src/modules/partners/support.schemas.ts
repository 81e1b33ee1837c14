import { Type, type Static } from '@sinclair/typebox';
import { Nullable, StringEnumOf, Uuid } from '../../platform/http/schemas.ts';
import type { SupportedBy } from './partners.tables.ts';

const Phone = Type.String({ pattern: '^\\+?[0-9 ()-]{5,30}$' });

/** Whom the user asks for help: their partner or the operator, with the chat when they may use it. */
export const SupportEntrySchema = Type.Object(
  {
    supportedBy: StringEnumOf<SupportedBy>({ partner: true, operator: true }, { description: 'Who supports the user’s company' }),
    companyId: Uuid,
    name: Type.String({ description: 'Shown as "Support by …": the branding’s display name, else the company name' }),
    email: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    url: Nullable(Type.String({ description: 'The support site' })),
    chatUrl: Nullable(Type.String({ description: 'Where support chat opens; null when the user may not chat (support_chat.use) or none is set' })),
  },
  { title: 'SupportEntry' },
);

export const SupportDetailsBody = Type.Object(
  {
    nocEmail: Type.Optional(Type.String({ format: 'email', maxLength: 254, description: 'The network operations centre’s e-mail' })),
    nocPhone: Type.Optional(Phone),
    escalation: Type.Optional(Type.String({ maxLength: 2000, description: 'How to escalate a fault (hours, contacts)' })),
  },
  { additionalProperties: false },
);
export type SupportDetailsInput = Static<typeof SupportDetailsBody>;

export const SupportDetailsSchema = Type.Object(
  {
    companyId: Uuid,
    nocEmail: Nullable(Type.String()),
    nocPhone: Nullable(Type.String()),
    escalation: Nullable(Type.String()),
    updatedAt: Nullable(Type.String({ format: 'date-time' })),
  },
  { title: 'SupportDetails', description: "Whom the operator's support contacts about the company's services" },
);

export const LookSchema = Type.Object(
  {
    brandedBy: Nullable(Uuid),
    displayName: Type.String({ description: 'The name the portal and e-mails show (Portico when nobody set one)' }),
    logoUrl: Nullable(Type.String()),
    primaryColor: Nullable(Type.String({ description: '#rrggbb' })),
    supportEmail: Nullable(Type.String()),
    supportUrl: Nullable(Type.String()),
    supportPhone: Nullable(Type.String()),
  },
  { title: 'Look', description: "How the user's portal and e-mails look: their partner's branding, the operator's, or Portico's own (brandedBy null)" },
);
