-- E-mails another module renders itself (wholesale's welcome) are queued as deliveries with their
-- subject, html and text_body already set, and may carry a sender name and a reply-to address. The
-- sender's address stays the operator's MAIL_FROM: only its display name changes.
ALTER TABLE email_deliveries ADD COLUMN from_name text;
ALTER TABLE email_deliveries ADD COLUMN reply_to text;
