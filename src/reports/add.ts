// The report src/commands/add.ts returns and its views in src/render/ read: a leaf both import.
import type { DueItem, FollowUp } from "../domain/due.js";
import type { MatchKind } from "../domain/names.js";
import type { Contact, ContactRef } from "../store/contacts.js";
import type { ConversationRecord } from "../store/conversations.js";

export interface Logged {
  contact: Contact;
  conversation: ConversationRecord;
  /** How the typed name was matched; "created" when the contact was made by this command. */
  matchedBy: MatchKind | "created";
  /** A contact created (--new, no terminal) whose name is a close spelling of this one. */
  closeTo?: ContactRef;
  schedule: DueItem;
  /**
   * What became of the follow-up open before: this conversation fulfilled it, --keep-follow-up
   * kept it open, the new --follow-up replaced it, or (declined on a terminal) it stands and
   * the new one was not recorded.
   */
  earlierFollowUp: { followUp: FollowUp; outcome: "fulfilled" | "kept" | "replaced" | "stands" } | null;
}
