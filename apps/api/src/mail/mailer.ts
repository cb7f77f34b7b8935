import nodemailer from 'nodemailer';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

/** Sends email; the one implementation talks SMTP, so tests use a real SMTP server, not a fake of this. */
export interface Mailer {
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

export interface SmtpSettings {
  /** e.g. `smtp://user:password@mail.example.se:587` (STARTTLS when offered) or `smtps://…:465`. */
  url: string;
  /** The sender, e.g. `Planpuls <planpuls@kommun.se>`. */
  from: string;
}

export function createSmtpMailer(settings: SmtpSettings): Mailer {
  const transport = nodemailer.createTransport(settings.url);
  return {
    async send(email) {
      await transport.sendMail({ from: settings.from, to: email.to, subject: email.subject, text: email.text });
    },
    close: () => transport.close(),
  };
}
