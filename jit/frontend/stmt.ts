// Parser, statements: assignments, control flow, loops, blocks, the main chunk. (lj_parse.c)

import { BC, insABC, insAD, insAJ, bcOp, bcA, bcC, bcD, FORL } from '../bytecode/bcdef.js';
import { type Proto, ProtoFlag } from '../bytecode/proto.js';
import { TK } from './lex.js';
import {
  FuncState, NO_JMP, MAX_XLEVEL, NAME_BREAK, VSTACK_GOTO, VSTACK_LABEL,
  FSCOPE_LOOP, FSCOPE_BREAK, FSCOPE_GOLA, FSCOPE_UPVAL,
} from './funcstate.js';
import { ExpDesc, VK, exprToreg, exprTonextreg, exprToanyreg, exprFree, emitStore } from './expr.js';
import { ExprParser } from './parse.js';

const CH = (s: string): number => s.charCodeAt(0);

/** Internal names of the hidden for-loop variables (lj_debug.h VARNAMEDEF). */
const FOR_IDX = '(for index)';
const FOR_STOP = '(for limit)';
const FOR_STEP = '(for step)';
const FOR_GEN = '(for generator)';
const FOR_STATE = '(for state)';
const FOR_CTL = '(for control)';

/** Target of an assignment, chained to the previous target of the same statement. */
interface LHSVar {
  v: ExpDesc;
  prev: LHSVar | null;
}

class StmtParser extends ExprParser {
  // -- Assignments ---------------------------------------------------------------------

  /** `t[i], t = ...` / `t[i], i = ...`: copy a local that a later target overwrites. */
  private assignHazard(lh: LHSVar | null, v: ExpDesc): void {
    const fs = this.fs;
    const reg = v.info;
    const tmp = fs.freereg;
    let hazard = false;
    for (; lh; lh = lh.prev) {
      if (lh.v.k === VK.INDEXED) {
        if (lh.v.info === reg) {
          hazard = true;
          lh.v.info = tmp;
        }
        if (lh.v.aux === reg) {
          hazard = true;
          lh.v.aux = tmp;
        }
      }
    }
    if (hazard) {
      fs.emitAD(BC.MOV, tmp, reg);
      fs.regReserve(1);
    }
  }

  /** Match nvars targets with nexps values: extend the last call or pad with nil. */
  private assignAdjust(nvars: number, nexps: number, e: ExpDesc): void {
    const fs = this.fs;
    let extra = nvars - nexps;
    if (e.k === VK.CALL) {
      extra++;
      if (extra < 0) extra = 0;
      fs.setB(e.info, extra + 1);
      if (extra > 1) fs.regReserve(extra - 1);
    } else {
      if (e.k !== VK.VOID) exprTonextreg(fs, e);
      if (extra > 0) {
        const reg = fs.freereg;
        fs.regReserve(extra);
        fs.emitNil(reg, extra);
      }
    }
    if (nexps > nvars) fs.freereg -= nexps - nvars;
  }

  private parseAssignment(lh: LHSVar, nvars: number): void {
    const lex = this.lex;
    if (!(lh.v.k >= VK.LOCAL && lh.v.k <= VK.INDEXED)) lex.syntaxError('syntax error');
    const e = new ExpDesc();
    if (this.opt(CH(','))) {
      const vl: LHSVar = { v: new ExpDesc(), prev: lh };
      this.exprPrimary(vl.v);
      if (vl.v.k === VK.LOCAL) this.assignHazard(lh, vl.v);
      if (this.ps.level + nvars >= MAX_XLEVEL) this.fs.errLimit(MAX_XLEVEL, 'variable names');
      this.parseAssignment(vl, nvars + 1);
    } else {
      this.check(CH('='));
      const nexps = this.exprList(e);
      if (nexps === nvars) {
        if (e.k === VK.CALL) {
          if (bcOp(this.fs.ins[e.info]) === BC.VARG) {
            this.fs.freereg--;
            e.k = VK.RELOCABLE;
          } else {
            e.info = e.aux;
            e.k = VK.NONRELOC;
          }
        }
        emitStore(this.fs, lh.v, e);
        return;
      }
      this.assignAdjust(nvars, nexps, e);
    }
    // Values sit in consecutive registers: store the topmost to this target.
    e.init(VK.NONRELOC, this.fs.freereg - 1);
    emitStore(this.fs, lh.v, e);
  }

  private parseCallAssign(): void {
    const fs = this.fs;
    const v = new ExpDesc();
    this.exprPrimary(v);
    if (v.k === VK.CALL) {
      fs.setB(v.info, 1); // Call statement: no results.
    } else {
      this.parseAssignment({ v, prev: null }, 1);
    }
  }

