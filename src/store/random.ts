// Ids and random bytes from the kernel's generator, /dev/urandom (from which node:crypto seeds its
// own), read a block at a time. Loading node:crypto loads node:stream with it: about 6 ms of
// `netlog add`, which makes one id, and more than the rest of its JavaScript. Where there is no
// /dev/urandom to read (Windows, a chroot without /dev), node:crypto gives them, loaded then.
import { closeSync, openSync, readSync } from "node:fs";
import { createRequire } from "node:module";

/** Read at once: a block serves 256 ids, so an import of 30,000 contacts reads it 118 times. */
const BLOCK = 4096;

export interface RandomSource {
  /** A new RFC 9562 version 4 UUID (random), lower-case, as crypto.randomUUID makes it. */
  randomUUID(): string;
  /** `size` new random bytes, as crypto.randomBytes gives them. */
  randomBytes(size: number): Buffer;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** The source reading `device` (a path for the tests); node:crypto when it cannot be read. */
export function randomSourceFrom(device: string): RandomSource {
  let block: Buffer = Buffer.alloc(0);
  let used = 0;
  let crypto: typeof import("node:crypto") | undefined;
  let unreadable = false;

  function take(size: number): Buffer | undefined {
    if (unreadable) return undefined;
    if (size > block.length - used) {
      const fresh = readDevice(device, Math.max(BLOCK, size));
      if (fresh === undefined) {
        unreadable = true;
        return undefined;
      }
      block = fresh;
      used = 0;
    }
    used += size;
    return block.subarray(used - size, used);
  }
  const loaded = () => (crypto ??= createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto"));

  return {
    randomUUID() {
      const b = take(16);
      if (b === undefined) return loaded().randomUUID();
      const version = HEX[(b[6]! & 0x0f) | 0x40]!;
      const variant = HEX[(b[8]! & 0x3f) | 0x80]!;
      return `${HEX[b[0]!]}${HEX[b[1]!]}${HEX[b[2]!]}${HEX[b[3]!]}-${HEX[b[4]!]}${HEX[b[5]!]}-${version}${HEX[b[7]!]}-${variant}${HEX[b[9]!]}-${HEX[b[10]!]}${HEX[b[11]!]}${HEX[b[12]!]}${HEX[b[13]!]}${HEX[b[14]!]}${HEX[b[15]!]}`;
    },
    randomBytes(size) {
      const b = take(size);
      // A copy: the block's other bytes are still to be handed out.
      return b === undefined ? loaded().randomBytes(size) : Buffer.from(b);
    },
  };
}

/** `size` bytes read from `device`, or undefined when it cannot be opened or read whole. */
function readDevice(device: string, size: number): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(device, "r");
  } catch {
    return undefined;
  }
  try {
    const bytes = Buffer.allocUnsafe(size);
    for (let done = 0; done < size; ) {
      const read = readSync(fd, bytes, done, size - done, null);
      if (read === 0) return undefined; // a file that ends is not a generator
      done += read;
    }
    return bytes;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

const source = randomSourceFrom("/dev/urandom");

export const randomUUID = (): string => source.randomUUID();
export const randomBytes = (size: number): Buffer => source.randomBytes(size);
