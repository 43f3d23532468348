// netlog's own export (`netlog export json`), read token by token as stream-json parses it:
// an export of any size costs the memory of one record. The shape is fixed, so nothing nests
// deeper than a contact's list of tags, and a deeper value is refused where it starts (a value
// nested 5,000 deep once overflowed the stack).
import type { Token } from "stream-json/parser.js";

export type Scalar = string | number | boolean | null;
export type RawRecord = Record<string, Scalar | Scalar[]>;

export const LISTS = ["tags", "contacts", "interactions", "follow_ups", "dismissals", "dates", "values", "planned", "jobs"] as const;
export type ListName = (typeof LISTS)[number];

export type ExportPart =
  /** A key of the export's object, before its value. */
  | { kind: "key"; key: string }
  | { kind: "value"; key: string; value: Scalar; path: string }
  | { kind: "setting"; key: string; value: Scalar; path: string }
  | { kind: "list"; list: ListName; at: "start" | "end" }
  | { kind: "record"; list: ListName; value: RawRecord; path: string };

/** What is wrong with the file, and where: a JSON path like `contacts[1234].cadence_days`. */
export class ExportProblem extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(path ? `${path}: ${reason}` : reason);
  }
}

/** One record, setting or other value is refused past this many characters: none comes near. */
const MAX_PART_CHARS = 8 * 1024 * 1024;

const isList = (key: string): key is ListName => (LISTS as readonly string[]).includes(key);
const keyPath = (key: string) => (/^[\w-]+$/.test(key) ? key : JSON.stringify(key));

type State = "start" | "root" | "list" | "settings" | "record" | "tags" | "skip" | "done";

/** Feeds parser tokens in with `token`; hands each part of the export to `emit` as it completes. */
export class ExportTokens {
  private state: State = "start";
  private key = "";
  private list: ListName = "tags";
  private index = -1;
  private field = "";
  private record: RawRecord = {};
  private tags: Scalar[] = [];
  private skipDepth = 0;
  private chars = 0;

  constructor(private readonly emit: (part: ExportPart) => void) {}

  /** Where the reader is, for an error the JSON parser gives without one. */
  where(): string {
    if (this.state === "record" || this.state === "tags") return this.field ? `${this.recordPath()}.${keyPath(this.field)}` : this.recordPath();
    if (this.state === "list") return `${this.list}[${this.index}]`;
    return this.state === "root" || this.state === "start" ? "" : keyPath(this.key);
  }

  token(t: Token): void {
    if (t.name === "stringChunk" || t.name === "numberChunk") this.chars += t.value.length;
    if (++this.chars > MAX_PART_CHARS) throw new ExportProblem(this.where(), `larger than ${MAX_PART_CHARS / 1024 / 1024} MiB: not something netlog exports`);
    if (t.name === "startKey" || t.name === "endKey" || t.name === "startString" || t.name === "endString" || t.name === "stringChunk") return;
    if (t.name === "startNumber" || t.name === "endNumber" || t.name === "numberChunk" || t.name === "whitespace") return;
    switch (this.state) {
      case "start":
        if (t.name !== "startObject") throw new ExportProblem("", "not an object: not a netlog export");
        this.state = "root";
        return;
      case "root":
        return this.inRoot(t);
      case "list":
        return this.inList(t);
      case "settings":
        return this.inSettings(t);
      case "record":
        return this.inRecord(t);
      case "tags":
        return this.inTags(t);
      case "skip":
        if (t.name === "startObject" || t.name === "startArray") this.skipDepth++;
        else if ((t.name === "endObject" || t.name === "endArray") && --this.skipDepth === 0) this.next("root");
        return;
      case "done":
        throw new ExportProblem("", "more after the end of the export");
    }
  }

  /** After the last token: the export must have been whole. */
  end(): void {
    if (this.state !== "done") throw new ExportProblem(this.where(), "the file ends before the export does");
  }

  private next(state: State): void {
    this.state = state;
    this.chars = 0;
  }

  private inRoot(t: Token): void {
    if (t.name === "keyValue") {
      this.key = t.value;
      this.emit({ kind: "key", key: t.value });
      return;
    }
    if (t.name === "endObject") return this.next("done");
    const path = keyPath(this.key);
    if (isList(this.key)) {
      if (t.name !== "startArray") throw new ExportProblem(path, "not a list");
      [this.list, this.index] = [this.key, -1];
      this.emit({ kind: "list", list: this.list, at: "start" });
      return this.next("list");
    }
    if (this.key === "settings") {
      if (t.name !== "startObject") throw new ExportProblem(path, "not an object of settings");
      return this.next("settings");
    }
    // A key netlog does not write is passed over, whatever it holds, without building it.
    if (t.name === "startObject" || t.name === "startArray") {
      [this.skipDepth, this.state] = [1, "skip"];
      return;
    }
    this.emit({ kind: "value", key: this.key, value: scalarOf(t, path), path });
    this.chars = 0;
  }

  private inList(t: Token): void {
    if (t.name === "endArray") {
      this.emit({ kind: "list", list: this.list, at: "end" });
      return this.next("root");
    }
    this.index++;
    if (t.name !== "startObject") throw new ExportProblem(this.recordPath(), "not an object");
    [this.record, this.field] = [Object.create(null) as RawRecord, ""];
    this.next("record");
  }

  private inSettings(t: Token): void {
    if (t.name === "keyValue") {
      this.field = t.value;
      return;
    }
    if (t.name === "endObject") return this.next("root");
    const path = `settings.${keyPath(this.field)}`;
    this.emit({ kind: "setting", key: this.field, value: scalarOf(t, path), path });
    this.chars = 0;
  }

  private inRecord(t: Token): void {
    if (t.name === "keyValue") {
      this.field = t.value;
      return;
    }
    if (t.name === "endObject") {
      this.emit({ kind: "record", list: this.list, value: this.record, path: this.recordPath() });
      this.field = "";
      return this.next("list");
    }
    if (t.name === "startArray" && this.list === "contacts" && this.field === "tags") {
      [this.tags, this.state] = [[], "tags"];
      return;
    }
    this.record[this.field] = scalarOf(t, `${this.recordPath()}.${keyPath(this.field)}`);
  }

  private inTags(t: Token): void {
    if (t.name !== "endArray") {
      this.tags.push(scalarOf(t, `${this.recordPath()}.tags[${this.tags.length}]`));
      return;
    }
    this.record.tags = this.tags;
    this.state = "record";
  }

  private recordPath(): string {
    return `${this.list}[${this.index}]`;
  }
}

function scalarOf(t: Token, path: string): Scalar {
  switch (t.name) {
    case "stringValue":
      return t.value;
    case "numberValue":
      return Number(t.value);
    case "nullValue":
    case "trueValue":
    case "falseValue":
      return t.value;
    case "startArray":
      throw new ExportProblem(path, "a list where netlog writes a single value");
    case "startObject":
      throw new ExportProblem(path, "an object where netlog writes a single value");
    default:
      throw new ExportProblem(path, `unexpected ${t.name}`);
  }
}
