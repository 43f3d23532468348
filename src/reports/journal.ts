// What each journalled change did, as data: commands describe their change with one of these,
// the store keeps it as JSON, and the undo view (src/render/journal.ts) says it in words. A leaf
// all three import, so the sentences can change without touching a command or the stored rows.
import type { FieldChange as ConversationFieldChange } from "../domain/conversation-edit.js";

export type { ConversationFieldChange };
import type { DueItem } from "../domain/due.js";
import type { StateChangeData } from "./contact-state.js";
import type { EditedField } from "./contact-edit.js";

export type ChangeSummary =
  /** Rows written before the summary was data, and changes whose sentence is the one shown at the time. */
  | { kind: "text"; text: string }
  | { kind: "add"; channel: string; name: string; date: string }
  | { kind: "contact-add"; name: string }
  | { kind: "contact-edit"; name: string; fields: EditedField[] }
  | { kind: "contact-merge"; removed: { id: number; name: string }; kept: { id: number; name: string } }
  | { kind: "contact-rm"; name: string; conversations: number; followUps: number }
  | { kind: "config-set"; key: string; value: string | null }
  | { kind: "tag-set"; name: string; cadenceDays: number | null }
  | { kind: "dismiss"; reason: DueItem["reason"]; name: string }
  | { kind: "log-edit"; id: number; name: string; changes: ConversationFieldChange[] }
  | { kind: "log-rm"; id: number; channel: string; name: string; date: string }
  /** import linkedin (connections) and import vcard. */
  | { kind: "import-contacts"; file: string; created: number; updated: number }
  | { kind: "import-messages"; file: string; logged: number }
  | { kind: "import-json"; file: string; contacts: number; conversations: number; followUps: number }
  /** A follow-up, snooze, pause, resume or archive: undo --list says it as the command did. */
  | { kind: "contact-state"; name: string; change: StateChangeData };

export interface Change {
  id: number;
  command: string;
  summary: ChangeSummary;
  madeAt: string;
  undoneAt: string | null;
}
