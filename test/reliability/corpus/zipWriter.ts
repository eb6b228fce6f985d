import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/**
 * A minimal zip writer for crafting broken and hostile archives: every size field can be made to
 * lie, and a huge entry can be deflated from a stream of chunks without ever holding it whole.
 * (SheetJS's own writer makes only honest, in-memory archives.)
 */

/** One entry, already deflated (method 8) or stored (method 0). */
export interface PackedEntry {
  readonly name: string;
  readonly method: 0 | 8;
  readonly data: Buffer;
  readonly crc: number;
  readonly size: number;
  /** Uncompressed size written into the local header / central directory (default: the real one). */
  readonly localSize?: number;
  readonly centralSize?: number;
}

/** Deflates (or stores) a small entry. */
export function packEntry(name: string, content: string | Uint8Array, method: 0 | 8 = 8): PackedEntry {
  const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return { name, method, data: method === 8 ? deflateRawSync(raw) : raw, crc: crc32(raw), size: raw.length };
}

/**
 * Deflates an entry given as a stream of chunks (hundreds of MB without holding them). Level 1 by
 * default: 265 MB of XML take about a second instead of half a minute at level 9.
 */
export async function packStreamedEntry(name: string, chunks: Iterable<string | Buffer>, level = 1): Promise<PackedEntry> {
  const deflate = createDeflateRaw({ level });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  for (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    crc = crc32(buffer, crc);
    size += buffer.length;
    if (!deflate.write(buffer)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await ended;
  return { name, method: 8, data: Buffer.concat(out), crc, size };
}

/** The archive's bytes: local headers and data, then the central directory and its end record. */
export function writeZip(entries: readonly PackedEntry[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(0x21, 10); // 1980-01-01
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE((e.localSize ?? e.size) >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, e.data);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt32LE(0x21, 12);
    dir.writeUInt32LE(e.crc >>> 0, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE((e.centralSize ?? e.size) >>> 0, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += local.length + name.length + e.data.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  const all = Buffer.concat([...parts, centralBytes, end]);
  return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
}
