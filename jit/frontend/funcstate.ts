// Per-function code generation state: constants, jump lists, registers, scopes, proto finish. (lj_parse.c)
// The expression emitters that build on this live in expr.ts; the grammar in parse.ts.

import {
  BC, NO_REG, BCMAX_D, BCBIAS_J, insAD, insAJ, bcOp, bcA, bcD,
} from '../bytecode/bcdef.js';
import {
  type Proto, type KGC, ProtoFlag, PROTO_UV_LOCAL, PROTO_UV_IMMUTABLE, type VarInfo,
} from '../bytecode/proto.js';
import type { Lexer } from './lex.js';

// -- Limits (lj_def.h) ---------------------------------------------------------

export const MAX_SLOTS = 250;
export const MAX_LOCVAR = 200;
export const MAX_UPVAL = 60;
export const MAX_XLEVEL = 200;
/** Upvalue map entries at or above this name a parent upvalue rather than a parent local. */
const MAX_VSTACK = 65536 - MAX_UPVAL;

/** End of a jump list (the J operand -1 in an instruction). */
export const NO_JMP = -1;

// -- Variable stack ------------------------------------------------------------

export const VSTACK_VAR_RW = 0x01;
export const VSTACK_GOTO = 0x02;
export const VSTACK_LABEL = 0x04;
/** Name of the pseudo-goto created by 'break' (not a valid identifier). */
export const NAME_BREAK = '\u0000break';

/** A local variable, pending goto or label of the function being parsed. */
export interface VarSlot {
  /** null once a goto/label is resolved or out of scope. */
  name: string | null;
  startpc: number;
  endpc: number;
  slot: number;
  info: number;
}

/** State shared by all functions of one chunk (the C LexState minus the scanner). */
export interface ParseState {
  lex: Lexer;
  fs: FuncState | null;
  vstack: VarSlot[];
  level: number;
}

// -- Scopes --------------------------------------------------------------------

export const FSCOPE_LOOP = 0x01;
export const FSCOPE_BREAK = 0x02;
export const FSCOPE_GOLA = 0x04;
export const FSCOPE_UPVAL = 0x08;
export const FSCOPE_NOCLOSE = 0x10;

export interface FuncScope {
  prev: FuncScope | null;
  vstart: number;
  nactvar: number;
  flags: number;
}

// -- Function state --------------------------------------------------------------

export class FuncState {
  bl: FuncScope | null = null;
  pc = 0;
  lasttarget = 0;
  /** Jumps waiting to be patched to the next emitted instruction. */
  jpc = NO_JMP;
  freereg = 0;
  nactvar = 0;
  flags = 0;
  numparams = 0;
  framesize = 1;
  linedefined = 0;
  readonly ins: number[] = [];
  readonly lines: number[] = [];
  /** Constant numbers and GC constants, numbered in order of first use. */
  readonly knum: number[] = [];
  readonly kgc: KGC[] = [];
  private readonly knumIdx = new Map<number, number>();
  private readonly kgcIdx = new Map<unknown, number>();
  /** Register -> vstack index of the active local in it. */
  readonly varmap: number[] = [];
  /** Upvalue -> vstack index of the variable, and the raw descriptor for the proto. */
  readonly uvmap: number[] = [];
  readonly uvtmp: number[] = [];
  readonly vbase: number;

  constructor(readonly ps: ParseState, readonly prev: FuncState | null) {
    this.vbase = ps.vstack.length;
  }

  get lex(): Lexer {
    return this.ps.lex;
  }

  // -- Constants -------------------------------------------------------------

  constNum(n: number): number {
    // Map keys use SameValueZero: -0 shares 0's slot as in LuaJIT's constant table.
    let i = this.knumIdx.get(n);
    if (i === undefined) {
      i = this.knum.length;
      this.knum.push(n);
      this.knumIdx.set(n, i);
    }
    return i;
  }

  /** Strings are keyed by content, protos and template tables by identity. */
  constGC(o: KGC): number {
    let i = this.kgcIdx.get(o);
    if (i === undefined) {
      i = this.kgc.length;
      this.kgc.push(o);
      this.kgcIdx.set(o, i);
    }
    return i;
  }

  /** Index of an existing string constant, if any (for next()/pairs() prediction). */
  findStr(s: string): number | undefined {
    return this.kgcIdx.get(s);
  }

