// The parts of the catalogues that need no catalogue: the portal loads each language's messages on
// demand (only the one in use), the server all at once (index.ts).

export const languages = ['en', 'de', 'it'] as const;
export type Language = (typeof languages)[number];

export type Catalogue = Record<string, string>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** `message` with its `{name}` placeholders filled from `vars` (unknown ones stay as they are). */
export function fill(message: string, vars?: Record<string, string | number>): string {
  if (!vars) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}
