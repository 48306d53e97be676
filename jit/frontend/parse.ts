// Parser: LuaJIT's grammar in one pass, emitting bytecode as it goes. (lj_parse.c)
// Single-pass like LuaJIT so that register allocation, constant numbering and line
// info come out exactly as luajit's. This file: expressions; stmt.ts: statements.

import { BC, insABC, insAD } from '../bytecode/bcdef.js';
import { type KTable, type KValue, ProtoFlag } from '../bytecode/proto.js';
import { Lexer, TK, LuaSyntaxError, tokenToString } from './lex.js';
import { FuncState, type ParseState, MAX_XLEVEL } from './funcstate.js';
import {
  ExpDesc, VK, OPR, exprDischarge, exprTonextreg, exprToanyreg, exprToval, exprIndex,
  emitStore, emitMethod, emitBranchT, emitBinopLeft, emitBinop, emitUnop,
} from './expr.js';

export { LuaSyntaxError };

const CH = (s: string): number => s.charCodeAt(0);

/** Left and right priorities of binary operators, indexed by OPR. */
const PRIORITY: ReadonlyArray<readonly [number, number]> = [
  [6, 6], [6, 6], [7, 7], [7, 7], [7, 7], // + - * / %
  [10, 9], [5, 4], // ^ .. (right associative)
  [3, 3], [3, 3], // ~= ==
  [3, 3], [3, 3], [3, 3], [3, 3], // < >= <= >
  [2, 2], [1, 1], // and or
];
const UNARY_PRIORITY = 8;

/** Template table being built for TDUP: keys in insertion order. */
class TemplateTable {
  readonly entries = new Map<string, [KValue, KValue]>();
  constructor(readonly asize: number, readonly hbits: number) {}

  set(k: KValue, v: KValue): void {
    this.entries.set(typeof k + ':' + String(k), [k, v]);
  }

  /** Split into the array part [0, asize) and the hash part. */
  build(asize: number): KTable {
    const array: (KValue | undefined)[] = new Array(asize).fill(undefined);
    const hash: [KValue, KValue][] = [];
    for (const [k, v] of this.entries.values()) {
      if (typeof k === 'number' && Number.isInteger(k) && k >= 0 && k < asize) array[k] = v;
      else hash.push([k, v]);
    }
    return { kind: 'table', array, hash };
  }
}

/** Hash size -> log2 slots as lj_tab.h hsize2hbits. */
function hsize2hbits(s: number): number {
  if (s === 0) return 0;
  if (s === 1) return 1;
  return 1 + (31 - Math.clz32(s - 1));
}

/** Token helpers, name resolution and the expression grammar. */
export abstract class ExprParser {
  protected readonly lex: Lexer;
  protected readonly ps: ParseState;

  constructor(src: string, protected readonly chunkname: string) {
    this.lex = new Lexer(src, chunkname);
    this.ps = { lex: this.lex, fs: null, vstack: [], level: 0 };
  }

  protected get fs(): FuncState {
    return this.ps.fs!;
  }

  // -- Token helpers -------------------------------------------------------------

  protected errToken(tok: number): never {
    return this.lex.syntaxError(`'${tokenToString(tok)}' expected`);
  }

  protected opt(tok: number): boolean {
    if (this.lex.tok === tok) {
      this.lex.next();
      return true;
    }
    return false;
  }

  protected check(tok: number): void {
    if (this.lex.tok !== tok) this.errToken(tok);
    this.lex.next();
  }

  /** Closing token of a construct opened at line; names the opener if on another line. */
  protected match(what: number, who: number, line: number): void {
    if (!this.opt(what)) {
      if (line === this.lex.linenumber) this.errToken(what);
      this.lex.syntaxError(
        `'${tokenToString(what)}' expected (to close '${tokenToString(who)}' at line ${line})`);
    }
  }

  protected str(): string {
    const lex = this.lex;
    if (lex.tok !== TK.name && lex.tok !== TK.goto) this.errToken(TK.name);
    const s = lex.tokval as string;
    lex.next();
    return s;
  }

  protected levelBegin(): void {
    if (++this.ps.level >= MAX_XLEVEL) this.lex.error(0, 'chunk has too many syntax levels');
  }

  protected levelEnd(): void {
    this.ps.level--;
  }

  // -- Variables ------------------------------------------------------------------