  // -- Errors -------------------------------------------------------------------

  errLimit(limit: number, what: string): never {
    if (this.linedefined === 0) this.lex.error(0, `main function has more than ${limit} ${what}`);
    return this.lex.error(0, `function at line ${this.linedefined} has more than ${limit} ${what}`);
  }

  // -- Instructions --------------------------------------------------------------

  emit(ins: number): number {
    const pc = this.pc;
    this.jmpPatchval(this.jpc, pc, NO_REG, pc);
    this.jpc = NO_JMP;
    this.ins[pc] = ins >>> 0;
    this.lines[pc] = this.lex.lastline;
    this.pc = pc + 1;
    return pc;
  }

  emitAD(op: number, a: number, d: number): number {
    return this.emit(insAD(op, a, d));
  }

  emitAJ(op: number, a: number, j: number): number {
    return this.emit(insAJ(op, a, j));
  }

  setA(pc: number, a: number): void {
    this.ins[pc] = ((this.ins[pc] & ~0xff00) | (a << 8)) >>> 0;
  }

  setB(pc: number, b: number): void {
    this.ins[pc] = ((this.ins[pc] & 0x00ffffff) | (b << 24)) >>> 0;
  }

  setC(pc: number, c: number): void {
    this.ins[pc] = ((this.ins[pc] & ~0x00ff0000) | (c << 16)) >>> 0;
  }

  setD(pc: number, d: number): void {
    this.ins[pc] = ((this.ins[pc] & 0xffff) | (d << 16)) >>> 0;
  }

  setOp(pc: number, op: number): void {
    this.ins[pc] = ((this.ins[pc] & ~0xff) | op) >>> 0;
  }

  setJ(pc: number, j: number): void {
    this.setD(pc, (j + BCBIAS_J) & 0xffff);
  }

  // -- Jump lists -------------------------------------------------------------------
  // A jump list threads pending jumps through their own J operands; NO_JMP ends it.

  jmpNext(pc: number): number {
    const delta = bcD(this.ins[pc]) - BCBIAS_J;
    return delta === -1 ? NO_JMP : pc + 1 + delta;
  }

  /** True if some jump on the list comes from a comparison (which yields no value). */
  jmpNovalue(list: number): boolean {
    for (; list !== NO_JMP; list = this.jmpNext(list)) {
      const p = this.ins[list >= 1 ? list - 1 : list];
      if (!(bcOp(p) === BC.ISTC || bcOp(p) === BC.ISFC || bcA(p) === NO_REG)) return true;
    }
    return false;
  }

  /** Retarget the value-producing test before a jump to reg (or drop its value). */
  private jmpPatchTestReg(pc: number, reg: number): boolean {
    const ip = pc >= 1 ? pc - 1 : pc;
    const ins = this.ins[ip];
    const op = bcOp(ins);
    if (op === BC.ISTC || op === BC.ISFC) {
      if (reg !== NO_REG && reg !== bcD(ins)) {
        this.setA(ip, reg);
      } else {
        this.setOp(ip, op + (BC.IST - BC.ISTC));
        this.setA(ip, 0);
      }
    } else if (bcA(ins) === NO_REG) {
      if (reg === NO_REG) {
        this.ins[ip] = insAJ(BC.JMP, bcA(this.ins[pc]), 0);
      } else {
        this.setA(ip, reg);
        if (reg >= bcA(this.ins[ip + 1])) this.setA(ip + 1, reg + 1);
      }
    } else {
      return false;
    }
    return true;
  }

  jmpDropval(list: number): void {
    for (; list !== NO_JMP; list = this.jmpNext(list)) this.jmpPatchTestReg(list, NO_REG);
  }

  jmpPatchins(pc: number, dest: number): void {
    const offset = dest - (pc + 1) + BCBIAS_J;
    if (offset > BCMAX_D) this.lex.syntaxError('control structure too long');
    this.setD(pc, offset);
  }

  /** Append list l2 to list l1; returns the new head of l1. */
  jmpAppend(l1: number, l2: number): number {
    if (l2 === NO_JMP) return l1;
    if (l1 === NO_JMP) return l2;
    let list = l1;
    let next: number;
    while ((next = this.jmpNext(list)) !== NO_JMP) list = next;
    this.jmpPatchins(list, l2);
    return l1;
  }

