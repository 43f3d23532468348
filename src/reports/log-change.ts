// The report src/commands/log-change.ts returns and its views in src/render/ read: a leaf both import.
import type { FieldChange } from "../domain/conversation-edit.js";
import type { DueItem } from "../domain/due.js";
import type { ConversationWithContact } from "../store/conversation-log.js";

export interface ConversationEdited {
  /** The conversation as it is now. */
  entry: ConversationWithContact;
  /** Empty when the values given were the ones it had. */
  changes: FieldChange[];
  schedule: DueItem;
}

export interface ConversationRemoved {
  /** The conversation as it was. */
  entry: ConversationWithContact;
  schedule: DueItem;
}