  /** Resolve name as local, upvalue (through enclosing functions) or global. */
  protected lookup(fs: FuncState | null, name: string, e: ExpDesc, first: boolean): number {
    if (!fs) {
      e.init(VK.GLOBAL, 0);
      e.sval = name;
      return -1;
    }
    const reg = fs.varLookupLocal(name);
    if (reg >= 0) {
      e.init(VK.LOCAL, reg);
      if (!first) fs.scopeUVMark(reg);
      e.aux = fs.varmap[reg];
      return e.aux;
    }
    const vidx = this.lookup(fs.prev, name, e, false);
    if (vidx >= 0) {
      e.info = fs.varLookupUV(vidx, e.k === VK.LOCAL, e.info) & 0xff;
      e.k = VK.UPVAL;
      return vidx;
    }
    return -1;
  }

  protected varLookup(e: ExpDesc): void {
    this.lookup(this.fs, this.str(), e, true);
  }

  // -- Expressions ---------------------------------------------------------------------

  protected exprStr(e: ExpDesc): void {
    e.init(VK.KSTR, 0);
    e.sval = this.str();
  }

  protected exprField(v: ExpDesc): void {
    exprToanyreg(this.fs, v);
    this.lex.next(); // Skip '.' or ':'.
    const key = new ExpDesc();
    this.exprStr(key);
    exprIndex(this.fs, v, key);
  }

  protected exprBracket(v: ExpDesc): void {
    this.lex.next(); // Skip '['.
    this.expr(v);
    exprToval(this.fs, v);
    this.check(CH(']'));
  }

  protected static kvalue(e: ExpDesc): KValue {
    if (e.k === VK.KNIL) return null;
    if (e.k === VK.KFALSE) return false;
    if (e.k === VK.KTRUE) return true;
    if (e.k === VK.KSTR) return e.sval;
    return e.nval;
  }

  protected exprTable(e: ExpDesc): void {
    const fs = this.fs;
    const lex = this.lex;
    const line = lex.linenumber;
    let t: TemplateTable | null = null;
    let vcall = false;
    let needarr = false;
    let narr = 1; // Next array index.
    let nhash = 0;
    let freg = fs.freereg;
    const pc = fs.emitAD(BC.TNEW, freg, 0);
    e.init(VK.NONRELOC, freg);
    fs.regReserve(1);
    freg++;
    this.check(CH('{'));
    while (lex.tok !== CH('}')) {
      const key = new ExpDesc();
      const val = new ExpDesc();
      vcall = false;
      if (lex.tok === CH('[')) {
        this.exprBracket(key);
        if (!key.isK()) exprIndex(fs, e, key);
        if (key.isNumK() && key.nval === 0) needarr = true; else nhash++;
        this.check(CH('='));
      } else if ((lex.tok === TK.name || lex.tok === TK.goto) && lex.lookahead() === CH('=')) {
        this.exprStr(key);
        this.check(CH('='));
        nhash++;
      } else {
        key.init(VK.KNUM, 0);
        key.nval = narr;
        narr++;
        needarr = vcall = true;
      }
      this.expr(val);
      let constant = false;
      if (key.isK() && key.k !== VK.KNIL && (key.k === VK.KSTR || val.isKNoJump())) {
        if (!t) {
          // First constant entry: switch TNEW to TDUP of a template.
          t = new TemplateTable(needarr ? narr : 0, hsize2hbits(nhash));
          const kidx = fs.constGC(this.pendingTemplate(t));
          fs.ins[pc] = insAD(BC.TDUP, freg - 1, kidx);
        }
        vcall = false;
        if (val.isKNoJump()) {
          t.set(ExprParser.kvalue(key), ExprParser.kvalue(val));
          constant = true;
        } else {
          t.set(ExprParser.kvalue(key), null); // Key slot kept; the value is stored at run time.
        }
      }
      if (!constant) {
        if (val.k !== VK.CALL) {
          exprToanyreg(fs, val);
          vcall = false;
        }
        if (key.isK()) exprIndex(fs, e, key);
        emitStore(fs, e, val);
      }
      fs.freereg = freg;
      if (!this.opt(CH(',')) && !this.opt(CH(';'))) break;
    }
    this.match(CH('}'), CH('{'), line);
    if (vcall) {
      // The last positional value is a call or '...': store all its results with TSETM.
      let ilp = fs.pc - 1;
      if (narr > 256) {
        fs.pc--;
        ilp--;
      }
      const TWO52 = 4503599627370496; // 2^52 bias: the count is stored as a biased double.
      fs.ins[ilp] = insAD(BC.TSETM, freg, fs.constNum(TWO52 + narr - 1));
      fs.setB(ilp - 1, 0);
    }
    if (pc === fs.pc - 1) {
      e.info = pc;
      fs.freereg--;
      e.k = VK.RELOCABLE;
    } else {
      e.k = VK.NONRELOC;
    }
    if (!t) {
      let asize = narr;
      if (!needarr) asize = 0;
      else if (asize < 3) asize = 3;
      else if (asize > 0x7ff) asize = 0x7ff;
      fs.setD(pc, asize | (hsize2hbits(nhash) << 11));
    } else {
      this.finishTemplate(t, needarr ? narr : 0);
    }
  }

