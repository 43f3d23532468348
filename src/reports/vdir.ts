// What `netlog export vdir DIR` did: a leaf the command returns and its views read.

export interface VdirExported {
  dir: string;
  /** Cards written: new contacts, or contacts changed since the last export. */
  written: number;
  /** Cards already as they would be written: left alone, with their mtime. */
  unchanged: number;
  /** Cards of contacts removed or archived in netlog since the last export. */
  removed: number;
  /** Card files changed in the folder since netlog wrote them (on a phone, through a sync): not overwritten, not removed. */
  changedThere: string[];
}

/** What `netlog import vdir DIR` took in from the folder. */
export interface VdirImported {
  dir: string;
  /** Contacts made from cards that were new in the folder (made on a phone). */
  created: number;
  /** Contacts whose card was changed in the folder. */
  updated: number;
  /** Cards as netlog last wrote or read them. */
  unchanged: number;
  /** Contacts whose card was deleted in the folder: archived, their history kept. */
  archived: number;
  /** Card files that could not be read, with why. */
  skipped: Array<{ file: string; reason: string }>;
}
