// A card changed in a vdir decides the emails, phones and links of its contact, as it decides its
// name (the folder's card wins): one it lost is lost here too, a new one is added, a label
// follows the card, and the card's order (the preferred first) is the contact's.
import { type IncomingContact, type IncomingValue, incomingValues } from "../domain/incoming.js";
import { LIST_OF, urlLabel, VALUE_KINDS, type ValueKind, valueKey } from "../domain/value-lists.js";
import type { Database } from "../store/db.js";
import { giveValue, otherValues, primaryValues, removeValue, valueLists } from "../store/value-lists.js";

/** Makes the contact's values of each kind those of the card, where they differ; whether any did. */
export function followCardValues(db: Database, contactId: number, card: IncomingContact, now: string): boolean {
  const wanted = incomingValues(card);
  const lists = valueLists(primaryValues(db, contactId), otherValues(db, contactId));
  let changed = false;
  for (const kind of VALUE_KINDS) {
    const had = lists[LIST_OF[kind]].map((v) => ({ kind, value: v.value, label: v.label }));
    const fromCard = wanted.filter((v) => v.kind === kind);
    if (sameList(kind, had, fromCard)) continue;
    // Rewritten whole, so that the order and the primary are the card's: removed, then given again in order.
    for (const v of had) removeValue(db, contactId, kind, v.value, now);
    for (const v of fromCard) giveValue(db, contactId, kind, { value: v.value, label: v.label }, now);
    changed = true;
  }
  return changed;
}

/** As a card reads back: a link without a label is a website (or the LinkedIn profile). */
function sameList(kind: ValueKind, a: readonly IncomingValue[], b: readonly IncomingValue[]): boolean {
  const shown = (v: IncomingValue) => `${valueKey(kind, v.value)}\u0000${kind === "url" ? (v.label ?? urlLabel(v.value)) : (v.label ?? "")}`;
  return a.length === b.length && a.every((v, i) => shown(v) === shown(b[i]!));
}
