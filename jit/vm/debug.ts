// Debug information: names of slots and functions for error messages, and the errors that name
// them: operand type errors and bad library arguments. (lj_debug.c, lj_err.c lj_err_optype/lj_err_arg)
import { u32 } from './heap.js';
import { T, FN_PC } from './obj.js';
import { typeName } from './value.js';
import { BC, BCMode, BC_MODE_A, BC_MM, MM, bcOp, bcA, bcB, bcC, bcD } from '../bytecode/bcdef.js';
import type { LProto } from './func.js';
import { type LuaState, protoOf, frameFunc, frameAtLevel } from './state.js';
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

/** Name under which the running C function was called, as lj_debug_funcname finds it. */
function calledAs(L: LuaState): { kind: string | null; name: string } {
  const f = frameAtLevel(L, 1);
  if (f === null || f.pc < 0) return { kind: null, name: '?' };
  const pt = protoOf(L, frameFunc(f.base));
  if (pt === undefined) return { kind: null, name: '?' };
  const ins = u32[f.pc];
  const mm = BC_MM[bcOp(ins)];
  if (mm === MM.call) {
    // ITERC calls a copy of the generator: name the generator's own slot, "(for generator)".
    const n = slotName(L, pt, f.pc, bcOp(ins) === BC.ITERC ? bcA(ins) - 3 : bcA(ins));
    return n === null ? { kind: null, name: '?' } : n;
  }
  if (mm !== MM.none) return { kind: 'metamethod', name: '' };
  return { kind: null, name: '?' };
}

/** Raise "bad argument #narg to 'fname' (msg)" in the context of the caller (lj_err_arg). */
export function argError(L: LuaState, narg: number, msg: string): never {
  const { kind, name } = calledAs(L);
  if (kind === 'method' && --narg === 0) return L.callerError(`calling '${name}' on bad self (${msg})`);
  return L.callerError(`bad argument #${narg} to '${name}' (${msg})`);
}

/** Raise "bad argument #i to 'f' (<expected> expected, got <type>)" (lj_err_argtype). */
export function typeError(L: LuaState, base: number, nargs: number, i: number, expected: string): never {
  // Functions LuaJIT writes in Lua see a missing argument as nil.
  const fn = u32[(L.base - 2) << 1];
  const luaWritten = L.base === base && (L.g.cfuncs[u32[(fn + FN_PC) >> 2]]?.luaArgs ?? false);
  const got = i > nargs && !luaWritten ? 'no value' : typeName(i > nargs ? T.NIL : u32[((base + i - 1) << 1) + 1]);
  return argError(L, i, `${expected} expected, got ${got}`);
}