  jmpPatchval(list: number, vtarget: number, reg: number, dtarget: number): void {
    while (list !== NO_JMP) {
      const next = this.jmpNext(list);
      if (this.jmpPatchTestReg(list, reg)) this.jmpPatchins(list, vtarget);
      else this.jmpPatchins(list, dtarget);
      list = next;
    }
  }

  jmpTohere(list: number): void {
    this.lasttarget = this.pc;
    this.jpc = this.jmpAppend(this.jpc, list);
  }

  jmpPatch(list: number, target: number): void {
    if (target === this.pc) this.jmpTohere(list);
    else this.jmpPatchval(list, target, NO_REG, target);
  }

  /** Emit an unconditional jump, merging into a preceding UCLO where possible. */
  emitJmp(): number {
    const jpc = this.jpc;
    let j = this.pc - 1;
    this.jpc = NO_JMP;
    if (j >= this.lasttarget && bcOp(this.ins[j]) === BC.UCLO) {
      this.setJ(j, NO_JMP);
      this.lasttarget = j + 1;
    } else {
      j = this.emitAJ(BC.JMP, this.freereg, NO_JMP);
    }
    return this.jmpAppend(j, jpc);
  }

  // -- Registers ------------------------------------------------------------------------

  regBump(n: number): void {
    const sz = this.freereg + n;
    if (sz > this.framesize) {
      if (sz >= MAX_SLOTS) this.lex.syntaxError('function or expression too complex');
      this.framesize = sz;
    }
  }

  regReserve(n: number): void {
    this.regBump(n);
    this.freereg += n;
  }

  regFree(reg: number): void {
    if (reg >= this.nactvar) this.freereg--;
  }

  /** Set registers from..from+n-1 to nil, merging with a preceding KPRI/KNIL. */
  emitNil(from: number, n: number): void {
    if (this.pc > this.lasttarget) {
      const ip = this.pc - 1;
      const ins = this.ins[ip];
      const pfrom = bcA(ins);
      switch (bcOp(ins)) {
        case BC.KPRI:
          if (bcD(ins) !== 0) break; // Only a nil KPRI can be widened.
          if (from === pfrom) {
            if (n === 1) return;
          } else if (from === pfrom + 1) {
            from = pfrom;
            n++;
          } else {
            break;
          }
          this.ins[ip] = insAD(BC.KNIL, from, from + n - 1);
          return;
        case BC.KNIL: {
          const pto = bcD(ins);
          if (pfrom <= from && from <= pto + 1) {
            if (from + n - 1 > pto) this.setD(ip, from + n - 1);
            return;
          }
          break;
        }
        default:
          break;
      }
    }
    this.emit(n === 1 ? insAD(BC.KPRI, from, 0) : insAD(BC.KNIL, from, from + n - 1));
  }

  // -- Variables --------------------------------------------------------------------------

  varGet(reg: number): VarSlot {
    return this.ps.vstack[this.varmap[reg]];
  }

  /** Declare local n (relative to nactvar); it becomes active with varAdd. */
  varNew(n: number, name: string): void {
    if (this.nactvar + n >= MAX_LOCVAR) this.errLimit(MAX_LOCVAR, 'local variables');
    const vs = this.ps.vstack;
    this.varmap[this.nactvar + n] = vs.length;
    vs.push({ name, startpc: 0, endpc: 0, slot: 0, info: 0 });
  }

  varAdd(nvars: number): void {
    let nactvar = this.nactvar;
    while (nvars--) {
      const v = this.varGet(nactvar);
      v.startpc = this.pc;
      v.slot = nactvar++;
      v.info = 0;
    }
    this.nactvar = nactvar;
  }

  varRemove(tolevel: number): void {
    while (this.nactvar > tolevel) this.varGet(--this.nactvar).endpc = this.pc;
  }

  varLookupLocal(name: string): number {
    for (let i = this.nactvar - 1; i >= 0; i--) {
      if (this.varGet(i).name === name) return i;
    }
    return -1;
  }

  /** Find or add the upvalue for vstack index vidx; raw is its descriptor before fixup. */
  varLookupUV(vidx: number, isLocal: boolean, parentUV: number): number {
    const n = this.uvmap.length;
    for (let i = 0; i < n; i++) if (this.uvmap[i] === vidx) return i;
    if (n >= MAX_UPVAL) this.errLimit(MAX_UPVAL, 'upvalues');
    this.uvmap.push(vidx);
    this.uvtmp.push(isLocal ? vidx : MAX_VSTACK + parentUV);
    return n;
  }

