import type { Ctx } from "../context.js";
import { type MatchKind, matchName } from "../domain/names.js";
import { NetlogError } from "../errors.js";
import { type ContactRef, findById, findByNameKey, listContactRefs } from "../store/contacts.js";
import type { Database } from "../store/db.js";
import { nameAndCompany } from "../text/name-and-company.js";

/** A new name may come with the contact it is a close spelling of: `Elane Longmire` and Elaine. */
export type Resolution = { ref: ContactRef; kind: MatchKind } | { newName: string; closeTo?: ContactRef };

/** Whether an unknown name may become a new contact: never, after asking, or at once (`--new`). */
export type CreatePolicy = "never" | "ask" | "always";

/**
 * Who a typed name means. `#12` names a contact by id, for when two people share a name.
 * Ambiguous or unknown names are asked about on a terminal and are errors anywhere else:
 * a cron job must never log a conversation against a guess.
 */
export async function resolveContact(db: Database, query: string, ctx: Ctx, create: CreatePolicy): Promise<Resolution> {
  const byId = /^#(\d+)$/.exec(query.trim());
  if (byId) {
    const ref = findById(db, Number(byId[1]));
    if (!ref) throw new NetlogError(`no contact has id ${query.trim()}`, { hint: "ids are shown when a name matches several contacts" });
    return { ref, kind: "exact" };
  }
  // The index answers the usual case (the full name typed right) without reading every contact.
  const exact = findByNameKey(db, query);
  const { kind, matches } = exact.length > 0 ? { kind: "exact" as const, matches: exact } : matchName(query, listContactRefs(db));

  // With --new only the exact name is the same person: "Bob Smith --new" must not log to Bob Smithers.
  // A close spelling of someone is asked about on a terminal; otherwise created, and said.
  if (create === "always" && kind !== "exact") {
    // A close spelling (Elane) or the start of someone's name (Elaine Longmir).
    const close = (kind === "fuzzy" || kind === "prefix") && matches.length === 1 ? matches[0]! : undefined;
    if (close && ctx.prompter && !(await ctx.prompter.confirm(`'${query.trim()}' is close to ${describeRef(close)}. Create a new contact anyway?`, false))) {
      return { ref: close, kind };
    }
    return close ? { newName: query.trim(), closeTo: close } : { newName: query.trim() };
  }
  if (matches.length === 1) return { ref: matches[0]!, kind };
  if (matches.length > 1) {
    if (ctx.prompter) return { ref: await ctx.prompter.chooseContact(`'${query}' matches ${matches.length} contacts. Which one?`, matches), kind };
    throw new NetlogError(`'${query}' matches ${matches.length} contacts: ${matches.map(describeRef).join(", ")}`, {
      hint: `type more of the name, or pick one by id, e.g. #${matches[0]!.id}`,
    });
  }
  if (create === "ask" && ctx.prompter && (await ctx.prompter.confirm(`No contact matches '${query}'. Create ${query.trim()}?`, true))) {
    return { newName: query.trim() };
  }
  throw new NetlogError(`no contact matches '${query}'`, {
    hint: create === "never" ? "check the spelling with 'netlog contact list'" : `check the spelling with 'netlog contact list', or pass --new to create ${query.trim()}`,
  });
}

export function describeRef(ref: ContactRef): string {
  return `${nameAndCompany(ref.name, ref.company)} #${ref.id}`;
}

/** A contact that must exist already: never created, asked about only when the name is ambiguous. */
export async function existingContact(db: Database, name: string, ctx: Ctx): Promise<ContactRef> {
  const who = await resolveContact(db, name, ctx, "never");
  if (!("ref" in who)) throw new Error("resolveContact created a contact under the 'never' policy");
  return who.ref;
}
