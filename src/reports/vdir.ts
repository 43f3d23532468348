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