  // Template tables get their final array/hash split only when the constructor ends,
  // but their constant slot is taken at the first constant entry.
  private readonly templates = new Map<TemplateTable, KTable>();

  protected pendingTemplate(t: TemplateTable): KTable {
    const kt: KTable = { kind: 'table', array: [], hash: [] };
    this.templates.set(t, kt);
    return kt;
  }

  protected finishTemplate(t: TemplateTable, asize: number): void {
    const kt = this.templates.get(t)!;
    const built = t.build(asize);
    kt.array = built.array;
    kt.hash = built.hash;
    kt.construction = { asize: t.asize, hbits: t.hbits, entries: [...t.entries.values()], narr: asize };
    this.templates.delete(t);
  }

  protected parseParams(needself: boolean): number {
    const fs = this.fs;
    const lex = this.lex;
    let nparams = 0;
    this.check(CH('('));
    if (needself) fs.varNew(nparams++, 'self');
    if (lex.tok !== CH(')')) {
      do {
        if (lex.tok === TK.name || lex.tok === TK.goto) {
          fs.varNew(nparams++, this.str());
        } else if (lex.tok === TK.dots) {
          lex.next();
          fs.flags |= ProtoFlag.VARARG;
          break;
        } else {
          lex.syntaxError("<name> or '...' expected");
        }
      } while (this.opt(CH(',')));
    }
    fs.varAdd(nparams);
    fs.regReserve(nparams);
    this.check(CH(')'));
    return nparams;
  }

  protected parseBody(e: ExpDesc, needself: boolean, line: number): void {
    const pfs = this.fs;
    const fs = new FuncState(this.ps, pfs);
    this.ps.fs = fs;
    fs.scopeBegin(0);
    fs.linedefined = line;
    fs.numparams = this.parseParams(needself);
    fs.emitAD(BC.FUNCF, 0, 0); // Placeholder for the header.
    this.parseChunk();
    if (this.lex.tok !== TK.end) this.match(TK.end, TK.function_, line);
    this.lex.lastline = this.lex.linenumber;
    const pt = fs.finish(this.lex.lastline, this.chunkname);
    this.ps.fs = pfs;
    e.init(VK.RELOCABLE, pfs.emitAD(BC.FNEW, 0, pfs.constGC(pt)));
    if (!(pfs.flags & ProtoFlag.CHILD)) {
      if (pfs.flags & ProtoFlag.HAS_RETURN) pfs.flags |= ProtoFlag.FIXUP_RETURN;
      pfs.flags |= ProtoFlag.CHILD;
    }
    this.lex.next();
  }

  /** Parse a list of expressions; all but the last go to consecutive registers. */
  protected exprList(v: ExpDesc): number {
    let n = 1;
    this.expr(v);
    while (this.opt(CH(','))) {
      exprTonextreg(this.fs, v);
      this.expr(v);
      n++;
    }
    return n;
  }

  protected parseArgs(e: ExpDesc): void {
    const fs = this.fs;
    const lex = this.lex;
    const args = new ExpDesc();
    const line = lex.linenumber;
    if (lex.tok === CH('(')) {
      if (line !== lex.lastline) lex.syntaxError('ambiguous syntax (function call x new statement)');
      lex.next();
      if (lex.tok === CH(')')) {
        args.k = VK.VOID;
      } else {
        this.exprList(args);
        if (args.k === VK.CALL) fs.setB(args.info, 0); // Pass on all results.
      }
      this.match(CH(')'), CH('('), line);
    } else if (lex.tok === CH('{')) {
      this.exprTable(args);
    } else if (lex.tok === TK.string) {
      args.init(VK.KSTR, 0);
      args.sval = lex.tokval as string;
      lex.next();
    } else {
      lex.syntaxError('function arguments expected');
    }
    const base = e.info;
    let ins: number;
    if (args.k === VK.CALL) {
      ins = insABC(BC.CALLM, base, 2, args.aux - base - 1 - 1);
    } else {
      if (args.k !== VK.VOID) exprTonextreg(fs, args);
      ins = insABC(BC.CALL, base, 2, fs.freereg - base - 1);
    }
    e.init(VK.CALL, fs.emit(ins));
    e.aux = base;
    fs.lines[fs.pc - 1] = line;
    fs.freereg = base + 1;
  }

