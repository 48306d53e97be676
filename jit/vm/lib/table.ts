// The table library: insert, remove, concat, maxn (sort in tabsort.ts). (lib_table.c)
import { u32, f64 } from '../heap.js';
import { T, TAB_ASIZE, TAB_ARRAY, TAB_NODE, TAB_HMASK, NODE_SIZE, NODE_KEY, NODE_VAL, TV_IT } from '../obj.js';
import { copyTV, typeName } from '../value.js';
import * as tab from '../tab.js';
import { StrBuf } from '../strbuf.js';
import { LuaState } from '../state.js';
import * as aux from './aux.js';
import { register, registerLua, setGlobal, type LibFunc } from './base.js';
import { ErrMsg } from '../err.js';
import { fmtNum } from '../strfmt.js';
import { Fault } from '../fault.js';

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
  concat(L, base, nargs) {
    const t = aux.checkTab(L, base, nargs, 1);
    const sep = aux.optStr(L, base, nargs, 2, '');
    const i = aux.optInt(L, base, nargs, 3, 1);
    const e = aux.argTag(base, nargs, 4) === T.NIL ? tab.len(t) : aux.checkInt(L, base, nargs, 4);
    const buf = new StrBuf(L);
    // Fault.TCONCAT_HOST_NUM (planted, tests only): numbers as JavaScript writes them, not as %.14g.
    const numText = (L.g.faults & Fault.TCONCAT_HOST_NUM) !== 0 ? String : fmtNum;
    for (let k = i; k <= e; k++) {
      const v = tab.getInt(t, k);
      const tag = v < 0 ? T.NIL : u32[(v << 1) + 1];
      if (k !== i) buf.add(sep);
      if (tag === T.STR) buf.add(L.g.strs.text(u32[v << 1]));
      else if (tag < T.ISNUM) buf.add(numText(f64[v]));
      else L.callerError(`invalid value (${typeName(tag)}) at index ${k} in table for 'concat'`);
    }
    L.setStr(base, buf.toString());
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

/** The functions LuaJIT writes in Lua (lib_table.c LJLIB_LUA), as Lua source for libbc.ts. */
const LUA_FUNCS: Record<string, string> = {
  foreachi: `function(t, f)
    CHECK_tab(t)
    CHECK_func(f)
    for i = 1, #t do
      local r = f(i, t[i])
      if r ~= nil then return r end
    end
  end`,
  foreach: `function(t, f)
    CHECK_tab(t)
    CHECK_func(f)
    for k, v in PAIRS(t) do
      local r = f(k, v)
      if r ~= nil then return r end
    end
  end`,
  getn: `function(t)
    CHECK_tab(t)
    return #t
  end`,
  remove: `function(t, pos)
    CHECK_tab(t)
    local n = #t
    if pos == nil then
      if n ~= 0 then
        local v = t[n]
        t[n] = nil
        return v
      end
    else
      CHECK_int(pos)
      if pos >= 1 and pos <= n then
        local v = t[pos]
        for i = pos + 1, n do
          t[i - 1] = t[i]
        end
        t[n] = nil
        return v
      end
    end
  end`,
  move: `function(a1, f, e, t, a2)
    CHECK_tab(a1)
    CHECK_int(f)
    CHECK_int(e)
    CHECK_int(t)
    if a2 == nil then a2 = a1 end
    CHECK_tab(a2)
    if e >= f then
      local d = t - f
      if t > e or t <= f or a2 ~= a1 then
        for i = f, e do a2[i + d] = a1[i] end
      else
        for i = e, f, -1 do a2[i + d] = a1[i] end
      end
    end
    return a2
  end`,
};

export function openTable(L: LuaState, extra: Record<string, LibFunc> = {}): void {
  const t = L.newTab(0, 4);
  const all: Record<string, LibFunc> = { ...tableLib };
  all.sort = extra.sort ?? ((L2) => L2.callerError('table.sort is not implemented yet'));
  register(L, t, all);
  registerLua(L, t, LUA_FUNCS);
  setGlobal(L, 'table', t);
}
