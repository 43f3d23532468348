// The report src/commands/contact-show.ts returns and its views in src/render/ read: a leaf both import.
import type { DueItem } from "../domain/due.js";
import type { MonthActivity } from "../domain/timeline.js";
import type { Contact } from "../store/contacts.js";
import type { DismissalRow } from "../store/dismissals.js";
import type { ConversationRecord } from "../store/conversations.js";
import type { StoredContactDate } from "../store/contact-dates.js";
import type { ValueLists } from "../domain/value-lists.js";
import type { RoleChange } from "../store/contact-roles.js";
import type { PlannedMeeting } from "../store/planned-meetings.js";

export interface ContactProfile {
  contact: Contact;
  schedule: DueItem;
  /** Newest first. */
  conversations: ConversationRecord[];
  /** Conversations per month and stage over the last twelve months, oldest first. */
  timeline: MonthActivity[];
  /** Items of the morning list dismissed without a conversation, newest first. */
  dismissals: DismissalRow[];
  /** The birthday first, then the named dates in calendar order. */
  dates: StoredContactDate[];
  /** Every email, phone and link, the primary of each first. */
  values: ValueLists;
  /** Each new job a re-imported Connections.csv showed, newest first. */
  jobs: RoleChange[];
  /** Meetings from an imported calendar, from today on, soonest first. */
  planned: PlannedMeeting[];
}
