// The report src/commands/search.ts returns and its views in src/render/ read: a leaf both import.
import type { FoundContact, FoundNote } from "../store/search.js";

export interface SearchResult {
  /** 1 for the best match. */
  rank: number;
  contact: FoundContact;
  /** The latest few of its conversations whose notes hold a word. */
  notes: FoundNote[];
  /** How many of its conversations hold a word. */
  notesMatched: number;
}

export interface SearchReport {
  text: string;
  /** How many contacts match; `results` holds the first `limit` of them. */
  total: number;
  results: SearchResult[];
}

/** A SearchReport whose results are read as they are written; `shown` is how many there are. */
export interface SearchStream {
  text: string;
  total: number;
  shown: number;
  results: Iterable<SearchResult>;
}
