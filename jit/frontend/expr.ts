// Expression descriptors and their code emitters: discharge, stores, branches, operators. (lj_parse.c)
//
// An expression is kept as a descriptor (ExpDesc) as long as possible so that the
// instruction that finally materialises it can pick the best form: a constant may
// become an operand (ADDVN, ISEQS, TGETS), a just-emitted instruction may have its
// destination register patched (RELOCABLE), a comparison stays a pending jump (JMP)
// with true/false jump lists until a value is really needed. Registers are a
// stack: temporaries are freed in reverse order of allocation, locals are never
// freed (reg < nactvar).

import { arith as vmArith, num2int } from '../vm/vmmath.js';
import {
  BC, BCMAX_B, BCMAX_C, NO_REG, insAD, insABC, bcOp, bcD,
} from '../bytecode/bcdef.js';
import { FuncState, NO_JMP, VSTACK_VAR_RW } from './funcstate.js';

/** Expression kinds; the constant kinds come first (ORDER as LuaJIT: KNIL..KTRUE are pri codes). */
export const enum VK {
  KNIL, KFALSE, KTRUE, KSTR, KNUM,
  LOCAL, UPVAL, GLOBAL, INDEXED, JMP, RELOCABLE, NONRELOC, CALL, VOID,
}

/** Expression descriptor. info/aux meanings depend on k (see VK comments in lj_parse.c). */
export class ExpDesc {
  k: VK;
  /** LOCAL: register; UPVAL: upvalue index; INDEXED: table register; JMP/RELOCABLE/CALL: pc; NONRELOC: register. */
  info: number;
  /** LOCAL/UPVAL: vstack index; INDEXED: key (reg 0..255, byte 256..511, ~strconst < 0); CALL: base. */
  aux = 0;
  /** KSTR and GLOBAL: the string. */
  sval = '';
  /** KNUM: the number. */
  nval = 0;
  /** True and false jump lists. */
  t = NO_JMP;
  f = NO_JMP;

  constructor(k: VK = VK.VOID, info = 0) {
    this.k = k;
    this.info = info;
  }

  init(k: VK, info: number): this {
    this.k = k;
    this.info = info;
    this.t = this.f = NO_JMP;
    return this;
  }

  copyFrom(o: ExpDesc): void {
    this.k = o.k; this.info = o.info; this.aux = o.aux; this.sval = o.sval;
    this.nval = o.nval; this.t = o.t; this.f = o.f;
  }

  hasJump(): boolean { return this.t !== this.f; }
  isK(): boolean { return this.k <= VK.KNUM; }
  isKNoJump(): boolean { return this.isK() && !this.hasJump(); }
  isNumK(): boolean { return this.k === VK.KNUM; }
  isNumKNoJump(): boolean { return this.isNumK() && !this.hasJump(); }
  isStrK(): boolean { return this.k === VK.KSTR; }
}

export const strExp = (s: string): ExpDesc => {
  const e = new ExpDesc(VK.KSTR, 0);
  e.sval = s;
  return e;
};

export const numExp = (n: number): ExpDesc => {
  const e = new ExpDesc(VK.KNUM, 0);
  e.nval = n;
  return e;
};

/** Binary operators, ORDER as the ADDVV.. and ISLT.. opcode blocks. */
export const enum OPR {
  ADD, SUB, MUL, DIV, MOD, POW, CONCAT, NE, EQ, LT, GE, LE, GT, AND, OR, NONE,
}

const checkI16 = (k: number): boolean => k >= -32768 && k <= 32767;
const checkU8 = (k: number): boolean => k >= 0 && k <= 255;

// -- Discharge -----------------------------------------------------------------

export function exprFree(fs: FuncState, e: ExpDesc): void {
  if (e.k === VK.NONRELOC) fs.regFree(e.info);
}

