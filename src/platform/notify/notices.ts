import type { Executor } from '../db/db.ts';
import type { EventMap, EventRowOf, EventType } from '../events/events.ts';

/**
 * Notices: what a module tells people when one of its events happens. Each module declares its own
 * in `<m>.notices.ts` with `defineNotice`; the notifications module collects them and delivers
 * them (feed, e-mail, webhooks). Texts live in the i18n catalogues under `notification.<type>.*`
 * (description, subject, body).
 */
export const GROUPS = ['security', 'ordering', 'financial', 'people', 'company', 'services'] as const;
export type Group = (typeof GROUPS)[number];

/**
 * - affected_user: the user the event is about, whatever their preferences or account type (security);
 * - company_subscribers: eligible users of the company concerned who subscribe to the group;
 * - partner_for_managed: as company_subscribers, but a managed account's notice goes to its partner;
 * - approvers: company admins and technical admins of the company concerned who subscribe to the group;
 * - compliance_officers: the compliance officers of the company concerned (the operator), whatever their
 *   preferences: reviews are their work, and their role may not subscribe to groups;
 * - integrations: nobody, only the webhooks of the company concerned that subscribe to it (events too
 *   many for people: each subscriber a CSV adds).
 */
export type Audience = 'affected_user' | 'company_subscribers' | 'partner_for_managed' | 'approvers' | 'compliance_officers' | 'integrations';

/** One company a notice is about, with the texts' parameters for it (delivery adds `companyName`). */
export interface NoticeSubject {
  companyId: string;
  /** The user the notice is about: a people notice is not sent to them. */
  subjectUserId?: string | null;
  params: Record<string, string>;
  /** Send the e-mail here instead of the recipient's address (e-mail changed: tell the old one). */
  toAddress?: string;
}

/** A notice as the notifications module keeps it: its payload types erased. */
export interface Notice {
  type: string;
  group: Group;
  audience: Audience;
  /** The domain event that causes it. */
  event: EventType;
  /** Portal path the e-mail and the feed link to (given the payload and the subject's companyId). */
  link: (payload: Record<string, unknown>) => string;
  /** The companies it is about, and the parameters of its texts. Empty = no notice. */
  load: (db: Executor, event: EventRowOf) => Promise<NoticeSubject[]>;
}

/** A notice of one event type: its link and loader get that event's payload, typed. */
export interface NoticeOf<E extends EventType> {
  type: string;
  group: Group;
  audience: Audience;
  event: E;
  link: (payload: EventMap[E] & { companyId: string }) => string;
  load: (db: Executor, event: EventRowOf<E>) => Promise<NoticeSubject[]>;
}

/** Declares a notice; the notifications module calls its loader only with events of its type. */
export const defineNotice = <E extends EventType>(notice: NoticeOf<E>): Notice => notice as unknown as Notice;

const registered = new Map<string, Notice>();

/**
 * Adds a module's notices to the catalogue (src/modules.ts does, for every module, as it loads), in
 * the order given: the catalogue, the feed's type enum and the portal's settings list keep it.
 * A type declared twice is refused: two modules cannot own one notice.
 */
export function registerNotices(notices: readonly Notice[]): void {
  for (const notice of notices) {
    const existing = registered.get(notice.type);
    if (existing && existing !== notice) throw new Error(`notice ${notice.type} is declared twice`);
    registered.set(notice.type, notice);
  }
}

/** Every registered notice, in registration order (module order, then each module's list). */
export const registeredNotices = (): readonly Notice[] => [...registered.values()];

/** A time as the texts show it. */
export const noticeTime = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
