/** Damages a file the way a bad disk or a careless edit would, for the store's fault tests. */
import { closeSync, openSync, writeSync } from 'node:fs';

/** Writes `length` bytes of 0x41 at `offset`. */
export function overwrite(path: string, offset: number, length: number): void {
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(length, 0x41), 0, length, offset);
  } finally {
    closeSync(fd);
  }
}