  // -- Gotos and labels ---------------------------------------------------------------------

  golaNew(name: string, info: number, pc: number): number {
    const vs = this.ps.vstack;
    vs.push({ name, startpc: pc, endpc: 0, slot: this.nactvar, info });
    return vs.length - 1;
  }

  private golaPatch(vg: VarSlot, vl: VarSlot): void {
    const pc = vg.startpc;
    vg.name = null;
    this.setA(pc, vl.slot);
    this.jmpPatch(pc, vl.startpc);
  }

  /** Turn a goto that leaves an upvalue scope into UCLO. */
  private golaClose(vg: VarSlot): void {
    const pc = vg.startpc;
    this.setA(pc, vg.slot);
    if (bcOp(this.ins[pc]) === BC.JMP) {
      const next = this.jmpNext(pc);
      if (next !== NO_JMP) this.jmpPatch(next, pc);
      this.setOp(pc, BC.UCLO);
      this.setJ(pc, NO_JMP);
    }
  }

  private gotoError(v: VarSlot, msg: string): never {
    this.lex.linenumber = this.lines[v.startpc];
    return this.lex.error(0, msg);
  }

  /** Resolve pending forward gotos of this scope to the label at vstack[idx]. */
  golaResolve(bl: FuncScope, idx: number): void {
    const vs = this.ps.vstack;
    const vl = vs[idx];
    for (let i = bl.vstart; i < idx; i++) {
      const vg = vs[i];
      if (vg.name === vl.name && (vg.info & VSTACK_GOTO)) {
        if (vg.slot < vl.slot) {
          const local = this.varGet(vg.slot).name;
          this.gotoError(vg, `<goto ${vg.name}> jumps into the scope of local '${local}'`);
        }
        this.golaPatch(vg, vl);
      }
    }
  }

  /** At scope end: resolve backward gotos to its labels, pass the rest outwards. */
  golaFixup(bl: FuncScope): void {
    const vs = this.ps.vstack;
    const ve = vs.length;
    for (let i = bl.vstart; i < ve; i++) {
      const v = vs[i];
      const name = v.name;
      if (name === null) continue;
      if (v.info & VSTACK_LABEL) {
        v.name = null;
        for (let j = i + 1; j < ve; j++) {
          const vg = vs[j];
          if (vg.name === name && (vg.info & VSTACK_GOTO)) {
            if ((bl.flags & FSCOPE_UPVAL) && vg.slot > v.slot) this.golaClose(vg);
            this.golaPatch(vg, v);
          }
        }
      } else if (v.info & VSTACK_GOTO) {
        if (bl.prev) {
          bl.prev.flags |= name === NAME_BREAK ? FSCOPE_BREAK : FSCOPE_GOLA;
          v.slot = bl.nactvar;
          if (bl.flags & FSCOPE_UPVAL) this.golaClose(v);
        } else if (name === NAME_BREAK) {
          this.gotoError(v, 'no loop to break');
        } else {
          this.gotoError(v, `undefined label '${name}'`);
        }
      }
    }
  }

  golaFindLabel(name: string): VarSlot | undefined {
    const vs = this.ps.vstack;
    for (let i = this.bl!.vstart; i < vs.length; i++) {
      if (vs[i].name === name && (vs[i].info & VSTACK_LABEL)) return vs[i];
    }
    return undefined;
  }

  // -- Scopes ------------------------------------------------------------------------------------

  scopeBegin(flags: number): FuncScope {
    const bl: FuncScope = { prev: this.bl, vstart: this.ps.vstack.length, nactvar: this.nactvar, flags };
    this.bl = bl;
    return bl;
  }

  scopeEnd(): void {
    const bl = this.bl!;
    this.bl = bl.prev;
    this.varRemove(bl.nactvar);
    this.freereg = this.nactvar;
    if ((bl.flags & (FSCOPE_UPVAL | FSCOPE_NOCLOSE)) === FSCOPE_UPVAL) this.emitAJ(BC.UCLO, bl.nactvar, 0);
    if (bl.flags & FSCOPE_BREAK) {
      if (bl.flags & FSCOPE_LOOP) {
        // A label for 'break' at the loop exit, dropped again once the breaks are resolved.
        const idx = this.golaNew(NAME_BREAK, VSTACK_LABEL, this.pc);
        this.golaResolve(bl, idx);
        this.ps.vstack.length = idx;
      } else {
        this.golaFixup(bl);
        return;
      }
    }
    if (bl.flags & FSCOPE_GOLA) this.golaFixup(bl);
  }

