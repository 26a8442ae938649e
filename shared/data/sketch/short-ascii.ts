/**
 * Short ASCII strings (airport codes, small integers as text) packed into one safe integer: 7 bits
 * per character, then 3 bits of length. A numeric hash-table probe is much cheaper than hashing and
 * comparing strings, and most repeated cells in real tables are this short. 7 characters of 7 bits
 * plus the length stay below 2^53.
 */

/** The packed key of `s`, or -1 when it is longer than 7 characters or not ASCII. */
export function packShortAscii(s: string): number {
  const n = s.length;
  if (n > 7) return -1;
  let key = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return -1;
    key = key * 128 + c;
  }
  return key * 8 + n;
}

/** The string packShortAscii packed. */
export function unpackShortAscii(packed: number): string {
  const n = packed % 8;
  let key = (packed - n) / 8;
  const codes: number[] = new Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const c = key % 128;
    codes[k] = c;
    key = (key - c) / 128;
  }
  return String.fromCharCode(...codes);
}