  protected exprPrimary(v: ExpDesc): void {
    const fs = this.fs;
    const lex = this.lex;
    if (lex.tok === CH('(')) {
      const line = lex.linenumber;
      lex.next();
      this.expr(v);
      this.match(CH(')'), CH('('), line);
      exprDischarge(fs, v);
    } else if (lex.tok === TK.name || lex.tok === TK.goto) {
      this.varLookup(v);
    } else {
      lex.syntaxError('unexpected symbol');
    }
    for (;;) {
      if (lex.tok === CH('.')) {
        this.exprField(v);
      } else if (lex.tok === CH('[')) {
        exprToanyreg(fs, v);
        const key = new ExpDesc();
        this.exprBracket(key);
        exprIndex(fs, v, key);
      } else if (lex.tok === CH(':')) {
        lex.next();
        const key = new ExpDesc();
        this.exprStr(key);
        emitMethod(fs, v, key);
        this.parseArgs(v);
      } else if (lex.tok === CH('(') || lex.tok === TK.string || lex.tok === CH('{')) {
        exprTonextreg(fs, v);
        fs.regReserve(1); // FR2: the frame link takes the slot after the function.
        this.parseArgs(v);
      } else {
        break;
      }
    }
  }

  protected exprSimple(v: ExpDesc): void {
    const lex = this.lex;
    switch (lex.tok) {
      case TK.number:
        v.init(VK.KNUM, 0);
        v.nval = lex.tokval as number;
        break;
      case TK.string:
        v.init(VK.KSTR, 0);
        v.sval = lex.tokval as string;
        break;
      case TK.nil:
        v.init(VK.KNIL, 0);
        break;
      case TK.true_:
        v.init(VK.KTRUE, 0);
        break;
      case TK.false_:
        v.init(VK.KFALSE, 0);
        break;
      case TK.dots: {
        const fs = this.fs;
        if (!(fs.flags & ProtoFlag.VARARG)) lex.syntaxError("cannot use '...' outside a vararg function");
        fs.regReserve(1);
        const base = fs.freereg - 1;
        v.init(VK.CALL, fs.emit(insABC(BC.VARG, base, 2, fs.numparams)));
        v.aux = base;
        break;
      }
      case CH('{'):
        this.exprTable(v);
        return;
      case TK.function_:
        lex.next();
        this.parseBody(v, false, lex.linenumber);
        return;
      default:
        this.exprPrimary(v);
        return;
    }
    lex.next();
  }

  protected static binop(tok: number): OPR {
    switch (tok) {
      case CH('+'): return OPR.ADD;
      case CH('-'): return OPR.SUB;
      case CH('*'): return OPR.MUL;
      case CH('/'): return OPR.DIV;
      case CH('%'): return OPR.MOD;
      case CH('^'): return OPR.POW;
      case TK.concat: return OPR.CONCAT;
      case TK.ne: return OPR.NE;
      case TK.eq: return OPR.EQ;
      case CH('<'): return OPR.LT;
      case TK.le: return OPR.LE;
      case CH('>'): return OPR.GT;
      case TK.ge: return OPR.GE;
      case TK.and: return OPR.AND;
      case TK.or: return OPR.OR;
      default: return OPR.NONE;
    }
  }

  protected exprUnop(v: ExpDesc): void {
    const lex = this.lex;
    let op: number;
    if (lex.tok === TK.not) op = BC.NOT;
    else if (lex.tok === CH('-')) op = BC.UNM;
    else if (lex.tok === CH('#')) op = BC.LEN;
    else {
      this.exprSimple(v);
      return;
    }
    lex.next();
    this.exprBinop(v, UNARY_PRIORITY);
    emitUnop(this.fs, op, v);
  }

  /** Parse operators binding tighter than limit; returns the first unconsumed operator. */
  protected exprBinop(v: ExpDesc, limit: number): OPR {
    this.levelBegin();
    this.exprUnop(v);
    let op = ExprParser.binop(this.lex.tok);
    while (op !== OPR.NONE && PRIORITY[op][0] > limit) {
      const v2 = new ExpDesc();
      this.lex.next();
      emitBinopLeft(this.fs, op, v);
      const nextop = this.exprBinop(v2, PRIORITY[op][1]);
      emitBinop(this.fs, op, v, v2);
      op = nextop;
    }
    this.levelEnd();
    return op;
  }

  protected expr(v: ExpDesc): void {
    this.exprBinop(v, 0);
  }

  protected exprNext(): void {
    const e = new ExpDesc();
    this.expr(e);
    exprTonextreg(this.fs, e);
  }

  /** Parse a condition; returns the jump list taken when it is false. */
  protected exprCond(): number {
    const v = new ExpDesc();
    this.expr(v);
    if (v.k === VK.KNIL) v.k = VK.KFALSE;
    emitBranchT(this.fs, v);
    return v.f;
  }

  /** Parse a block's statements (implemented by the statement parser). */
  protected abstract parseChunk(): void;
}
