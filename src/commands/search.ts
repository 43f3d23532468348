import type { Ctx } from "../context.js";
import { limitFlag } from "./limit-flag.js";
import { rankContacts } from "../domain/search-rank.js";
import { anyTerm, searchTerms } from "../domain/search-query.js";
import { NetlogError, usageError } from "../errors.js";
import { catchUpSearchIndex } from "../store/search-index.js";
import { foundContacts, foundNotes, matchingConversations, wordHits } from "../store/search.js";
import type { SearchReport } from "../reports/search.js";

export interface SearchOptions {
  text: string;
  limit?: string;
}

export const DEFAULT_LIMIT = 20;
export const NOTES_SHOWN = 3;

export async function search(options: SearchOptions, ctx: Ctx): Promise<SearchReport> {
  const limit = options.limit === undefined ? DEFAULT_LIMIT : limitFlag(options.limit, { of: "contacts", all: "every match" });
  const terms = searchTerms(options.text);
  if (terms.length === 0) {
    throw usageError(`nothing to search for in '${options.text}'`, "give a word: a name, a company, a tag or a word from a note, e.g. netlog search spokane");
  }
  const db = ctx.db();
  catchUpSearchIndex(db);
  const ranked = rankContacts(terms.map((term) => wordHits(db, term)));
  const shown = limit === 0 ? ranked : ranked.slice(0, limit);
  const any = anyTerm(terms);
  const conversations = matchingConversations(
    db,
    shown.filter((r) => r.notesMatch).map((r) => r.contactId),
    any,
    NOTES_SHOWN,
  );
  const contacts = foundContacts(
    db,
    shown.map((r) => r.contactId),
    any,
  );
  const notes = foundNotes(
    db,
    [...conversations.values()].flatMap((c) => c.latest),
    any,
  );
  return {
    text: options.text,
    total: ranked.length,
    results: shown.map((r, i) => {
      const matched = conversations.get(r.contactId);
      return { rank: i + 1, contact: contacts.get(r.contactId)!, notes: (matched?.latest ?? []).map((id) => notes.get(id)!), notesMatched: matched?.count ?? 0 };
    }),
  };
}

/** Like grep, finding nothing is a failure (exit 1), so that scripts can test for a match. */
export function nothingFound(report: SearchReport): NetlogError | undefined {
  if (report.total > 0) return undefined;
  return new NetlogError(`nothing matches '${report.text}'`, {
    hint: "search finds whole words, and the start of the last one, in names, companies, titles, places, tags, notes, emails, phones (as written: 509 555 0100) and links; try fewer words",
  });
}