  private parseLocal(): void {
    const fs = this.fs;
    if (this.opt(TK.function_)) {
      const v = new ExpDesc();
      const b = new ExpDesc();
      fs.varNew(0, this.str());
      v.init(VK.LOCAL, fs.freereg);
      v.aux = fs.varmap[fs.freereg];
      fs.regReserve(1);
      fs.varAdd(1);
      this.parseBody(b, false, this.lex.linenumber);
      // A store that does not mark the local as written: the closure may see it immutable.
      exprFree(fs, b);
      exprToreg(fs, b, v.info);
      fs.varGet(fs.nactvar - 1).startpc = fs.pc;
    } else {
      const e = new ExpDesc();
      let nvars = 0;
      let nexps: number;
      do {
        fs.varNew(nvars++, this.str());
      } while (this.opt(CH(',')));
      if (this.opt(CH('='))) {
        nexps = this.exprList(e);
      } else {
        e.k = VK.VOID;
        nexps = 0;
      }
      this.assignAdjust(nvars, nexps, e);
      fs.varAdd(nvars);
    }
  }

  private parseFunc(line: number): void {
    const v = new ExpDesc();
    const b = new ExpDesc();
    let needself = false;
    this.lex.next(); // Skip 'function'.
    this.varLookup(v);
    while (this.lex.tok === CH('.')) this.exprField(v);
    if (this.lex.tok === CH(':')) {
      needself = true;
      this.exprField(v);
    }
    this.parseBody(b, needself, line);
    const fs = this.fs;
    emitStore(fs, v, b);
    fs.lines[fs.pc - 1] = line;
  }

  // -- Control transfer --------------------------------------------------------------------

  private static isEnd(tok: number): boolean {
    return tok === TK.else_ || tok === TK.elseif || tok === TK.end || tok === TK.until || tok === TK.eof;
  }

  private parseReturn(): void {
    const fs = this.fs;
    const lex = this.lex;
    let ins: number;
    lex.next();
    fs.flags |= ProtoFlag.HAS_RETURN;
    if (StmtParser.isEnd(lex.tok) || lex.tok === CH(';')) {
      ins = insAD(BC.RET0, 0, 1);
    } else {
      const e = new ExpDesc();
      const nret = this.exprList(e);
      if (nret === 1 && e.k === VK.CALL && bcOp(fs.ins[e.info]) !== BC.VARG) {
        // Tail call: replace the CALL by CALLT (CALLM by CALLMT).
        const ip = fs.ins[e.info];
        fs.pc--;
        ins = insAD(bcOp(ip) - BC.CALL + BC.CALLT, bcA(ip), bcC(ip));
      } else if (nret === 1 && e.k !== VK.CALL) {
        ins = insAD(BC.RET1, exprToanyreg(fs, e), 2);
      } else if (e.k === VK.CALL) {
        fs.setB(e.info, 0);
        ins = insAD(BC.RETM, fs.nactvar, e.aux - fs.nactvar);
      } else {
        exprTonextreg(fs, e);
        ins = insAD(BC.RET, fs.nactvar, nret + 1);
      }
    }
    if (fs.flags & ProtoFlag.CHILD) fs.emitAJ(BC.UCLO, 0, 0);
    fs.emit(ins);
  }

  private parseBreak(): void {
    const fs = this.fs;
    fs.bl!.flags |= FSCOPE_BREAK;
    fs.golaNew(NAME_BREAK, VSTACK_GOTO, fs.emitJmp());
  }

  private parseGoto(): void {
    const fs = this.fs;
    const name = this.str();
    const vl = fs.golaFindLabel(name);
    if (vl) fs.emit(insAJ(BC.LOOP, vl.slot, -1)); // A backward goto is a loop.
    fs.bl!.flags |= FSCOPE_GOLA;
    fs.golaNew(name, VSTACK_GOTO, fs.emitJmp());
  }

  private parseLabel(): void {
    const fs = this.fs;
    const lex = this.lex;
    fs.lasttarget = fs.pc;
    fs.bl!.flags |= FSCOPE_GOLA;
    lex.next(); // Skip '::'.
    const name = this.str();
    if (fs.golaFindLabel(name)) lex.error(0, `duplicate label '${name}'`);
    const idx = fs.golaNew(name, VSTACK_LABEL, fs.pc);
    this.check(TK.label);
    while (lex.tok === TK.label) {
      this.levelBegin();
      this.parseLabel();
      this.levelEnd();
    }
    // A label at the end of a block counts as outside the block's locals.
    if (StmtParser.isEnd(lex.tok) && lex.tok !== TK.until) this.ps.vstack[idx].slot = fs.bl!.nactvar;
    fs.golaResolve(fs.bl!, idx);
  }

