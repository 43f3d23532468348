import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { randomBytes, randomSourceFrom, randomUUID } from "../../src/store/random.js";
import { tempDir } from "../helpers/ctx.js";

const VERSION_4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A "device" of `size` bytes, all `byte`: what the ids made from it must be is then known. */
function deviceOf(byte: number, size = 4096): string {
  const path = join(tempDir(), "device");
  writeFileSync(path, Buffer.alloc(size, byte));
  return path;
}

describe("ids and random bytes", () => {
  it("are version 4 UUIDs, all different, over several blocks of the kernel's generator", () => {
    const ids = Array.from({ length: 1000 }, () => randomUUID());
    expect(ids.filter((id) => !VERSION_4.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(1000);
  });

  it("set the version and variant bits over whatever the generator gave, and keep the rest", () => {
    expect(randomSourceFrom(deviceOf(0x00)).randomUUID()).toBe("00000000-0000-4000-8000-000000000000");
    expect(randomSourceFrom(deviceOf(0xff)).randomUUID()).toBe("ffffffff-ffff-4fff-bfff-ffffffffffff");
  });

  it("hand out each byte of a block once", () => {
    const bytes = deviceOf(0xab);
    const source = randomSourceFrom(bytes);
    const first = source.randomBytes(8);
    first.fill(0); // the caller's copy: what comes next is not changed by it
    expect(source.randomBytes(8)).toEqual(Buffer.alloc(8, 0xab));
    expect(randomBytes(16)).not.toEqual(randomBytes(16));
  });

  it("give more than a block when asked for it", () => {
    expect(randomSourceFrom("/dev/urandom").randomBytes(10_000).length).toBe(10_000);
  });

  it("come from node:crypto where the device cannot be read, or ends too soon", () => {
    for (const device of [join(tempDir(), "missing"), deviceOf(0x00, 10)]) {
      const source = randomSourceFrom(device);
      const ids = [source.randomUUID(), source.randomUUID()];
      expect(ids.every((id) => VERSION_4.test(id))).toBe(true);
      expect(ids[0]).not.toBe(ids[1]);
      expect(ids[0]).not.toBe("00000000-0000-4000-8000-000000000000");
      expect(source.randomBytes(4).length).toBe(4);
    }
  });
});
