/**
 * The part of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative integers,
 * byte and text strings, arrays and maps of definite length, false/true/null. Enough to read a
 * bundle's metadata and word chunks and write them back byte for byte (pagefind-chunks.ts); a
 * general library would bring options (records, tags, float packing) whose defaults would have to
 * be turned off one by one to keep Pagefind's WebAssembly reader happy. Anything else is an error.
 */
export type CborValue = number | string | Uint8Array | boolean | null | CborValue[] | Map<CborValue, CborValue>;

export function decodeCbor(bytes: Uint8Array): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  const read = (): CborValue => {
    const initial = bytes[at++]!;
    const major = initial >> 5;
    const info = initial & 31;
    let n: number;
    if (info < 24) n = info;
    else if (info === 24) n = bytes[at++]!;
    else if (info === 25) (n = view.getUint16(at)), (at += 2);
    else if (info === 26) (n = view.getUint32(at)), (at += 4);
    else if (info === 27) {
      const big = view.getBigUint64(at);
      at += 8;
      if (big > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`CBOR integer ${big} at byte ${at - 9} is too large`);
      n = Number(big);
    } else throw new Error(`CBOR item of indefinite length or reserved size at byte ${at - 1}: not used by Pagefind`);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
        at += n;
        return bytes.slice(at - n, at);
      case 3:
        at += n;
        return text.decode(bytes.subarray(at - n, at));
      case 4:
        return Array.from({ length: n }, read);
      case 5: {
        const map = new Map<CborValue, CborValue>();
        for (let i = 0; i < n; i++) map.set(read(), read());
        return map;
      }
      case 7:
        if (n === 20) return false;
        if (n === 21) return true;
        if (n === 22) return null;
        throw new Error(`CBOR simple value or float ${n} at byte ${at - 1}: not used by Pagefind`);
      default:
        throw new Error(`CBOR tag at byte ${at - 1}: not used by Pagefind`);
    }
  };
  const value = read();
  if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} byte(s) after the first item`);
  return value;
}

export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  const text = new TextEncoder();
  const head = (major: number, n: number) => {
    const m = major << 5;
    if (n < 24) out.push(m | n);
    else if (n < 0x100) out.push(m | 24, n);
    else if (n < 0x10000) out.push(m | 25, n >> 8, n & 0xff);
    else if (n < 0x100000000) out.push(m | 26, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
    else {
      const big = BigInt(n);
      out.push(m | 27);
      for (let shift = 56n; shift >= 0n; shift -= 8n) out.push(Number((big >> shift) & 0xffn));
    }
  };
  const write = (v: CborValue): void => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw new Error(`CBOR: ${v} is not an integer`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const b = text.encode(v);
      head(3, b.length);
      for (const x of b) out.push(x);
    } else if (v instanceof Uint8Array) {
      head(2, v.length);
      for (const x of v) out.push(x);
    } else if (Array.isArray(v)) {
      head(4, v.length);
      v.forEach(write);
    } else if (v instanceof Map) {
      head(5, v.size);
      for (const [k, x] of v) {
        write(k);
        write(x);
      }
    } else if (v === false) out.push(0xf4);
    else if (v === true) out.push(0xf5);
    else out.push(0xf6);
  };
  write(value);
  return Uint8Array.from(out);
}