  // -- Blocks and loops ------------------------------------------------------------------------

  private parseBlock(): void {
    const fs = this.fs;
    fs.scopeBegin(0);
    this.parseChunk();
    fs.scopeEnd();
  }

  private parseWhile(line: number): void {
    const fs = this.fs;
    this.lex.next();
    const start = fs.lasttarget = fs.pc;
    const condexit = this.exprCond();
    fs.scopeBegin(FSCOPE_LOOP);
    this.check(TK.do_);
    const loop = fs.emitAD(BC.LOOP, fs.nactvar, 0);
    this.parseBlock();
    fs.jmpPatch(fs.emitJmp(), start);
    this.match(TK.end, TK.while_, line);
    fs.scopeEnd();
    fs.jmpTohere(condexit);
    fs.jmpPatchins(loop, fs.pc);
  }

  private parseRepeat(line: number): void {
    const fs = this.fs;
    const loop = fs.lasttarget = fs.pc;
    fs.scopeBegin(FSCOPE_LOOP);
    const inner = fs.scopeBegin(0);
    this.lex.next();
    fs.emitAD(BC.LOOP, fs.nactvar, 0);
    this.parseChunk();
    this.match(TK.until, TK.repeat, line);
    let condexit = this.exprCond(); // The condition still sees the body's locals.
    if (!(inner.flags & FSCOPE_UPVAL)) {
      fs.scopeEnd();
    } else {
      // Captured locals: both exits must close upvalues.
      this.parseBreak();
      fs.jmpTohere(condexit);
      fs.scopeEnd();
      condexit = fs.emitJmp();
    }
    fs.jmpPatch(condexit, loop);
    fs.jmpPatchins(loop, fs.pc);
    fs.scopeEnd();
  }

  private parseForNum(varname: string, line: number): void {
    const fs = this.fs;
    const base = fs.freereg;
    fs.varNew(FORL.IDX, FOR_IDX);
    fs.varNew(FORL.STOP, FOR_STOP);
    fs.varNew(FORL.STEP, FOR_STEP);
    fs.varNew(FORL.EXT, varname);
    this.check(CH('='));
    this.exprNext();
    this.check(CH(','));
    this.exprNext();
    if (this.opt(CH(','))) {
      this.exprNext();
    } else {
      fs.emitAD(BC.KSHORT, fs.freereg, 1); // Default step.
      fs.regReserve(1);
    }
    fs.varAdd(3);
    this.check(TK.do_);
    const loop = fs.emitAJ(BC.FORI, base, NO_JMP);
    fs.scopeBegin(0);
    fs.varAdd(1);
    fs.regReserve(1);
    this.parseBlock();
    fs.scopeEnd();
    // The loop test sits at the end (FORL), FORI only guards the first iteration.
    const loopend = fs.emitAJ(BC.FORL, base, NO_JMP);
    fs.lines[loopend] = line;
    fs.jmpPatchins(loopend, loop + 1);
    fs.jmpPatchins(loop, fs.pc);
  }

  /** Guess from the iterator expression whether it is next()/pairs() (ISNEXT/ITERN). */
  private predictNext(pc: number): boolean {
    const fs = this.fs;
    const ins = fs.ins[pc];
    let name: string | null;
    switch (bcOp(ins)) {
      case BC.MOV:
        name = fs.varGet(bcD(ins)).name;
        break;
      case BC.UGET:
        name = this.ps.vstack[fs.uvmap[bcD(ins)]].name;
        break;
      case BC.GGET:
        return fs.findStr('pairs') === bcD(ins) || fs.findStr('next') === bcD(ins);
      default:
        return false;
    }
    return name === 'pairs' || name === 'next';
  }

