import nodemailer, { type Transporter, type TransportOptions } from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';

export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Stable per delivery, so a receiving system can drop a duplicate after a retry. */
  messageId: string;
  /** The sender's display name; the address stays the configured sender's (no other domain is spoofed). */
  fromName?: string;
  replyTo?: string;
}

/** Where e-mail goes: an SMTP server, or nowhere (kept in the database for the operator's preview). */
export interface MailTransport {
  kind: 'smtp' | 'stored';
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function createMailTransport(options: { smtpUrl: string | null; from: string }): MailTransport {
  if (!options.smtpUrl) {
    return { kind: 'stored', send: async () => {}, close: () => {} };
  }
  const address = addressparser(options.from, { flatten: true })[0]?.address || options.from;
  // A pool keeps a few SMTP connections open: one connection per mail is far slower at volume.
  const url = new URL(options.smtpUrl);
  const transporter: Transporter = nodemailer.createTransport(
    {
      host: url.hostname,
      port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
      secure: url.protocol === 'smtps:',
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
      pool: true,
      maxConnections: 5,
      maxMessages: 500,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
      // Local relays and test servers often have no certificate for their name.
      tls: { rejectUnauthorized: url.searchParams.get('tlsVerify') !== 'false' },
      ignoreTLS: url.searchParams.get('starttls') === 'false',
    } as TransportOptions,
    { from: options.from },
  );
  return {
    kind: 'smtp',
    async send(mail) {
      await transporter.sendMail({
        to: mail.to, subject: mail.subject, html: mail.html, text: mail.text, messageId: mail.messageId,
        ...(mail.fromName ? { from: { name: mail.fromName, address } } : {}),
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
      });
    },
    close: () => transporter.close(),
  };
}
