import { AppError } from '../../platform/errors.ts';
import { CsvFormatError, csvRecords, type CsvRecord } from '../../platform/csv.ts';
import type { EmailSettings } from './wholesale.tables.ts';

/** A problem of one subscriber: its code, the field it is about and what to do. */
export interface SubscriberProblem {
  code: string;
  field: string;
  detail: string;
}

/** Problems that are a conflict with what is there (409); the others are input that cannot be (422). */
const CONFLICTS = new Set(['package_cap_reached', 'number_assigned', 'email_in_use', 'extension_in_use', 'full_admin_downgrade']);

/** The first problem as the one error the API answers, with all of them in `problems`. */
export function asAppError(problems: SubscriberProblem[]): AppError {
  // The full admin's downgrade says more than the admin level it also breaks.
  const first = problems.find((p) => p.code === 'full_admin_downgrade') ?? problems[0]!;
  if (first.code === 'location_not_found') return new AppError('not_found', first.code, first.detail, first.field, { problems });
  return CONFLICTS.has(first.code)
    ? new AppError('conflict', first.code, first.detail, first.field, { problems })
    : new AppError('invalid', first.code, first.detail, first.field, { problems }, 422);
}

export const CSV_COLUMNS = ['email', 'firstName', 'lastName', 'package', 'role', 'location', 'phoneNumber', 'extension'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export const MAX_BULK_ROWS = 5000;

/** One CSV record's values by column, with the line it starts on (the header is line 1). */
export interface CsvRow {
  row: number;
  values: Record<CsvColumn, string>;
}

/** The rows of a bulk upload, or the problem of the file as a whole (header, size). */
export function readBulkCsv(text: string): { rows: CsvRow[] } | { problem: SubscriberProblem } {
  let records: CsvRecord[];
  try {
    records = [...csvRecords(text)];
  } catch (error) {
    if (!(error instanceof CsvFormatError)) throw error;
    return { problem: { code: 'csv_invalid', field: 'file', detail: `Line ${error.line}: ${error.reason}; nothing was read.` } };
  }
  const header = records[0]?.fields.map((h) => h.trim());
  if (!header || CSV_COLUMNS.some((c) => !header.includes(c))) {
    return { problem: { code: 'csv_header_invalid', field: 'header', detail: `The first line names the columns: ${CSV_COLUMNS.join(',')}.` } };
  }
  if (records.length - 1 > MAX_BULK_ROWS) {
    return { problem: { code: 'too_many_rows', field: 'rows', detail: `At most ${MAX_BULK_ROWS.toLocaleString('en')} rows at a time; split the file.` } };
  }
  if (records.length === 1) return { problem: { code: 'csv_empty', field: 'rows', detail: 'The file has a header and no rows.' } };
  const index = Object.fromEntries(CSV_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<CsvColumn, number>;
  return {
    rows: records.slice(1).map((r) => ({
      row: r.line,
      values: Object.fromEntries(CSV_COLUMNS.map((c) => [c, (r.fields[index[c]] ?? '').trim()])) as Record<CsvColumn, string>,
    })),
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164 = /^\+[1-9][0-9]{6,14}$/;
const EXTENSION = /^[0-9]{2,10}$/;

/** The problems of a row's values by themselves (what the JSON schema says of a single create). */
export function checkCsvValues(v: Record<CsvColumn, string>): SubscriberProblem[] {
  const problems: SubscriberProblem[] = [];
  if (!EMAIL.test(v.email) || v.email.length > 254) problems.push({ code: 'email_invalid', field: 'email', detail: 'An e-mail address (name@example.com).' });
  if (!v.firstName || v.firstName.length > 100) problems.push({ code: 'required', field: 'firstName', detail: 'A first name of 1 to 100 characters.' });
  if (!v.lastName || v.lastName.length > 100) problems.push({ code: 'required', field: 'lastName', detail: 'A last name of 1 to 100 characters.' });
  if (!v.package) problems.push({ code: 'required', field: 'package', detail: 'One of the customer’s base packages.' });
  if (v.role && v.role !== 'user' && v.role !== 'admin') problems.push({ code: 'role_invalid', field: 'role', detail: 'user or admin (empty: user).' });
  if (v.phoneNumber && !E164.test(v.phoneNumber)) problems.push({ code: 'number_invalid', field: 'phoneNumber', detail: 'A phone number in E.164 (+4930…).' });
  if (v.extension && !EXTENSION.test(v.extension)) problems.push({ code: 'extension_invalid', field: 'extension', detail: '2 to 10 digits.' });
  return problems;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * A new subscriber's welcome e-mail, in the template's default e-mail language, with the template's
 * sender name and reply-to; null when the template suppresses it (the partner sends its own).
 */
export function welcomeMail(
  template: { default_email_language: string; email_settings: EmailSettings },
  v: { email: string; firstName: string; customerName: string; package: string },
  translate: (language: string, key: string, vars: Record<string, string>) => string,
): { language: string; subject: string; text: string; html: string; fromName?: string; replyTo?: string } | null {
  if (template.email_settings.suppressWelcomeEmail === true) return null;
  const language = template.default_email_language;
  const vars = { firstName: v.firstName, customerName: v.customerName, email: v.email, package: v.package };
  const subject = translate(language, 'wholesale.welcome.subject', vars);
  const greeting = translate(language, 'wholesale.welcome.greeting', vars);
  const body = translate(language, 'wholesale.welcome.body', vars);
  const { fromName, replyTo } = template.email_settings;
  return {
    language, subject, text: `${greeting}\n\n${body}\n`, fromName, replyTo,
    html: `<!doctype html><html lang="${escapeHtml(language)}"><body><p>${escapeHtml(greeting)}</p><p>${escapeHtml(body)}</p></body></html>`,
  };
}
