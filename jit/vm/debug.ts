// Debug information: names of slots for error messages, tracebacks. (lj_debug.c)
import { u32 } from './heap.js';
import { BC, BCMode, BC_MODE_A, bcOp, bcA, bcB, bcC, bcD } from '../bytecode/bcdef.js';
import type { LProto } from './func.js';
import * as str from './str.js';

export interface SlotName { kind: 'local' | 'global' | 'field' | 'method' | 'upvalue'; name: string }

/** Name of the local variable in `slot` at bytecode position `pos`, or null. */
export function varName(pt: LProto, pos: number, slot: number): string | null {
  for (const v of pt.varinfo) {
    if (v.startpc > pos) break;
    if (pos < v.endpc && slot-- === 0) return v.name;
  }
  return null;
}

const kstr = (pt: LProto, idx: number): string => str.strText(pt.kref[idx]);

/** What the value in `slot` is at instruction `pc` (heap word index): a local, global, field... */
export function slotName(pt: LProto, pc: number, slot: number): SlotName | null {
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
