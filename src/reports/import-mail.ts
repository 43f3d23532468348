// What import mail returns and src/render/import-mail.ts reads: a leaf both import.

/** import mail: conversations logged, and the messages passed over, by why. */
export interface MailSummary {
  /** Every message read (each Message-ID once). */
  messages: number;
  /** Conversations logged: one per contact of a message. */
  logged: number;
  contacts: number;
  /** Conversations an earlier import logged, and copies of a message read twice (two folders). */
  duplicates: number;
  /** Messages from a mailing list (List-Id, Precedence: bulk, list or junk). */
  lists: number;
  /** Messages from programs (noreply@, mailer-daemon, Auto-Submitted). */
  automated: number;
  /** Messages to more than maxRecipients people. */
  tooManyRecipients: number;
  maxRecipients: number;
  /** Messages between you and no contact. */
  noContact: number;
  /** Messages without a Date: that names a day up to today. */
  undated: number;
  /** Contacts not tracked before whose last conversation is more than a year old: left untracked. */
  leftUntracked: number;
}

/** import mail --suggest: someone you write to who is not a contact yet. */
export interface MailSuggestion {
  address: string;
  /** The name most often written with the address; "" when none. */
  name: string;
  /** Messages you sent them. */
  count: number;
}
