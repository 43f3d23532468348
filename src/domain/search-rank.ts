// Which contacts a search finds, and in what order, from what FTS5 found for each word.
/** A contact's conversations that hold one word: how many, and the id of the last one logged. */
export interface NotesHit {
  count: number;
  latest: number;
}

/**
 * What one word found: contacts by their own fields (contact id → bm25 with the fields'
 * weights, lower is better), and contacts by the notes of their conversations.
 */
export interface WordHits {
  fields: ReadonlyMap<number, number>;
  notes: ReadonlyMap<number, NotesHit>;
}

export interface RankedContact {
  contactId: number;
  score: number;
  /** Whether its own fields hold any of the words. */
  fieldsMatch: boolean;
  /** Whether any of its conversations holds one of the words. */
  notesMatch: boolean;
}

/**
 * A word found in conversations counts for less than one in a name, a company or a tag (whose
 * bm25 is weighted in store/search.ts), and more the more conversations hold it: each doubling
 * of them is worth one point.
 */
export const NOTES_WEIGHT = 1;

/**
 * A contact is found when each word is somewhere in it: its fields or any of its conversations'
 * notes, so `elaine branch` finds Elaine by her name and a note about the branch. Lowest score
 * first; then the contact whose matching conversation was logged last; then by id, so the order
 * never depends on storage.
 */
export function rankContacts(words: readonly WordHits[]): RankedContact[] {
  const found = new Map<number, { covered: number; score: number; fieldsMatch: boolean; notesMatch: boolean; latest: number }>();
  words.forEach((hits, word) => {
    // Only a contact found by every word so far can still be found by all of them.
    const seen = (contactId: number) => {
      let e = found.get(contactId);
      if (!e && word === 0) found.set(contactId, (e = { covered: 0, score: 0, fieldsMatch: false, notesMatch: false, latest: 0 }));
      if (!e || e.covered < word) return undefined;
      e.covered = word + 1;
      return e;
    };
    for (const [contactId, score] of hits.fields) {
      const e = seen(contactId);
      if (!e) continue;
      e.score += score;
      e.fieldsMatch = true;
    }
    for (const [contactId, notes] of hits.notes) {
      const e = seen(contactId);
      if (!e) continue;
      e.score -= NOTES_WEIGHT * Math.log2(1 + notes.count);
      e.notesMatch = true;
      if (notes.latest > e.latest) e.latest = notes.latest;
    }
  });
  const ranked = [...found].filter(([, e]) => e.covered === words.length);
  ranked.sort(([aId, a], [bId, b]) => a.score - b.score || b.latest - a.latest || aId - bId);
  return ranked.map(([contactId, e]) => ({ contactId, score: e.score, fieldsMatch: e.fieldsMatch, notesMatch: e.notesMatch }));
}
