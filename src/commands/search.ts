import type { Ctx } from "../context.js";
import { limitFlag } from "./limit-flag.js";
import { rankContacts } from "../domain/search-rank.js";
import { anyTerm, searchTerms } from "../domain/search-query.js";
import { NetlogError, usageError } from "../errors.js";
import { catchUpSearchIndex } from "../store/search-index.js";
import { foundContacts, foundNotes, matchingConversations, wordHits } from "../store/search.js";
import type { SearchReport, SearchResult, SearchStream } from "../reports/search.js";

export interface SearchOptions {
  text: string;
  limit?: string;
}

export const DEFAULT_LIMIT = 20;
export const NOTES_SHOWN = 3;

export async function search(options: SearchOptions, ctx: Ctx): Promise<SearchReport> {
  const { results, ...report } = await searchItems(options, ctx);
  return { ...report, results: [...results] };
}

/**
 * How many results are read together, their contacts and notes in one query each. Each query
 * scans the word's matches again, so pages are large: with 500, `search note --limit 0` (every
 * conversation) took 2.0 s instead of 1.5 s; with 5,000 the same as when read whole.
 */
export const SEARCH_PAGE = 5000;

/**
 * search's report with its results read a page at a time as they are written: `--limit 0` on a
 * common word is every contact, with their notes. The ranking and which conversations match are
 * read for all at once (ids and counts, small); the contacts' fields and the notes' snippets, the
 * bulk, a page at a time.
 */
export async function searchItems(options: SearchOptions, ctx: Ctx, pageSize = SEARCH_PAGE): Promise<SearchStream> {
  const limit = options.limit === undefined ? DEFAULT_LIMIT : limitFlag(options.limit, { of: "contacts", all: "every match" });
  const terms = searchTerms(options.text);
  if (terms.length === 0) {
    throw usageError(`nothing to search for in '${options.text}'`, "give a word: a name, a company, a tag or a word from a note, e.g. netlog search spokane");
  }
  const db = ctx.db();
  if (limit === 0) {
    ctx.readingEverything();
    ctx.outputIsLong();
  }
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
  function* results(): Generator<SearchResult> {
    for (let start = 0; start < shown.length; start += pageSize) {
      const page = shown.slice(start, start + pageSize);
      const contacts = foundContacts(
        db,
        page.map((r) => r.contactId),
        any,
      );
      const notes = foundNotes(
        db,
        page.flatMap((r) => conversations.get(r.contactId)?.latest ?? []),
        any,
      );
      for (const [i, r] of page.entries()) {
        const matched = conversations.get(r.contactId);
        yield { rank: start + i + 1, contact: contacts.get(r.contactId)!, notes: (matched?.latest ?? []).map((id) => notes.get(id)!), notesMatched: matched?.count ?? 0 };
      }
    }
  }
  return { text: options.text, total: ranked.length, shown: shown.length, results: results() };
}

/** Like grep, finding nothing is a failure (exit 1), so that scripts can test for a match. */
export function nothingFound(report: Pick<SearchReport, "text" | "total">): NetlogError | undefined {
  if (report.total > 0) return undefined;
  return new NetlogError(`nothing matches '${report.text}'`, {
    hint: "search finds whole words, and the start of the last one, in names, companies, titles, places, tags, notes, emails, phones (as written: 509 555 0100) and links; try fewer words",
  });
}
