import { Body, Button, Container, Head, Heading, Hr, Html, Img, Preview, Section, Text } from '@react-email/components';
import { renderToStaticMarkup } from 'react-dom/server';
import { compile } from 'html-to-text';
import { translate, type Language } from '../../i18n/index.ts';
import type { Look } from '../partners/index.ts';

export interface EmailContent {
  language: Language;
  /** Shown in the inbox list. */
  subject: string;
  heading: string;
  paragraphs: string[];
  action: { label: string; url: string } | null;
  /** Why the recipient gets this e-mail (group subscription or security). */
  reason: string;
  companyName: string;
  /** The partner's (or the operator's) branding the recipient's company sees; absent: Portico's own. */
  look?: EmailLook;
}

/** The branding an e-mail carries (partners' Look, without whose it is). */
export type EmailLook = Omit<Look, 'brandedBy'>;

const PORTICO_BLUE = '#1d4ed8';

const styles = {
  body: { backgroundColor: '#f4f5f8', fontFamily: 'Helvetica, Arial, sans-serif', margin: 0, padding: '24px 0' },
  container: { backgroundColor: '#ffffff', borderRadius: '8px', margin: '0 auto', maxWidth: '560px', padding: '32px' },
  brand: { fontSize: '14px', fontWeight: 700, letterSpacing: '0.04em', margin: '0 0 16px' },
  heading: { color: '#111827', fontSize: '22px', margin: '0 0 16px' },
  text: { color: '#374151', fontSize: '15px', lineHeight: '22px', margin: '0 0 12px' },
  button: { borderRadius: '6px', color: '#ffffff', fontSize: '15px', fontWeight: 600, padding: '12px 20px', textDecoration: 'none' },
  footer: { color: '#6b7280', fontSize: '12px', lineHeight: '18px', margin: 0 },
};

/** The one e-mail layout; every notification fills it with its own localised texts, in the recipient's branding. */
export function NotificationEmail(content: EmailContent) {
  const { look } = content;
  const colour = look?.primaryColor ?? PORTICO_BLUE;
  const support = look ? [look.supportEmail, look.supportPhone, look.supportUrl].filter(Boolean).join(' · ') : '';
  return (
    <Html lang={content.language}>
      <Head />
      <Preview>{content.subject}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          {/* Letterhead: the plain-text part starts with the heading instead. */}
          {look?.logoUrl && <Img src={look.logoUrl} alt={look.displayName} height="32" style={{ margin: '0 0 12px' }} />}
          <Text style={{ ...styles.brand, color: colour }} data-skip-in-text="true">{look?.displayName ?? 'PORTICO'} · {content.companyName}</Text>
          <Heading as="h1" style={styles.heading}>{content.heading}</Heading>
          {content.paragraphs.map((paragraph, index) => (
            <Text key={index} style={styles.text}>{paragraph}</Text>
          ))}
          {content.action && (
            <Section style={{ margin: '24px 0' }}>
              <Button href={content.action.url} style={{ ...styles.button, backgroundColor: colour }}>{content.action.label}</Button>
            </Section>
          )}
          <Hr />
          <Text style={styles.footer}>{content.reason}</Text>
          <Text style={styles.footer}>{translate(content.language, 'email.footer.settings')}</Text>
          {support && <Text style={styles.footer}>{translate(content.language, 'email.footer.support', { name: look!.displayName, contact: support })}</Text>}
        </Container>
      </Body>
    </Html>
  );
}

/**
 * The plain-text part, converted from the rendered HTML (React renders each mail once). It leaves out
 * what only the HTML needs: the inbox preview with its ~600 invisible padding characters and the
 * letterhead (both marked `data-skip-in-text`), and it keeps the heading's case.
 */
export const htmlToText = compile({
  wordwrap: 78,
  selectors: [
    { selector: '[data-skip-in-text=true]', format: 'skip' },
    { selector: 'img', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
  ],
});

const DOCTYPE = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

/**
 * The HTML part. React's static renderer, not @react-email/render's streaming one: the template has
 * nothing to wait for, and the stream (built for Suspense) costs ten times as much per mail.
 */
export function renderHtml(content: EmailContent): string {
  return DOCTYPE + renderToStaticMarkup(<NotificationEmail {...content} />);
}

/** Renders the HTML once and derives the plain-text part from it. */
export function renderEmail(content: EmailContent): { html: string; text: string } {
  const html = renderHtml(content);
  return { html, text: htmlToText(html) };
}