/** Turn variables and indexing into an instruction (or register) of their own. */
export function exprDischarge(fs: FuncState, e: ExpDesc): void {
  let ins: number;
  if (e.k === VK.UPVAL) {
    ins = insAD(BC.UGET, 0, e.info);
  } else if (e.k === VK.GLOBAL) {
    ins = insAD(BC.GGET, 0, fs.constGC(e.sval));
  } else if (e.k === VK.INDEXED) {
    const rc = e.aux;
    if (rc < 0) {
      ins = insABC(BC.TGETS, 0, e.info, ~rc);
    } else if (rc > BCMAX_C) {
      ins = insABC(BC.TGETB, 0, e.info, rc - (BCMAX_C + 1));
    } else {
      fs.regFree(rc);
      ins = insABC(BC.TGETV, 0, e.info, rc);
    }
    fs.regFree(e.info);
  } else if (e.k === VK.CALL) {
    e.info = e.aux;
    e.k = VK.NONRELOC;
    return;
  } else if (e.k === VK.LOCAL) {
    e.k = VK.NONRELOC;
    return;
  } else {
    return;
  }
  e.info = fs.emit(ins);
  e.k = VK.RELOCABLE;
}

export function exprToregNobranch(fs: FuncState, e: ExpDesc, reg: number): void {
  let ins: number;
  exprDischarge(fs, e);
  if (e.k === VK.KSTR) {
    ins = insAD(BC.KSTR, reg, fs.constGC(e.sval));
  } else if (e.k === VK.KNUM) {
    const n = e.nval;
    const k = num2int(n);
    if (checkI16(k) && n === k) ins = insAD(BC.KSHORT, reg, k & 0xffff);
    else ins = insAD(BC.KNUM, reg, fs.constNum(n));
  } else if (e.k === VK.RELOCABLE) {
    fs.setA(e.info, reg);
    e.info = reg;
    e.k = VK.NONRELOC;
    return;
  } else if (e.k === VK.NONRELOC) {
    if (reg === e.info) {
      e.k = VK.NONRELOC;
      return;
    }
    ins = insAD(BC.MOV, reg, e.info);
  } else if (e.k === VK.KNIL) {
    fs.emitNil(reg, 1);
    e.info = reg;
    e.k = VK.NONRELOC;
    return;
  } else if (e.k <= VK.KTRUE) {
    ins = insAD(BC.KPRI, reg, e.k);
  } else {
    return; // VOID or JMP: nothing to materialise here.
  }
  fs.emit(ins);
  e.info = reg;
  e.k = VK.NONRELOC;
}

/** Materialise into reg, resolving pending true/false jumps into a boolean if needed. */
export function exprToreg(fs: FuncState, e: ExpDesc, reg: number): void {
  exprToregNobranch(fs, e, reg);
  if (e.k === VK.JMP) e.t = fs.jmpAppend(e.t, e.info);
  if (e.hasJump()) {
    let jfalse = NO_JMP;
    let jtrue = NO_JMP;
    if (fs.jmpNovalue(e.t) || fs.jmpNovalue(e.f)) {
      const jval = e.k === VK.JMP ? NO_JMP : fs.emitJmp();
      jfalse = fs.emitAD(BC.KPRI, reg, VK.KFALSE);
      fs.emitAJ(BC.JMP, fs.freereg, 1);
      jtrue = fs.emitAD(BC.KPRI, reg, VK.KTRUE);
      fs.jmpTohere(jval);
    }
    const jend = fs.pc;
    fs.lasttarget = jend;
    fs.jmpPatchval(e.f, jend, reg, jfalse);
    fs.jmpPatchval(e.t, jend, reg, jtrue);
  }
  e.f = e.t = NO_JMP;
  e.info = reg;
  e.k = VK.NONRELOC;
}

export function exprTonextreg(fs: FuncState, e: ExpDesc): void {
  exprDischarge(fs, e);
  exprFree(fs, e);
  fs.regReserve(1);
  exprToreg(fs, e, fs.freereg - 1);
}

export function exprToanyreg(fs: FuncState, e: ExpDesc): number {
  exprDischarge(fs, e);
  if (e.k === VK.NONRELOC) {
    if (!e.hasJump()) return e.info;
    if (e.info >= fs.nactvar) {
      exprToreg(fs, e, e.info);
      return e.info;
    }
  }
  exprTonextreg(fs, e);
  return e.info;
}

/** Discharge to a value, but leave constants as constants. */
export function exprToval(fs: FuncState, e: ExpDesc): void {
  if (e.hasJump()) exprToanyreg(fs, e);
  else exprDischarge(fs, e);
}

// -- Stores, indexing, methods -------------------------------------------------------

