// The table library: insert, remove, concat, maxn (sort in tabsort.ts). (lib_table.c)
import { u32, f64 } from '../heap.js';
import { T, TAB_ASIZE, TAB_ARRAY, TAB_NODE, TAB_HMASK, NODE_SIZE, NODE_KEY, NODE_VAL, TV_IT } from '../obj.js';
import { copyTV, typeName } from '../value.js';
import * as tab from '../tab.js';
import { MAX_STR } from '../str.js';
import { LuaState } from '../state.js';
import * as aux from './aux.js';
import { register, markLuaWritten, setGlobal, type LibFunc } from './base.js';
import { call } from '../interp.js';
import { ErrMsg } from '../err.js';
import { fmtNum } from '../strfmt.js';

const isNil = (s: number): boolean => s < 0 || u32[(s << 1) + 1] === T.NIL;

export const tableLib: Record<string, LibFunc> = {
  insert(L, base, nargs) {
    const t = aux.checkTab(L, base, nargs, 1);
    let i = tab.len(t) + 1;
    if (nargs !== 2) {
      if (nargs !== 3) L.callerError(ErrMsg.TABINS);
      const n = aux.checkInt(L, base, nargs, 2);
      for (; i > n; i--) {
        const d = L.tsetInt(t, i); // set first: it may rehash and move the slot we read
        const src = tab.getInt(t, i - 1);
        if (isNil(src)) u32[(d << 1) + 1] = T.NIL; else copyTV(d, src);
      }
      i = n;
    }
    copyTV(L.tsetInt(t, i), base + nargs - 1);
    return 0;
  },
  remove(L, base, nargs) {
    // LuaJIT implements this one in Lua; the positions it accepts are reproduced here.
    const t = aux.checkTab(L, base, nargs, 1);
    const len = tab.len(t);
    const get = (k: number, dst: number) => {
      const v = tab.getInt(t, k);
      if (isNil(v)) u32[(dst << 1) + 1] = T.NIL; else copyTV(dst, v);
    };
    const clear = (k: number) => {
      const v = tab.getInt(t, k);
      if (v >= 0) u32[(v << 1) + 1] = T.NIL;
    };
    if (aux.argTag(base, nargs, 2) === T.NIL) {
      if (len === 0) return 0;
      get(len, base);
      clear(len);
      return 1;
    }
    const pos = aux.checkInt(L, base, nargs, 2);
    if (pos < 1 || pos > len) return 0;
    get(pos, base);
    for (let i = pos + 1; i <= len; i++) {
      const d = L.tsetInt(t, i - 1);
      const src = tab.getInt(t, i);
      if (isNil(src)) u32[(d << 1) + 1] = T.NIL; else copyTV(d, src);
    }
    clear(len);
    return 1;
  },
  concat(L, base, nargs) {
    const t = aux.checkTab(L, base, nargs, 1);
    const sep = aux.optStr(L, base, nargs, 2, '');
    const i = aux.optInt(L, base, nargs, 3, 1);
    const e = aux.argTag(base, nargs, 4) === T.NIL ? tab.len(t) : aux.checkInt(L, base, nargs, 4);
    const parts: string[] = [];
    let total = 0;
    for (let k = i; k <= e; k++) {
      const v = tab.getInt(t, k);
      const tag = v < 0 ? T.NIL : u32[(v << 1) + 1];
      if (tag === T.STR) parts.push(L.g.strs.text(u32[v << 1]));
      else if (tag < T.ISNUM) parts.push(fmtNum(f64[v]));
      else L.callerError(`invalid value (${typeName(tag)}) at index ${k} in table for 'concat'`);
      total += parts[parts.length - 1].length + sep.length;
      if (total >= MAX_STR) L.callerError(ErrMsg.ERRMEM);
    }
    L.setStr(base, parts.join(sep));
    return 1;
  },
  getn(L, base, nargs) {
    f64[base] = tab.len(aux.checkTab(L, base, nargs, 1));
    return 1;
  },
  foreachi(L, base, nargs) {
    const t = aux.checkTab(L, base, nargs, 1);
    aux.checkFunc(L, base, nargs, 2);
    const n = tab.len(t);
    const top = base + nargs;
    for (let i = 1; i <= n; i++) {
      copyTV(top, base + 1);
      f64[top + 2] = i;
      const v = tab.getInt(t, i);
      if (isNil(v)) u32[((top + 3) << 1) + 1] = T.NIL; else copyTV(top + 3, v);
      call(L, top, 2, 1);
      if (u32[(top << 1) + 1] !== T.NIL) { copyTV(base, top); return 1; }
    }
    return 0;
  },
  foreach(L, base, nargs) {
    const t = aux.checkTab(L, base, nargs, 1);
    aux.checkFunc(L, base, nargs, 2);
    const top = base + nargs + 2;
    const key = base + nargs; // holds the traversal key (nil to start)
    u32[(key << 1) + 1] = T.NIL;
    for (;;) {
      if (tab.next(L.g, t, key, key) <= 0) return 0; // writes key, value to key, key+1
      copyTV(top, base + 1);
      copyTV(top + 2, key);
      copyTV(top + 3, key + 1);
      call(L, top, 2, 1);
      if (u32[(top << 1) + 1] !== T.NIL) { copyTV(base, top); return 1; }
    }
  },
  move(L, base, nargs) {
    const a1 = aux.checkTab(L, base, nargs, 1);
    const f = aux.checkInt(L, base, nargs, 2);
    const e = aux.checkInt(L, base, nargs, 3);
    const tpos = aux.checkInt(L, base, nargs, 4);
    const a2 = aux.argTag(base, nargs, 5) === T.NIL ? a1 : aux.checkTab(L, base, nargs, 5);
    if (e >= f) {
      const d = tpos - f;
      const step = (i: number) => {
        const v = tab.getInt(a1, i);
        const dst = L.tsetInt(a2, i + d);
        const v2 = tab.getInt(a1, i); // set may have rehashed a1 == a2
        if (isNil(v2)) u32[(dst << 1) + 1] = T.NIL; else copyTV(dst, v2);
        void v;
      };
      if (tpos > e || tpos <= f || a1 !== a2) for (let i = f; i <= e; i++) step(i);
      else for (let i = e; i >= f; i--) step(i);
    }
    u32[base << 1] = a2; u32[(base << 1) + 1] = T.TAB;
    return 1;
  },
  maxn(L, base, nargs) {
    const t = aux.checkTab(L, base, nargs, 1);
    let m = 0;
    const asize = u32[(t + TAB_ASIZE) >> 2];
    const arr = u32[(t + TAB_ARRAY) >> 2] >> 3;
    for (let i = asize - 1; i > m; i--) {
      if (u32[((arr + i) << 1) + 1] !== T.NIL) { m = i; break; }
    }
    const node = u32[(t + TAB_NODE) >> 2];
    if (node !== L.g.nilnode) {
      const hmask = u32[(t + TAB_HMASK) >> 2];
      for (let h = 0; h <= hmask; h++) {
        const n = node + h * NODE_SIZE;
        const ks = (n + NODE_KEY) >> 3;
        if (u32[(n + NODE_VAL + TV_IT) >> 2] !== T.NIL && u32[(ks << 1) + 1] < T.ISNUM && f64[ks] > m) m = f64[ks];
      }
    }
    f64[base] = m;
    return 1;
  },
};

export function openTable(L: LuaState, extra: Record<string, LibFunc> = {}): void {
  const t = L.newTab(0, 4);
  const all: Record<string, LibFunc> = { ...tableLib };
  all.sort = extra.sort ?? ((L2) => L2.callerError('table.sort is not implemented yet'));
  markLuaWritten(L, register(L, t, all), ['remove', 'foreach', 'foreachi', 'getn', 'move']);
  setGlobal(L, 'table', t);
}
