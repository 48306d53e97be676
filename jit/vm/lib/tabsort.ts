// table.sort: Lua 5.1's median-of-three quicksort, step for step, so comparator calls and errors match. (lib_table.c)
//
// The C version keeps the elements it is comparing on the Lua stack and reads/writes the table raw
// at fixed moments; a comparator that mutates the table sees exactly the same reads and writes here.
// Stack positions are slots of a small scratch area above the arguments.
import { u32 } from '../heap.js';
import { T } from '../obj.js';
import { copyTV } from '../value.js';
import * as tab from '../tab.js';
import { lessThan } from '../api.js';
import { LuaState } from '../state.js';
import { call } from '../interp.js';
import * as aux from './aux.js';
import type { LibFunc } from './base.js';

const ERR_TABSORT = 'invalid order function for sorting';
/** Scratch slots for the emulated stack: the C code never holds more than four values. */
const STACK_SLOTS = 6;

class Sorter {
  /** Next free stack slot. */
  top: number;
  /** Where the comparator is called (above the stack). */
  readonly fslot: number;

  constructor(readonly L: LuaState, readonly t: number, readonly cmp: number, readonly stk: number) {
    this.top = stk;
    this.fslot = stk + STACK_SLOTS;
  }

  /** Push t[k] (raw). */
  get(k: number): void {
    const v = tab.getInt(this.t, k);
    if (v < 0) u32[(this.top << 1) + 1] = T.NIL; else copyTV(this.top, v);
    this.top++;
  }

  /** t[k] = pop() (raw). */
  put(k: number): void {
    this.top--;
    copyTV(this.L.tsetInt(this.t, k), this.top);
  }

  /** set2: t[i] = top value, t[j] = the one below it. */
  set2(i: number, j: number): void {
    this.put(i);
    this.put(j);
  }

  pop(n: number): void { this.top -= n; }

  /** Stack slot by negative offset from the top, like a C API index -1, -2, ... */
  at(neg: number): number { return this.top + neg; }

  /** a < b under the sort order (a, b are stack slots). */
  less(a: number, b: number): boolean {
    const L = this.L;
    if (this.cmp >= 0) {
      const f = this.fslot;
      copyTV(f, this.cmp);
      copyTV(f + 2, a);
      copyTV(f + 3, b);
      call(L, f, 2, 1);
      return u32[(f << 1) + 1] < T.ISTRUECOND;
    }
    return lessThan(L, a, b);
  }

  sort(l: number, u: number): void {
    const L = this.L;
    while (l < u) {
      // Order a[l], a[mid], a[u] and take the median as the pivot.
      this.get(l);
      this.get(u);
      if (this.less(this.at(-1), this.at(-2))) this.set2(l, u); else this.pop(2);
      if (u - l === 1) break;
      let i = Math.floor((l + u) / 2);
      this.get(i);
      this.get(l);
      if (this.less(this.at(-2), this.at(-1))) {
        this.set2(i, l);
      } else {
        this.pop(1);
        this.get(u);
        if (this.less(this.at(-1), this.at(-2))) this.set2(i, u); else this.pop(2);
      }
      if (u - l === 2) break;
      this.get(i); // the pivot
      copyTV(this.top, this.top - 1); this.top++;
      this.get(u - 1);
      this.set2(i, u - 1);
      // Partition a[l+1..u-2] around the pivot left on the stack.
      i = l;
      let j = u - 1;
      for (;;) {
        for (;;) {
          this.get(++i);
          if (!this.less(this.at(-1), this.at(-2))) break;
          if (i >= u) L.callerError(ERR_TABSORT);
          this.pop(1);
        }
        for (;;) {
          this.get(--j);
          if (!this.less(this.at(-3), this.at(-1))) break;
          if (j <= l) L.callerError(ERR_TABSORT);
          this.pop(1);
        }
        if (j < i) {
          this.pop(3);
          break;
        }
        this.set2(i, j);
      }
      this.get(u - 1);
      this.get(i);
      this.set2(u - 1, i);
      // Recurse into the smaller part, loop on the larger one.
      let lo: number, hi: number;
      if (i - l < u - i) {
        lo = l; hi = i - 1; l = i + 1;
      } else {
        lo = i + 1; hi = u; u = i - 1;
      }
      this.sort(lo, hi);
    }
  }
}

function sort(L: LuaState, base: number, nargs: number): number {
  const t = aux.checkTab(L, base, nargs, 1);
  const n = tab.len(t);
  let cmp = -1;
  if (aux.argTag(base, nargs, 2) !== T.NIL) {
    aux.checkFunc(L, base, nargs, 2);
    cmp = base + 1;
  }
  const stk = base + Math.max(nargs, 2);
  if (!L.checkStack(stk + STACK_SLOTS + 4)) L.callerError('stack overflow');
  // Metamethods called by comparisons use L.top as scratch: keep it above the emulated stack.
  const savedTop = L.top;
  L.top = stk + STACK_SLOTS + 4;
  new Sorter(L, t, cmp, stk).sort(1, n);
  L.top = savedTop;
  return 0;
}

export const sortLib: Record<string, LibFunc> = { sort };