  /** A local at or above level is captured: its scope must close upvalues. */
  scopeUVMark(level: number): void {
    let bl = this.bl;
    while (bl && bl.nactvar > level) bl = bl.prev;
    if (bl) bl.flags |= FSCOPE_UPVAL;
  }

  // -- Finishing ---------------------------------------------------------------------------------

  private fixupReturn(): void {
    const lastpc = this.pc;
    if (lastpc <= this.lasttarget || !isReturnOp(bcOp(this.ins[lastpc - 1]))) {
      if (this.bl!.flags & FSCOPE_UPVAL) this.emitAJ(BC.UCLO, 0, 0);
      this.emitAD(BC.RET0, 0, 1);
    }
    this.bl!.flags |= FSCOPE_NOCLOSE;
    this.scopeEnd();
    // Returns emitted before the first closure was created did not close upvalues:
    // move each to the end behind a UCLO.
    if (this.flags & ProtoFlag.FIXUP_RETURN) {
      for (let pc = 1; pc < lastpc; pc++) {
        const ins = this.ins[pc];
        const op = bcOp(ins);
        if (isReturnOp(op)) {
          const copy = this.emit(ins);
          this.lines[copy] = this.lines[pc];
          const offset = copy - (pc + 1) + BCBIAS_J;
          if (offset > BCMAX_D) this.lex.syntaxError('function too long for return fixup');
          this.ins[pc] = insAD(BC.UCLO, 0, offset);
        } else if (op === BC.FNEW) {
          return;
        }
      }
    }
  }

  /** Complete the function: final return, upvalue fixups of children, debug info. */
  finish(lastline: number, chunkname: string): Proto {
    this.fixupReturn();
    const n = this.pc;
    const bc = new Uint32Array(n);
    bc[0] = insAD((this.flags & ProtoFlag.VARARG) ? BC.FUNCV : BC.FUNCF, this.framesize, 0);
    for (let i = 1; i < n; i++) bc[i] = this.ins[i];
    const lineinfo = new Int32Array(n);
    lineinfo[0] = this.linedefined;
    for (let i = 1; i < n; i++) lineinfo[i] = this.lines[i];
    const vs = this.ps.vstack;
    for (const k of this.kgc) if (typeof k === 'object' && !('kind' in k)) this.fixupChildUV(k);
    const uvnames = this.uvmap.map((vidx) => vs[vidx].name ?? '');
    const varinfo: VarInfo[] = [];
    for (let i = this.vbase; i < vs.length; i++) {
      const v = vs[i];
      if (v.info & (VSTACK_GOTO | VSTACK_LABEL)) continue;
      varinfo.push({ name: v.name ?? '', startpc: v.startpc, endpc: v.endpc });
    }
    const pt: Proto = {
      chunkname,
      firstline: this.linedefined,
      numline: lastline - this.linedefined,
      numparams: this.numparams,
      flags: this.flags & ~(ProtoFlag.HAS_RETURN | ProtoFlag.FIXUP_RETURN),
      framesize: this.framesize,
      bc,
      lineinfo,
      knum: this.knum,
      kgc: this.kgc,
      uv: this.uvtmp.slice(),
      uvnames,
      varinfo,
    };
    vs.length = this.vbase;
    return pt;
  }

  /** Child upvalue descriptors name our vstack entries until we know which locals are written. */
  private fixupChildUV(child: Proto): void {
    const vs = this.ps.vstack;
    child.uv = child.uv.map((vidx) => {
      if (vidx >= MAX_VSTACK) return vidx - MAX_VSTACK;
      const v = vs[vidx];
      return (v.info & VSTACK_VAR_RW) ? (v.slot | PROTO_UV_LOCAL) : (v.slot | PROTO_UV_LOCAL | PROTO_UV_IMMUTABLE);
    });
  }
}

export function isReturnOp(op: number): boolean {
  return op === BC.CALLMT || op === BC.CALLT || op === BC.RETM || op === BC.RET ||
    op === BC.RET0 || op === BC.RET1;
}
