// Debug hooks: the call, return, line and count events the interpreter raises while debug.sethook
// has set a hook, calling the hook function as LuaJIT does. (lj_dispatch.c callhook/lj_dispatch_ins/
// lj_dispatch_call, lib_debug.c hookf)
//
// The hook mask lives in G (G_HOOKMASK), with the count in G_HOOKCOUNT/G_HOOKCSTART. While the mask
// is not 0 the interpreter passes every instruction through ins() before executing it, and every
// call of a C function through call(). As in LuaJIT, FUNCF/FUNCV are call events, not instructions
// (they are neither counted nor line-checked); a line event fires when the line changes, when
// control goes backwards, or when the previous instruction was in another function or invalid
// (after a call event, and at the start of each invocation of the interpreter, as LuaJIT's cframe
// PC); a return event fires before a RET* executes. The hook function runs as a C-level call with
// HOOK.ACTIVE set, so its own code raises no events.
import { u32, f64 } from './heap.js';
import { T, G_HOOKMASK, G_HOOKCOUNT, G_HOOKCSTART, HOOK } from './obj.js';
import { BC } from '../bytecode/bcdef.js';
import { type LuaState, type Global, lineAt } from './state.js';
import type { LProto } from './func.js';
import * as tab from './tab.js';

/** How the hook function is called: the interpreter's call() (passed in: it imports this module). */
export type CallFn = (L: LuaState, fslot: number, nargs: number, nres: number) => number;

/** Event names as hook functions receive them (lua.h LUA_HOOK*). */
const enum HookEvent { CALL = 'call', RETURN = 'return', LINE = 'line', COUNT = 'count' }

/** The registry key of the hook function: a light userdata Lua code cannot make (LuaJIT's KEY_HOOK). */
export const HOOK_KEY_LIGHTUD = 0x68;

export const hookMask = (g: Global): number => u32[(g.addr + G_HOOKMASK) >> 2];

/** Install a hook mask and count (lua_sethook): the count restarts. */
export function setHook(g: Global, mask: number, count: number): void {
  u32[(g.addr + G_HOOKMASK) >> 2] = (hookMask(g) & HOOK.ACTIVE) | mask;
  u32[(g.addr + G_HOOKCSTART) >> 2] = count;
  u32[(g.addr + G_HOOKCOUNT) >> 2] = count;
}

export const hookCount = (g: Global): number => u32[(g.addr + G_HOOKCSTART) >> 2];

/** Slot holding the hook function in the registry, or -1. */
export function hookFunctionSlot(L: LuaState): number {
  const k = L.g.tmp + 15;
  u32[k << 1] = HOOK_KEY_LIGHTUD; u32[(k << 1) + 1] = T.LIGHTUD;
  return tab.get(L.g.registry, k);
}

/** Call the hook function with (event, line) at slot `top` (callhook + hookf), unless a hook is running. */
function callhook(L: LuaState, call: CallFn, event: HookEvent, line: number, top: number): void {
  const g = L.g;
  const w = (g.addr + G_HOOKMASK) >> 2;
  if ((u32[w] & HOOK.ACTIVE) !== 0) return;
  const hf = hookFunctionSlot(L);
  if (hf < 0 || u32[(hf << 1) + 1] !== T.FUNC) return;
  if (!L.checkStack(top + 24)) return;
  u32[top << 1] = u32[hf << 1]; u32[(top << 1) + 1] = T.FUNC;
  L.setStr(top + 2, event);
  if (line >= 0) f64[top + 3] = line;
  else u32[((top + 3) << 1) + 1] = T.NIL;
  const savedTop = L.top;
  L.top = top;
  u32[w] |= HOOK.ACTIVE;
  try {
    call(L, top, 2, 0);
  } finally {
    u32[w] &= ~HOOK.ACTIVE;
    L.top = savedTop;
  }
}

/** Live stack top of a Lua frame before instruction pc, as the hook may see it (cur_topslot). */
function liveTop(pt: LProto, base: number, pc: number, multres: number): number {
  let ins = u32[pc - 1];
  if ((ins & 0xff) === BC.UCLO) ins = u32[pc + ((ins >>> 16) - 0x8000)];
  const a = (ins >>> 8) & 0xff;
  switch (ins & 0xff) {
    case BC.CALLM: case BC.CALLMT: return base + a + ((ins >>> 16) & 0xff) + multres + 1;
    case BC.RETM: return base + a + (ins >>> 16) + multres - 1;
    case BC.TSETM: return base + a + multres - 1;
    default: return base + pt.framesize;
  }
}

/**
 * Before the instruction at `pc` of a Lua frame at `base` executes (L synced): raise its events.
 * `oldpc` is the previous instruction's PC in this invocation of the interpreter (0: none);
 * returns the new one.
 */
export function ins(L: LuaState, call: CallFn, pt: LProto, base: number, pc: number, nargs: number, multres: number, oldpc: number): number {
  const g = L.g;
  const mask = hookMask(g);
  if ((mask & HOOK.ACTIVE) !== 0) return oldpc;
  const op = u32[pc] & 0xff;
  if (op >= BC.FUNCF) {
    // A function entry: the call event, with missing parameters nil-filled first.
    if ((mask & HOOK.CALL) === 0) return oldpc;
    for (let i = nargs; i < pt.numparams; i++) u32[((base + i) << 1) + 1] = T.NIL;
    callhook(L, call, HookEvent.CALL, -1, base + Math.max(pt.framesize, nargs));
    return 0;
  }
  const top = liveTop(pt, base, pc + 1, multres);
  if ((mask & HOOK.COUNT) !== 0) {
    const cw = (g.addr + G_HOOKCOUNT) >> 2;
    if (--u32[cw] === 0) {
      u32[cw] = u32[(g.addr + G_HOOKCSTART) >> 2];
      callhook(L, call, HookEvent.COUNT, -1, top);
    }
  }
  if ((mask & HOOK.LINE) !== 0) {
    const line = lineAt(pt, pc);
    const opos = oldpc - pt.pcBase;
    if (pc <= oldpc || opos < 0 || opos >= pt.bc.length || line !== lineAt(pt, oldpc)) {
      callhook(L, call, HookEvent.LINE, line, top);
    }
  }
  if ((mask & HOOK.RET) !== 0 && op >= BC.RETM && op <= BC.RET1) callhook(L, call, HookEvent.RETURN, -1, top);
  return pc;
}

/** A C function is about to run with its frame at `base`, `nargs` arguments: the call event. */
export function cfunc(L: LuaState, call: CallFn, base: number, nargs: number): void {
  if ((hookMask(L.g) & HOOK.CALL) !== 0) callhook(L, call, HookEvent.CALL, -1, base + nargs);
}