export function emitStore(fs: FuncState, v: ExpDesc, e: ExpDesc): void {
  let ins: number;
  if (v.k === VK.LOCAL) {
    fs.ps.vstack[v.aux].info |= VSTACK_VAR_RW;
    exprFree(fs, e);
    exprToreg(fs, e, v.info);
    return;
  } else if (v.k === VK.UPVAL) {
    fs.ps.vstack[v.aux].info |= VSTACK_VAR_RW;
    exprToval(fs, e);
    if (e.k <= VK.KTRUE) ins = insAD(BC.USETP, v.info, e.k);
    else if (e.k === VK.KSTR) ins = insAD(BC.USETS, v.info, fs.constGC(e.sval));
    else if (e.k === VK.KNUM) ins = insAD(BC.USETN, v.info, fs.constNum(e.nval));
    else ins = insAD(BC.USETV, v.info, exprToanyreg(fs, e));
  } else if (v.k === VK.GLOBAL) {
    const ra = exprToanyreg(fs, e);
    ins = insAD(BC.GSET, ra, fs.constGC(v.sval));
  } else {
    const ra = exprToanyreg(fs, e);
    const rc = v.aux;
    if (rc < 0) ins = insABC(BC.TSETS, ra, v.info, ~rc);
    else if (rc > BCMAX_C) ins = insABC(BC.TSETB, ra, v.info, rc - (BCMAX_C + 1));
    else ins = insABC(BC.TSETV, ra, v.info, rc);
  }
  fs.emit(ins);
  exprFree(fs, e);
}

/** Make t an indexed expression with key e (already discharged to a value). */
export function exprIndex(fs: FuncState, t: ExpDesc, e: ExpDesc): void {
  t.k = VK.INDEXED;
  if (e.isNumK()) {
    const n = e.nval;
    const k = num2int(n);
    if (checkU8(k) && n === k) {
      t.aux = BCMAX_C + 1 + k;
      return;
    }
  } else if (e.isStrK()) {
    const idx = fs.constGC(e.sval);
    if (idx <= BCMAX_C) {
      t.aux = ~idx;
      return;
    }
  }
  t.aux = exprToanyreg(fs, e);
}

/** obj:name — the method into a fresh base register, obj as first argument (FR2 layout). */
export function emitMethod(fs: FuncState, e: ExpDesc, key: ExpDesc): void {
  const obj = exprToanyreg(fs, e);
  exprFree(fs, e);
  const func = fs.freereg;
  fs.emitAD(BC.MOV, func + 2, obj);
  const idx = fs.constGC(key.sval);
  if (idx <= BCMAX_C) {
    fs.regReserve(3);
    fs.emit(insABC(BC.TGETS, func, obj, idx));
  } else {
    fs.regReserve(4);
    fs.emitAD(BC.KSTR, func + 3, idx);
    fs.emit(insABC(BC.TGETV, func, obj, func + 3));
    fs.freereg--;
  }
  e.info = func;
  e.k = VK.NONRELOC;
}

// -- Branches ------------------------------------------------------------------------------

function invertCond(fs: FuncState, e: ExpDesc): void {
  const pc = e.info - 1;
  fs.setOp(pc, bcOp(fs.ins[pc]) ^ 1);
}

function emitBranch(fs: FuncState, e: ExpDesc, cond: boolean): number {
  if (e.k === VK.RELOCABLE && bcOp(fs.ins[e.info]) === BC.NOT) {
    fs.ins[e.info] = insAD(cond ? BC.ISF : BC.IST, 0, bcD(fs.ins[e.info]));
    return fs.emitJmp();
  }
  if (e.k !== VK.NONRELOC) {
    fs.regReserve(1);
    exprToregNobranch(fs, e, fs.freereg - 1);
  }
  fs.emitAD(cond ? BC.ISTC : BC.ISFC, NO_REG, e.info);
  const pc = fs.emitJmp();
  exprFree(fs, e);
  return pc;
}

