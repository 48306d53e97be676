// io.write/io.read and os: the parts deterministic programs use. (lib_io.c, lib_os.c)
import { u8, u32, f64, alloc } from '../heap.js';
import { link as gcLink } from '../gc.js';
import { GCT } from '../value.js';
import { T } from '../value.js';
import * as tab from '../tab.js';
import * as str from '../str.js';
import { LuaState } from '../state.js';
import * as aux from './aux.js';
import { register, writeOut, UD_SIZE, UD_MT, type LibFunc } from './base.js';
import { fmtNum } from '../strfmt.js';

function write(L: LuaState, base: number, nargs: number): number {
  for (let i = 1; i <= nargs; i++) {
    const s = base + i - 1;
    const tag = u32[(s << 1) + 1];
    if (tag < T.ISNUM) writeOut(L, fmtNum(f64[s]));
    else writeOut(L, aux.checkStr(L, base, nargs, i));
  }
  u32[(base << 1) + 1] = T.TRUE; // LuaJIT's io.write returns true here (the file in 5.1)
  return 1;
}

const startTime = Date.now();

/** A file handle: a userdata whose metatable's __index holds the methods. */
function newFile(L: LuaState, methods: number): number {
  const mt = tab.newTab(0, 2);
  const ix = tab.setStr(mt, L.g.mmstr[0]);
  u32[ix << 1] = methods; u32[(ix << 1) + 1] = T.TAB;
  register(L, mt, {
    __tostring(L2, base) { L2.setStr(base, `file (0x${(u32[base << 1] >>> 0).toString(16).padStart(8, '0')})`); return 1; },
  });
  const ud = alloc(UD_SIZE);
  u8[ud] = GCT.UDATA;
  u32[(ud + UD_MT) >> 2] = mt;
  gcLink(ud);
  L.g.builtins.push(ud);
  return ud;
}

export function openIO(L: LuaState): void {
  const io = tab.newTab(0, 2);
  register(L, io, {
    write,
    read(L2) { return L2.callerError('io.read is not supported'); },
  });
  const methods = tab.newTab(0, 2);
  register(L, methods, {
    write(L2, base, nargs) {
      // file:write(...) writes its other arguments; the reference returns true.
      write(L2, base + 1, nargs - 1);
      u32[(base << 1) + 1] = T.TRUE;
      return 1;
    },
    flush() { return 0; },
    close() { return 0; },
  });
  for (const name of ['stdout', 'stderr']) {
    const f = newFile(L, methods);
    const s = tab.setStr(io, str.newStr(name));
    u32[s << 1] = f; u32[(s << 1) + 1] = T.UDATA;
  }
  const os = tab.newTab(0, 3);
  const osLib: Record<string, LibFunc> = {
    time(_L2, base) { f64[base] = Math.floor(Date.now() / 1000); return 1; },
    clock(_L2, base) { f64[base] = (Date.now() - startTime) / 1000; return 1; },
    getenv(L2, base, nargs) {
      const v = process.env[aux.checkStr(L2, base, nargs, 1)];
      if (v === undefined) u32[(base << 1) + 1] = T.NIL; else L2.setStr(base, v);
      return 1;
    },
    date(L2, base) { L2.setStr(base, new Date().toString()); return 1; },
  };
  register(L, os, osLib);
  for (const [name, t] of [['io', io], ['os', os]] as const) {
    const s = tab.setStr(L.g.globals, str.newStr(name));
    u32[s << 1] = t; u32[(s << 1) + 1] = T.TAB;
  }
}
