// Debug information: names of slots and functions for error messages, and the errors that name
// them: operand type errors and bad library arguments. (lj_debug.c, lj_err.c lj_err_optype/lj_err_arg)
import { u32 } from './heap.js';
import { typeName } from './value.js';
import { BC, BCMode, BC_MODE_A, BC_MM, MM, bcOp, bcA, bcB, bcC, bcD } from '../bytecode/bcdef.js';
import type { LProto } from './func.js';
import { type LuaState, type FrameAt, CoStatus, Frame, FRAME_SLOTS, protoOf, frameFunc, frameCaller, frameLink, framePrev } from './state.js';
import { badOpRT, badOpRV } from './err.js';

export interface SlotName { kind: 'local' | 'global' | 'field' | 'method' | 'upvalue'; name: string }

/** Name of the local variable in `slot` at bytecode position `pos`, or null. */
export function varName(pt: LProto, pos: number, slot: number): string | null {
  for (const v of pt.varinfo) {
    if (v.startpc > pos) break;
    if (pos < v.endpc && slot-- === 0) return v.name;
  }
  return null;
}

/** What the value in `slot` is at instruction `pc` (heap word index): a local, global, field... */
export function slotName(L: LuaState, pt: LProto, pc: number, slot: number): SlotName | null {
  const kstr = (pt: LProto, idx: number): string => L.g.strs.text(pt.kref[idx]);
  for (;;) {
    const lname = varName(pt, pc - pt.pcBase, slot);
    if (lname !== null) return { kind: 'local', name: lname };
    let ip = pc;
    let restart = false;
    while (--ip > pt.pcBase) {
      const ins = u32[ip];
      const op = bcOp(ins);
      const ra = bcA(ins);
      const ma = BC_MODE_A[op];
      if (ma === BCMode.base) {
        if (slot >= ra && (op !== BC.KNIL || slot <= bcD(ins))) return null;
      } else if (ma === BCMode.dst && ra === slot) {
        switch (op) {
          case BC.MOV:
            slot = bcD(ins);
            pc = ip;
            restart = true;
            break;
          case BC.GGET:
            return { kind: 'global', name: kstr(pt, bcD(ins)) };
          case BC.TGETS: {
            const name = kstr(pt, bcC(ins));
            if (ip > pt.pcBase) {
              const insp = u32[ip - 1];
              // FR2 method call: the object is copied to A+2 (A+1 is the frame link slot).
              if (bcOp(insp) === BC.MOV && bcA(insp) === ra + 2 && bcD(insp) === bcB(ins)) {
                return { kind: 'method', name };
              }
            }
            return { kind: 'field', name };
          }
          case BC.UGET:
            return { kind: 'upvalue', name: pt.uvnames[bcD(ins)] ?? '' };
          default:
            return null;
        }
        if (restart) break;
      }
    }
    if (!restart) return null;
  }
}

/** Short chunk name for messages ("t.lua", "stdin", [string "..."]): the lexer's luaO_chunkid. */
export { chunkid as chunkId } from '../frontend/lex.js';

// -- Errors that name a slot or a function -----------------------------------------------

/** Throw "attempt to <op> <kind> '<name>' (a <type> value)" for the value in slot o (lj_err_optype). */
export function errOpType(L: LuaState, o: number, op: string): never {
  const tname = typeName(u32[(o << 1) + 1]);
  const pt = protoOf(L, frameFunc(L.base));
  if (pt !== undefined && o >= L.base && o < L.top) {
    const n = slotName(L, pt, L.pc - 1, o - L.base);
    if (n !== null) L.runError(badOpRT(op, n.kind, n.name, tname));
  }
  return L.runError(badOpRV(op, tname));
}

/**
 * The name the function of the frame at `base` was called by, from the instruction of its caller
 * that called it (lj_debug_funcname): a local/global/field/method/upvalue, a metamethod (named
 * "__index"...), or null when the caller is not Lua code or the slot has no name.
 */
export function funcName(L: LuaState, base: number): SlotName | { kind: 'metamethod'; name: string } | null {
  const f = frameCaller(L, base);
  if (f === null || f.pc < 0) return null;
  const pt = protoOf(L, frameFunc(f.base));
  if (pt === undefined) return null;
  const ins = u32[f.pc];
  const op = bcOp(ins);
  const mm = BC_MM[op];
  if (mm === MM.call) return slotName(L, pt, f.pc, op === BC.ITERC ? bcA(ins) - 3 : bcA(ins));
  if (mm !== MM.none) return { kind: 'metamethod', name: L.g.strs.text(L.g.mmname(mm)) };
  return null;
}