/** Fall through when e is true; the false exits go onto e.f. */
export function emitBranchT(fs: FuncState, e: ExpDesc): void {
  let pc: number;
  exprDischarge(fs, e);
  if (e.k === VK.KSTR || e.k === VK.KNUM || e.k === VK.KTRUE) {
    pc = NO_JMP;
  } else if (e.k === VK.JMP) {
    invertCond(fs, e);
    pc = e.info;
  } else if (e.k === VK.KFALSE || e.k === VK.KNIL) {
    exprToregNobranch(fs, e, NO_REG);
    pc = fs.emitJmp();
  } else {
    pc = emitBranch(fs, e, false);
  }
  e.f = fs.jmpAppend(e.f, pc);
  fs.jmpTohere(e.t);
  e.t = NO_JMP;
}

/** Fall through when e is false; the true exits go onto e.t. */
export function emitBranchF(fs: FuncState, e: ExpDesc): void {
  let pc: number;
  exprDischarge(fs, e);
  if (e.k === VK.KNIL || e.k === VK.KFALSE) {
    pc = NO_JMP;
  } else if (e.k === VK.JMP) {
    pc = e.info;
  } else if (e.k === VK.KSTR || e.k === VK.KNUM || e.k === VK.KTRUE) {
    exprToregNobranch(fs, e, NO_REG);
    pc = fs.emitJmp();
  } else {
    pc = emitBranch(fs, e, true);
  }
  e.t = fs.jmpAppend(e.t, pc);
  fs.jmpTohere(e.f);
  e.f = NO_JMP;
}

// -- Operators ---------------------------------------------------------------------------------

/** Constant folding computes as the VM does (lj_vm_foldarith); OPR.ADD..POW are in ORDER ARITH. */
export const arithFold = (op: OPR, a: number, b: number): number => vmArith(op - OPR.ADD, a, b);

/** Fold two number constants unless the result would be NaN or -0. */
function foldArith(op: OPR, e1: ExpDesc, e2: ExpDesc): boolean {
  if (!e1.isNumKNoJump() || !e2.isNumKNoJump()) return false;
  const n = arithFold(op, e1.nval, e2.nval);
  if (Number.isNaN(n) || Object.is(n, -0)) return false;
  e1.nval = n;
  return true;
}

function emitArith(fs: FuncState, opr: OPR, e1: ExpDesc, e2: ExpDesc): void {
  let rb: number;
  let rc: number;
  let op: number;
  if (foldArith(opr, e1, e2)) return;
  if (opr === OPR.POW) {
    op = BC.POW;
    rc = exprToanyreg(fs, e2);
    rb = exprToanyreg(fs, e1);
  } else {
    op = opr - OPR.ADD + BC.ADDVV;
    // The second operand first: discharging an INDEXED may free registers.
    exprToval(fs, e2);
    if (e2.isNumK() && (rc = fs.constNum(e2.nval)) <= BCMAX_C) op -= BC.ADDVV - BC.ADDVN;
    else rc = exprToanyreg(fs, e2);
    exprToval(fs, e1);
    let t: number;
    if (e1.isNumK() && !e2.isNumK() && (t = fs.constNum(e1.nval)) <= BCMAX_B) {
      rb = rc;
      rc = t;
      op -= BC.ADDVV - BC.ADDNV;
    } else {
      rb = exprToanyreg(fs, e1);
    }
  }
  if (e1.k === VK.NONRELOC && e1.info >= fs.nactvar) fs.freereg--;
  if (e2.k === VK.NONRELOC && e2.info >= fs.nactvar) fs.freereg--;
  e1.info = fs.emit(insABC(op, 0, rb, rc));
  e1.k = VK.RELOCABLE;
}