  private parseForIter(indexname: string): void {
    const fs = this.fs;
    const lex = this.lex;
    const e = new ExpDesc();
    let nvars = 0;
    const base = fs.freereg + 3;
    const exprpc = fs.pc;
    fs.varNew(nvars++, FOR_GEN);
    fs.varNew(nvars++, FOR_STATE);
    fs.varNew(nvars++, FOR_CTL);
    fs.varNew(nvars++, indexname);
    while (this.opt(CH(','))) fs.varNew(nvars++, this.str());
    this.check(TK.in_);
    const line = lex.linenumber;
    this.assignAdjust(3, this.exprList(e), e);
    fs.regBump(3 + 1); // The iterator call needs func, frame link, state, control.
    const isnext = nvars <= 5 && this.predictNext(exprpc);
    fs.varAdd(3);
    this.check(TK.do_);
    const loop = fs.emitAJ(isnext ? BC.ISNEXT : BC.JMP, base, NO_JMP);
    fs.scopeBegin(0);
    fs.varAdd(nvars - 3);
    fs.regReserve(nvars - 3);
    this.parseBlock();
    fs.scopeEnd();
    fs.jmpPatchins(loop, fs.pc);
    fs.emit(insABC(isnext ? BC.ITERN : BC.ITERC, base, nvars - 3 + 1, 2 + 1));
    const loopend = fs.emitAJ(BC.ITERL, base, NO_JMP);
    fs.lines[loopend - 1] = line;
    fs.lines[loopend] = line;
    fs.jmpPatchins(loopend, loop + 1);
  }

  private parseFor(line: number): void {
    const fs = this.fs;
    const lex = this.lex;
    fs.scopeBegin(FSCOPE_LOOP);
    lex.next();
    const varname = this.str();
    if (lex.tok === CH('=')) this.parseForNum(varname, line);
    else if (lex.tok === CH(',') || lex.tok === TK.in_) this.parseForIter(varname);
    else lex.syntaxError("'=' or 'in' expected");
    this.match(TK.end, TK.for_, line);
    fs.scopeEnd();
  }

  private parseThen(): number {
    this.lex.next(); // Skip 'if' or 'elseif'.
    const condexit = this.exprCond();
    this.check(TK.then);
    this.parseBlock();
    return condexit;
  }

  private parseIf(line: number): void {
    const fs = this.fs;
    const lex = this.lex;
    let escapelist = NO_JMP;
    let flist = this.parseThen();
    while (lex.tok === TK.elseif) {
      escapelist = fs.jmpAppend(escapelist, fs.emitJmp());
      fs.jmpTohere(flist);
      flist = this.parseThen();
    }
    if (lex.tok === TK.else_) {
      escapelist = fs.jmpAppend(escapelist, fs.emitJmp());
      fs.jmpTohere(flist);
      lex.next();
      this.parseBlock();
    } else {
      escapelist = fs.jmpAppend(escapelist, flist);
    }
    fs.jmpTohere(escapelist);
    this.match(TK.end, TK.if_, line);
  }

  // -- Statements ---------------------------------------------------------------------------------

  /** Parse one statement; true if it must be the last of its block. */
  private parseStmt(): boolean {
    const lex = this.lex;
    const line = lex.linenumber;
    switch (lex.tok) {
      case TK.if_: this.parseIf(line); break;
      case TK.while_: this.parseWhile(line); break;
      case TK.do_:
        lex.next();
        this.parseBlock();
        this.match(TK.end, TK.do_, line);
        break;
      case TK.for_: this.parseFor(line); break;
      case TK.repeat: this.parseRepeat(line); break;
      case TK.function_: this.parseFunc(line); break;
      case TK.local:
        lex.next();
        this.parseLocal();
        break;
      case TK.return_:
        this.parseReturn();
        return true;
      case TK.break_:
        lex.next();
        this.parseBreak();
        return true; // Lua 5.1: break ends its block.
      case TK.label:
        this.parseLabel();
        break;
      case TK.goto:
        if (lex.lookahead() === TK.name) {
          lex.next();
          this.parseGoto();
          break;
        }
        this.parseCallAssign();
        break;
      default:
        this.parseCallAssign();
        break;
    }
    return false;
  }

  protected parseChunk(): void {
    let islast = false;
    this.levelBegin();
    while (!islast && !StmtParser.isEnd(this.lex.tok)) {
      islast = this.parseStmt();
      this.opt(CH(';'));
      this.fs.freereg = this.fs.nactvar; // Temporaries die with the statement.
    }
    this.levelEnd();
  }

  /** Parse the whole chunk as the vararg main function. */
  parseMain(): Proto {
    const fs = new FuncState(this.ps, null);
    this.ps.fs = fs;
    fs.linedefined = 0;
    fs.flags |= ProtoFlag.VARARG;
    fs.scopeBegin(0);
    fs.emitAD(BC.FUNCV, 0, 0); // Placeholder for the header.
    this.lex.next();
    this.parseChunk();
    if (this.lex.tok !== TK.eof) this.errToken(TK.eof);
    const pt = fs.finish(this.lex.linenumber, this.chunkname);
    this.ps.fs = null;
    return pt;
  }
}

/** Parse and compile a chunk; throws LuaSyntaxError with Lua's message. */
export function parseChunk(source: string, chunkname: string): Proto {
  return new StmtParser(source, chunkname).parseMain();
}