/** Raise "bad argument #narg to 'fname' (msg)" in the context of the caller (lj_err_arg). */
export function argError(L: LuaState, narg: number, msg: string): never {
  const fn = funcName(L, L.base);
  const kind = fn?.kind ?? null, name = fn?.name ?? '?';
  if (kind === 'method' && --narg === 0) return L.callerError(`calling '${name}' on bad self (${msg})`);
  return L.callerError(`bad argument #${narg} to '${name}' (${msg})`);
}

/** Raise "bad argument #i to 'f' (<expected> expected, got <type>)" (lj_err_argtype). */
export function typeError(L: LuaState, base: number, nargs: number, i: number, expected: string): never {
  const got = i > nargs ? 'no value' : typeName(u32[((base + i - 1) << 1) + 1]);
  return argError(L, i, `${expected} expected, got ${got}`);
}

// -- Line numbers and locations (lj_debug.c) ------------------------------------------

/** Source line of bytecode position pc (an unsigned 32-bit number): 0 past the end (lj_debug_line). */
export function debugLine(pt: LProto, pc: number): number {
  const sizebc = pt.bc.length;
  if (pc > sizebc) return 0;
  if (pc === sizebc) return pt.firstline + pt.numline;
  return pt.lineinfo[pc]!;
}

/** Chunk names longer than this are shown by the prototype's address (lj_debug_pushloc). */
const LOC_NAME_MAX = 40;

/** C strings end at the first NUL. */
export const cstr = (s: string): string => {
  const z = s.indexOf('\0');
  return z < 0 ? s : s.slice(0, z);
};

/** "chunk:line" for pt at pc, as the reference's -jv and funcinfo show it (lj_debug_pushloc). */
export function protoLoc(pt: LProto, pc: number): string {
  const name = pt.chunkname;
  const line = debugLine(pt, pc);
  if (name.startsWith('@')) {
    // The file name after the last path separator (the first character is never taken as one).
    let s = name.slice(1);
    for (let i = s.length - 1; i > 0; i--) {
      if (s[i] === '/' || s[i] === '\\') { s = s.slice(i + 1); break; }
    }
    return `${cstr(s)}:${line}`;
  }
  if (name.length > LOC_NAME_MAX) return `0x${pt.obj.toString(16).padStart(8, '0')}:${line}`;
  if (name.startsWith('=')) return `${cstr(name.slice(1))}:${line}`;
  return `"${cstr(name)}":${line}`;
}

// -- Stack levels (lua_getstack) ---------------------------------------------------------

/** A frame found by level: its BASE, the PC it is stopped at (-1 if unknown or not Lua), and the BASE of the frame it called (0: it is the top). */
export interface StackLevel { base: number; pc: number; callee: number }

/**
 * The frame `level` calls below the top of thread L1's stack (lj_debug_frame): level 0 is the
 * running (or, for a suspended coroutine, the yielding) function. Vararg pseudo-frames do not count.
 * Null when there is no such level (also for a coroutine not started yet or dead).
 */
export function getStack(L1: LuaState, level: number, top?: FrameAt): StackLevel | null {
  if (level < 0) return null;
  if (L1.status === CoStatus.DEAD || (L1.status === CoStatus.SUSPENDED && !L1.started)) return null;
  let f: StackLevel | null = { base: top?.base ?? L1.base, pc: top?.pc ?? -1, callee: 0 };
  if (f.base <= L1.stack + FRAME_SLOTS) return null;
  for (let i = 0; i < level && f !== null; i++) f = nextLevel(L1, f);
  return f;
}

/** The frame that called frame f (one level down), or null at the bottom. */
export function nextLevel(L1: LuaState, f: StackLevel): StackLevel | null {
  let b = f.base;
  while ((frameLink(b) & Frame.TYPEP) === Frame.VARG) b = framePrev(L1, b);
  const c = frameCaller(L1, f.base);
  return c === null ? null : { base: c.base, pc: c.pc, callee: b };
}