function emitComp(fs: FuncState, opr: OPR, e1: ExpDesc, e2: ExpDesc): void {
  const eret = e1;
  let ins: number;
  exprToval(fs, e1);
  if (opr === OPR.EQ || opr === OPR.NE) {
    const op = opr === OPR.EQ ? BC.ISEQV : BC.ISNEV;
    if (e1.isK()) { const tmp = e1; e1 = e2; e2 = tmp; } // The constant goes second.
    const ra = exprToanyreg(fs, e1);
    exprToval(fs, e2);
    switch (e2.k) {
      case VK.KNIL: case VK.KFALSE: case VK.KTRUE:
        ins = insAD(op + (BC.ISEQP - BC.ISEQV), ra, e2.k);
        break;
      case VK.KSTR:
        ins = insAD(op + (BC.ISEQS - BC.ISEQV), ra, fs.constGC(e2.sval));
        break;
      case VK.KNUM:
        ins = insAD(op + (BC.ISEQN - BC.ISEQV), ra, fs.constNum(e2.nval));
        break;
      default:
        ins = insAD(op, ra, exprToanyreg(fs, e2));
        break;
    }
  } else {
    let op = opr - OPR.LT + BC.ISLT;
    let ra: number;
    let rd: number;
    if ((op - BC.ISLT) & 1) { // GT and GE swap operands: a > b is b < a.
      const tmp = e1; e1 = e2; e2 = tmp;
      op = ((op - BC.ISLT) ^ 3) + BC.ISLT;
      exprToval(fs, e1);
      ra = exprToanyreg(fs, e1);
      rd = exprToanyreg(fs, e2);
    } else {
      rd = exprToanyreg(fs, e2);
      ra = exprToanyreg(fs, e1);
    }
    ins = insAD(op, ra, rd);
  }
  if (e1.k === VK.NONRELOC && e1.info >= fs.nactvar) fs.freereg--;
  if (e2.k === VK.NONRELOC && e2.info >= fs.nactvar) fs.freereg--;
  fs.emit(ins);
  eret.info = fs.emitJmp();
  eret.k = VK.JMP;
}

/** Prepare the left operand before the right one is parsed. */
export function emitBinopLeft(fs: FuncState, op: OPR, e: ExpDesc): void {
  if (op === OPR.AND) emitBranchT(fs, e);
  else if (op === OPR.OR) emitBranchF(fs, e);
  else if (op === OPR.CONCAT) exprTonextreg(fs, e);
  else if (op === OPR.EQ || op === OPR.NE) { if (!e.isKNoJump()) exprToanyreg(fs, e); }
  else if (!e.isNumKNoJump()) exprToanyreg(fs, e);
}

export function emitBinop(fs: FuncState, op: OPR, e1: ExpDesc, e2: ExpDesc): void {
  if (op <= OPR.POW) {
    emitArith(fs, op, e1, e2);
  } else if (op === OPR.AND) {
    exprDischarge(fs, e2);
    e2.f = fs.jmpAppend(e2.f, e1.f);
    e1.copyFrom(e2);
  } else if (op === OPR.OR) {
    exprDischarge(fs, e2);
    e2.t = fs.jmpAppend(e2.t, e1.t);
    e1.copyFrom(e2);
  } else if (op === OPR.CONCAT) {
    exprToval(fs, e2);
    if (e2.k === VK.RELOCABLE && bcOp(fs.ins[e2.info]) === BC.CAT) {
      // a..(b..c): extend the existing CAT range down to a's register.
      exprFree(fs, e1);
      fs.setB(e2.info, e1.info);
      e1.info = e2.info;
    } else {
      exprTonextreg(fs, e2);
      exprFree(fs, e2);
      exprFree(fs, e1);
      e1.info = fs.emit(insABC(BC.CAT, 0, e1.info, e2.info));
    }
    e1.k = VK.RELOCABLE;
  } else {
    emitComp(fs, op, e1, e2);
  }
}

export function emitUnop(fs: FuncState, op: number, e: ExpDesc): void {
  if (op === BC.NOT) {
    const tmp = e.f; e.f = e.t; e.t = tmp;
    fs.jmpDropval(e.f);
    fs.jmpDropval(e.t);
    exprDischarge(fs, e);
    if (e.k === VK.KNIL || e.k === VK.KFALSE) {
      e.k = VK.KTRUE;
      return;
    } else if (e.isK()) {
      e.k = VK.KFALSE;
      return;
    } else if (e.k === VK.JMP) {
      invertCond(fs, e);
      return;
    } else if (e.k === VK.RELOCABLE) {
      fs.regReserve(1);
      fs.setA(e.info, fs.freereg - 1);
      e.info = fs.freereg - 1;
      e.k = VK.NONRELOC;
    }
  } else {
    if (op === BC.UNM && !e.hasJump() && e.isNumK() && e.nval !== 0) {
      e.nval = -e.nval; // Zero is not folded: -0 must not become a constant.
      return;
    }
    exprToanyreg(fs, e);
  }
  exprFree(fs, e);
  e.info = fs.emitAD(op, 0, e.info);
  e.k = VK.RELOCABLE;
}
