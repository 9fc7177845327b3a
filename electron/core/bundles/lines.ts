import fs from 'node:fs';

/**
 * Reads a file line by line synchronously with a fixed buffer. Apply runs inside one better-sqlite3
 * transaction, which cannot span an await, so staged NDJSON is read this way: flat memory, no await.
 */
export function* readLinesSync(file: string, maxLine = 16 * 1024 * 1024): Generator<string> {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(256 * 1024);
    let carry: Buffer[] = [];
    let carryLen = 0;
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      let start = 0;
      for (let i = 0; i < n; i++) {
        if (buf[i] !== 0x0a) continue;
        const piece = buf.subarray(start, i);
        const line = carryLen ? Buffer.concat([...carry, piece]) : piece;
        carry = [];
        carryLen = 0;
        yield line.toString('utf8');
        start = i + 1;
      }
      if (start < n) {
        carry.push(Buffer.from(buf.subarray(start, n)));
        carryLen += n - start;
        if (carryLen > maxLine) throw new Error('line too long');
      }
    }
    if (carryLen) yield Buffer.concat(carry).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}
