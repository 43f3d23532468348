// The report src/commands/contact-merge.ts returns and its views in src/render/ read: a leaf both import.
import type { FollowUp } from "../domain/due.js";
import type { Dropped, FilledField } from "../domain/merge.js";
import type { Contact } from "../store/contacts.js";
import type { ValueKind } from "../domain/value-lists.js";

export interface ContactMerged {
  /** The kept contact as it is now. */
  kept: Contact;
  /** The other contact as it was before it was removed. */
  removed: Contact;
  conversations: number;
  followUps: number;
  /** The other's tags the kept contact did not have. */
  tagsAdded: string[];
  filled: Array<{ field: FilledField; value: string | number }>;
  /** The other's emails, phones and links the kept contact did not have: now its own (primary when it had none). */
  valuesAdded: Array<{ kind: ValueKind; value: string; label: string | null; primary: boolean }>;
  /** The other's labels of values both have, where the kept contact's label of it stays. */
  labelsNotTaken: Array<{ kind: ValueKind; value: string; label: string }>;
  /** The other's values the kept contact kept its own instead of. */
  dropped: Dropped[];
  notesAppended: boolean;
  /** The earlier added_on, when it was the other's. */
  addedOnFromOther: boolean;
  /** The follow-up that stays open, when both contacts had one open. */
  followUpKept: FollowUp | null;
  /** Open follow-ups marked done because the kept one stays open (one open follow-up per contact). */
  followUpsClosed: FollowUp[];
}
