// io.write/io.read and os: the parts deterministic programs use. (lib_io.c, lib_os.c)
import { u32, f64 } from '../heap.js';
import { T, GCT, UD_MT, udataSize } from '../obj.js';
import { MM } from '../../bytecode/bcdef.js';
import { LuaState } from '../state.js';
import * as aux from './aux.js';
import { register, writeOut, setGlobal, type LibFunc } from './base.js';
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
  const mt = L.newTab(0, 2);
  const ix = L.tsetStr(mt, L.g.mmname(MM.index));
  u32[ix << 1] = methods; u32[(ix << 1) + 1] = T.TAB;
  register(L, mt, {
    __tostring(L2, base) { L2.setStr(base, `file (0x${(u32[base << 1] >>> 0).toString(16).padStart(8, '0')})`); return 1; },
  });
  const ud = L.g.newObj(udataSize(0), GCT.UDATA);
  if (ud === 0) L.errMem();
  u32[(ud + UD_MT) >> 2] = mt;
  L.g.builtins.push(ud);
  return ud;
}

export function openIO(L: LuaState): void {
  const io = L.newTab(0, 2);
  register(L, io, {
    write,
    read(L2) { return L2.callerError('io.read is not supported'); },
  });
  const methods = L.newTab(0, 2);
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
    const s = L.tsetStr(io, L.str(name));
    u32[s << 1] = f; u32[(s << 1) + 1] = T.UDATA;
  }
  const os = L.newTab(0, 3);
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
  setGlobal(L, 'io', io);
  setGlobal(L, 'os', os);
}
