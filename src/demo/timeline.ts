const DAY = 24 * 60 * 60 * 1000;

/** The moment `days` days before now (fractions for hours: 0.5 = 12 hours ago). */
export const daysAgo = (days: number): Date => new Date(Date.now() - days * DAY);

/** When the demo companies and their users joined; everything else in the demo happened since. */
export const JOINED_DAYS_AGO = 400;
/** When the demo ports were ordered, and configured and live within hours. */
export const PORTS_ORDERED_DAYS_AGO = 365;
