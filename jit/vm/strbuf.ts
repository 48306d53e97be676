// String buffers for the libraries (lj_buf): results built piece by piece, with LuaJIT's out-of-memory
// error where a Lua string would outgrow what this VM can hold (MAX_STR).
//
// Pieces are gathered a bounded batch at a time and each batch joined onto the text: one array
// entry per match or table element could outgrow V8's array limits (a process abort, not an
// error), and one rope node per piece would cost far more memory than the bytes themselves.
import { MAX_STR } from './str.js';
import type { LuaState } from './state.js';

/** Pieces joined at once. */
const BATCH = 4096;

export class StrBuf {
  private text = '';
  private readonly batch: string[] = [];
  private len = 0;

  constructor(private readonly L: LuaState) {}

  get length(): number { return this.len; }

  /** Append a byte string; "not enough memory" once the result would reach MAX_STR bytes. */
  add(s: string): void {
    if (this.len + s.length >= MAX_STR) this.L.errMem();
    this.len += s.length;
    if (this.batch.push(s) === BATCH) this.flush();
  }

  toString(): string {
    this.flush();
    return this.text;
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    this.text += this.batch.join('');
    this.batch.length = 0;
  }
}
