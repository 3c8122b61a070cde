/** Big-endian reads and writes over font bytes: OpenType stores every number big-endian. */

export function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A growable big-endian byte buffer; positions are returned so offsets can be patched later. */
export class Writer {
  private bytes = new Uint8Array(1024);
  private dv = view(this.bytes);
  length = 0;

  private reserve(n: number): number {
    const at = this.length;
    if (at + n > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, at + n));
      grown.set(this.bytes);
      this.bytes = grown;
      this.dv = view(grown);
    }
    this.length += n;
    return at;
  }

  u16(value: number): number {
    const at = this.reserve(2);
    this.dv.setUint16(at, value);
    return at;
  }

  i16(value: number): number {
    const at = this.reserve(2);
    this.dv.setInt16(at, value);
    return at;
  }

  u32(value: number): number {
    const at = this.reserve(4);
    this.dv.setUint32(at, value);
    return at;
  }

  tag(tag: string): number {
    const at = this.reserve(4);
    for (let i = 0; i < 4; i++) this.bytes[at + i] = tag.charCodeAt(i);
    return at;
  }

  raw(data: Uint8Array): number {
    const at = this.reserve(data.length);
    this.bytes.set(data, at);
    return at;
  }

  /** Zero bytes up to a multiple of four: sfnt tables and glyphs stay long-aligned. */
  pad4(): void {
    while (this.length % 4 !== 0) this.reserve(1);
  }

  setU16(at: number, value: number): void {
    if (value < 0 || value > 0xffff) throw new RangeError(`offset ${value} does not fit 16 bits`);
    this.dv.setUint16(at, value);
  }

  setU32(at: number, value: number): void {
    this.dv.setUint32(at, value);
  }

  done(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

export function readTag(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
}
