// The bytecode interpreter: one dispatch loop over the heap, LuaJIT's frame layout with pcall and
// continuation frames, hotcount ticks, GC checks and the instruction clock. (vm_x86.dasc, lj_dispatch.c)
//
// Calls between Lua functions, metamethods (continuation frames, see meta.ts), pcall/xpcall and C
// (TypeScript) functions called from Lua all stay in this loop; only library callbacks (sort
// comparators, gsub functions, tostring's __tostring) re-enter it through call(). A Lua error is a
// LuaError exception: the catch below looks for the innermost pcall frame that this invocation owns,
// writes `false, err` into that frame and returns from it through the ordinary return path (the
// RETM VM word), so the state after an error is exactly a return from pcall.
//
// Loop variables (pc, base, clock...) are only ever assigned int32 values (`| 0` on results of calls),
// so V8 keeps them untagged; the clock is split into a double base and a small integer count.
//
// The clock counts bytecodes executed; the VM words (RETM after a C function, CALL of a metamethod)
// are not bytecodes and do not count. Hot counters tick as LuaJIT's: FORL, ITERL, ITERN and LOOP by
// HOTCOUNT_LOOP, FUNCF by HOTCOUNT_CALL, before the instruction does its work, only while the JIT is
// on; the I* forms never tick. The budget is checked at the same loop edges and at function entry.
// The collector steps where LuaJIT's does (lj_gc_check): TNEW, TDUP, FNEW, CAT, and after a C function
// returns with its results on the stack.
import * as heap from './heap.js';
import { u8, u32, f64 } from './heap.js';
import { T, FF, FN_FFID, FN_ENV, FN_PROTO, FN_UV, FN_PC, UV_V, TAB_MT, TAB_NOMM, TAB_ASIZE, TAB_ARRAY,
  TAB_NODE, TAB_HMASK, NODE_SIZE, NODE_KEY, NODE_VAL, TV_IT, STR_LEN, TMPTV, G_GC_TOTAL, G_GC_THRESHOLD,
  G_VMWORDS } from './obj.js';
import { BC, BCBIAS_J, bcOp, insAD, MM } from '../bytecode/bcdef.js';
import { typeName } from './value.js';
import * as tab from './tab.js';
import * as meta from './meta.js';
import * as gc from './gc.js';
import * as trace from '../trace/trace.js';
import * as hook from './hook.js';
import { HOTCOUNT_LOOP, HOTCOUNT_CALL, HOTCOUNT_MASK } from './dispatch.js';
import { newLFunc, type LProto } from './func.js';
import {
  type Global, LuaState, Frame, Cont, MAX_CCALLS, FRAME_SLOTS, FFH_TAILCALL, VMWord, VMOp, cfuncOf, setFrameLink,
  contOf, contPC,
} from './state.js';
import { LuaError, BudgetExceeded, ErrMsg, badCall } from './err.js';
import { argError, typeError, errOpType } from './debug.js';
import { PROTO_UV_LOCAL } from '../bytecode/proto.js';
import { mod, pow, powExpLog } from './vmmath.js';
import { Fault } from './fault.js';
import { tonumberOf } from './strscan.js';

/** TSETM's start index is the low word of a double biased by 2^52. */
const TSETM_BIAS = 4503599627370496;

/** Word offsets in G of its GC counters and VM words; u16 offset of its hot counters. */
const GC_TOTAL_W = G_GC_TOTAL >> 2, GC_THRESHOLD_W = G_GC_THRESHOLD >> 2, VMWORDS_W = G_VMWORDS >> 2;

/** MM of the first arithmetic opcode: ADDVN.. and ADDVV.. are in ORDER ARITH from MM.add. */
const MM_ARITH = MM.add;

/** Convert a JS exception thrown inside the VM into a Lua error value, or rethrow it. */
export function toLuaError(L: LuaState, e: unknown): LuaError {
  if (e instanceof LuaError) return e;
  if (e instanceof RangeError && /call stack/.test(e.message)) return errValue(L, ErrMsg.STKOV);
  // A string past V8's limit that no StrBuf caught: the memory error LuaJIT would raise.
  if (e instanceof RangeError && /Invalid string length/.test(e.message)) return errValue(L, ErrMsg.ERRMEM);
  throw e;
}

function errValue(L: LuaState, msg: string): LuaError {
  try {
    return new LuaError(T.STR, L.str(msg), msg);
  } catch (e) {
    if (e instanceof LuaError) return e; // heap full even for the message: "not enough memory"
    throw e;
  }
}

/** The registers a slow path may look at: BASE, PC, TOP, and the clock. */
function sync(L: LuaState, base: number, pc: number, top: number, clock: number): void {
  L.base = base; L.pc = pc; L.top = top; L.g.clock = clock;
}

/**
 * lj_gc_check at a synced check point whose live values end below `top`: collect, then run the
 * finalizers that scheduled (they may raise). Returns whether Lua code ran.
 */
function collect(L: LuaState, top: number): boolean {
  gc.check(L.g, top);
  if (L.g.gc.mmudata.length === 0) return false;
  gc.runFinalizers(L, top, call);
  return true;
}

/**
 * Call the value in slot fslot with nargs arguments above it, from TypeScript (lua_call).
 * Results land at fslot.. (nres of them, nil-filled; all of them when nres < 0). Returns the count.
 */
export function call(L: LuaState, fslot: number, nargs: number, nres: number): number {
  const sbase = L.base, stop = L.top, spc = L.pc;
  if (L.ccalls >= MAX_CCALLS) L.throwStr(ErrMsg.STKOV); // LuaJIT would run out of Lua stack here
  L.ccalls++;
  try {
    setFrameLink(fslot + FRAME_SLOTS, (((fslot + FRAME_SLOTS - sbase) << 3) | Frame.C) >>> 0);
    // Remember where the calling Lua frame stopped (the link slot's high word), so error levels
    // and positions can see through the call as LuaJIT sees through its C frames.
    if (sbase > L.stack + FRAME_SLOTS && u8[u32[(sbase - 2) << 1] + FN_FFID] === FF.LUA) {
      u32[((fslot + 1) << 1) + 1] = spc;
    }
    let n: number;
    for (;;) {
      if (u32[(fslot << 1) + 1] !== T.FUNC) {
        const mm = meta.metaLookup(L.g, fslot, MM.call);
        if (mm < 0 || u32[(mm << 1) + 1] !== T.FUNC) L.runError(badCall(typeName(u32[(fslot << 1) + 1])));
        insertCallable(fslot, mm, nargs);
        nargs++;
      }
      const fn = u32[fslot << 1];
      if (u8[fn + FN_FFID] === FF.LUA) {
        n = execute(L, fslot, nargs);
        break;
      }
      L.base = fslot + FRAME_SLOTS;
      L.top = fslot + FRAME_SLOTS + nargs;
      n = cfuncOf(L, fn).fn(L, fslot + FRAME_SLOTS, nargs);
      if (n === FFH_TAILCALL) { nargs = L.top - (fslot + FRAME_SLOTS); continue; }
      u32.copyWithin(fslot << 1, (fslot + FRAME_SLOTS) << 1, (fslot + FRAME_SLOTS + n) << 1);
      break;
    }
    if (nres >= 0) {
      for (let i = n; i < nres; i++) u32[((fslot + i) << 1) + 1] = T.NIL;
      n = nres;
    }
    return n;
  } finally {
    L.ccalls--;
    L.base = sbase;
    L.top = stop;
    L.pc = spc;
  }
}

/** __call: the called object becomes the first argument, the metamethod the callee. */
function insertCallable(fslot: number, mm: number, nargs: number): void {
  const a0 = fslot + FRAME_SLOTS;
  u32.copyWithin((a0 + 1) << 1, a0 << 1, (a0 + nargs) << 1);
  u32[a0 << 1] = u32[fslot << 1]; u32[(a0 << 1) + 1] = u32[(fslot << 1) + 1];
  u32[fslot << 1] = u32[mm << 1]; u32[(fslot << 1) + 1] = u32[(mm << 1) + 1];
}

/** execute() returns this when the coroutine running it yielded. */
export const YIELDED = -1;

/**
 * Run the Lua function in slot fslot (its frame link already says how to return) until it returns
 * to its C frame. Results are moved to fslot..; returns their count, or YIELDED. With resumeAt,
 * continue a suspended coroutine whose yield frame is at resumeAt, nargs0 values returned by it.
 */
export function execute(L: LuaState, fslot: number, nargs0: number, resumeAt = 0): number {
  // The heap views as locals: an imported binding is reloaded through the module context and
  // checked on every access, which costs the dispatch loop a fifth of its speed.
  const u8 = heap.u8, u32 = heap.u32, f64 = heap.f64;
  const g = L.g;
  const protos = g.protos;
  // Few locals live across the loop (they compete for registers): G's fields are reached from gw.
  const gw = g.addr >> 2;
  const hotcount = g.hotcount;
  /** Hot counters step by HOTCOUNT_CALL * hotStep (loops twice that): 0 while the JIT is off. */
  let hotStep = g.J.on ? 1 : 0;
  // The clock is clock0 + clock: the part counted here stays a small integer for V8.
  let clock0 = g.clock;
  let clock = 0;
  /** Active debug hooks (0 nearly always), and the PC of the last instruction they saw (hook.ts). */
  let hooks = hook.hookMask(g);
  let hookpc = 0;
  const budget = g.budget;
  let base = fslot + FRAME_SLOTS;
  let fn = u32[fslot << 1];
  let pt: LProto;
  let pc: number;
  let nargs = nargs0;
  let multres = 0;
  if (resumeAt !== 0) {
    // Resuming a coroutine: the yield's frame returns the resume arguments (placed at resumeAt).
    base = resumeAt;
    fn = 0;
    pt = protos[0];
    pc = gw + VMWORDS_W + VMWord.RETM;
    multres = nargs0;
  } else {
    pt = protos[u32[(fn + FN_PROTO) >> 2]];
    pc = pt.pcBase;
  }
  let kref = pt.kref;
  let knum = pt.knumf;
  /** BASE of a C function running inside this loop (its frame is innermost while it runs). */
  let cbase = 0;

  for (;;) {
    try {
      dispatch: for (;;) {
        if (hooks !== 0 && (u32[pc] & 0xff) < BC.MAX) {
          sync(L, base, pc + 1, base + pt.framesize, clock0 + clock);
          hookpc = hook.ins(L, call, pt, base, pc, nargs, multres, hookpc) | 0;
          hooks = hook.hookMask(g);
        }
        const ins = u32[pc++];
        clock++;
        const a = (ins >>> 8) & 0xff;
        switch (ins & 0xff) {
          // -- Comparisons: a true condition takes the following JMP ----------------------
          case BC.ISLT: case BC.ISGE: case BC.ISLE: case BC.ISGT: {
            const op = ins & 0xff;
            const ra = base + a, rd = base + (ins >>> 16);
            let cond: number;
            if (u32[(ra << 1) + 1] < T.ISNUM && u32[(rd << 1) + 1] < T.ISNUM) {
              const x = f64[ra], y = f64[rd];
              cond = (op === BC.ISLT ? x < y : op === BC.ISGE ? !(x < y) : op === BC.ISLE ? x <= y : !(x <= y)) ? 1 : 0;
            } else {
              sync(L, base, pc, base + pt.framesize, clock0 + clock);
              cond = meta.comp(L, ra, rd, op - BC.ISLT, g.faults);
              if (cond < 0) { pc = mmCall(gw, base, cond, 2) | 0; break; }
            }
            pc = cond !== 0 ? pc + 1 + (u32[pc] >>> 16) - BCBIAS_J : pc + 1;
            break;
          }
          case BC.ISEQV: case BC.ISNEV: {
            const ra = base + a, rd = base + (ins >>> 16);
            const ta = u32[(ra << 1) + 1], td = u32[(rd << 1) + 1];
            const ne = (ins & 0xff) - BC.ISEQV;
            let eq: boolean;
            if (ta < T.ISNUM && td < T.ISNUM) eq = f64[ra] === f64[rd];
            else if (ta !== td) eq = false;
            else if (ta >= T.ISPRI || u32[ra << 1] === u32[rd << 1]) eq = true;
            else if (ta === T.TAB || ta === T.UDATA) {
              sync(L, base, pc, base + pt.framesize, clock0 + clock);
              const r = meta.equal(L, ra, rd, ne);
              if (r < 0) { pc = mmCall(gw, base, r, 2) | 0; break; }
              pc = r !== 0 ? pc + 1 + (u32[pc] >>> 16) - BCBIAS_J : pc + 1;
              break;
            } else eq = false;
            pc = eq !== (ne !== 0) ? pc + 1 + (u32[pc] >>> 16) - BCBIAS_J : pc + 1;
            break;
          }
          case BC.ISEQS: case BC.ISNES: {
            const ra = base + a;
            const eq = u32[(ra << 1) + 1] === T.STR && u32[ra << 1] === kref[ins >>> 16];
            const cond = (ins & 0xff) === BC.ISEQS ? eq : !eq;
            pc = cond ? pc + 1 + (u32[pc] >>> 16) - BCBIAS_J : pc + 1;
            break;
          }
          case BC.ISEQN: case BC.ISNEN: {
            const ra = base + a;
            const eq = u32[(ra << 1) + 1] < T.ISNUM && f64[ra] === knum[ins >>> 16];
            const cond = (ins & 0xff) === BC.ISEQN ? eq : !eq;
            pc = cond ? pc + 1 + (u32[pc] >>> 16) - BCBIAS_J : pc + 1;
            break;
          }
          case BC.ISEQP: case BC.ISNEP: {
            const eq = u32[((base + a) << 1) + 1] === (~(ins >>> 16)) >>> 0;
            const cond = (ins & 0xff) === BC.ISEQP ? eq : !eq;
            pc = cond ? pc + 1 + (u32[pc] >>> 16) - BCBIAS_J : pc + 1;
            break;
          }
          case BC.ISTC: case BC.ISFC: {
            const rd = base + (ins >>> 16);
            const truthy = u32[(rd << 1) + 1] < T.ISTRUECOND;
            if (truthy === ((ins & 0xff) === BC.ISTC)) {
              const ra = base + a;
              u32[ra << 1] = u32[rd << 1]; u32[(ra << 1) + 1] = u32[(rd << 1) + 1];
              pc = pc + 1 + (u32[pc] >>> 16) - BCBIAS_J;
            } else pc++;
            break;
          }
          case BC.IST: case BC.ISF: {
            const truthy = u32[((base + (ins >>> 16)) << 1) + 1] < T.ISTRUECOND;
            pc = truthy === ((ins & 0xff) === BC.IST) ? pc + 1 + (u32[pc] >>> 16) - BCBIAS_J : pc + 1;
            break;
          }

          // -- Type checks of library functions written in Lua (libbc.ts) -----------------------
          case BC.ISTYPE: {
            const ra = base + a;
            if (u32[(ra << 1) + 1] !== (~((ins >>> 16) - 1)) >>> 0) {
              sync(L, base, pc, base + pt.framesize, clock0 + clock);
              meta.istype(L, ra, ins >>> 16, false);
            }
            break;
          }
          case BC.ISNUM: {
            const ra = base + a;
            if (u32[(ra << 1) + 1] >= T.ISNUM) {
              sync(L, base, pc, base + pt.framesize, clock0 + clock);
              meta.istype(L, ra, ins >>> 16, true);
            }
            break;
          }

          // -- Unary ops -----------------------------------------------------------------------
          case BC.MOV: {
            const ra = base + a, rd = base + (ins >>> 16);
            u32[ra << 1] = u32[rd << 1]; u32[(ra << 1) + 1] = u32[(rd << 1) + 1];
            break;
          }
          case BC.NOT:
            u32[((base + a) << 1) + 1] = u32[((base + (ins >>> 16)) << 1) + 1] < T.ISTRUECOND ? T.FALSE : T.TRUE;
            break;
          case BC.UNM: {
            const ra = base + a, rd = base + (ins >>> 16);
            const td = u32[(rd << 1) + 1];
            if (td < T.ISNUM) {
              u32[ra << 1] = u32[rd << 1]; u32[(ra << 1) + 1] = (td ^ 0x80000000) >>> 0;
            } else {
              sync(L, base, pc, base + pt.framesize, clock0 + clock);
              const r = meta.arith(L, ra, rd, rd, MM.unm);
              if (r < 0) pc = mmCall(gw, base, r, 2) | 0;
            }
            break;
          }
          case BC.LEN: {
            const ra = base + a, rd = base + (ins >>> 16);
            const td = u32[(rd << 1) + 1];
            if (td === T.STR) f64[ra] = u32[(u32[rd << 1] + STR_LEN) >> 2];
            else if (td === T.TAB) f64[ra] = tab.len(u32[rd << 1]);
            else {
              sync(L, base, pc, base + pt.framesize, clock0 + clock);
              const r = meta.len(L, ra, rd);
              if (r < 0) pc = mmCall(gw, base, r, 2) | 0;
            }
            break;
          }

          // -- Binary arithmetic -------------------------------------------------------------------
          case BC.ADDVN: case BC.SUBVN: case BC.MULVN: case BC.DIVVN: case BC.MODVN: {
            const rb = base + (ins >>> 24);
            if (u32[(rb << 1) + 1] < T.ISNUM) {
              const x = f64[rb], y = knum[(ins >>> 16) & 0xff];
              const op = ins & 0xff;
              f64[base + a] = op === BC.ADDVN ? x + y : op === BC.SUBVN ? x - y : op === BC.MULVN ? x * y
                : op === BC.DIVVN ? x / y : mod(x, y);
            } else {
              sync(L, base, pc, base + pt.framesize, clock0 + clock);
              const kc = g.tmp + TMPTV.ARITH_K;
              f64[kc] = knum[(ins >>> 16) & 0xff];
              const r = meta.arith(L, base + a, rb, kc, (ins & 0xff) - BC.ADDVN + MM_ARITH);
              if (r < 0) pc = mmCall(gw, base, r, 2) | 0;
            }
            break;
          }
          case BC.ADDNV: case BC.SUBNV: case BC.MULNV: case BC.DIVNV: case BC.MODNV: {
            const rb = base + (ins >>> 24);
            if (u32[(rb << 1) + 1] < T.ISNUM) {
              const x = knum[(ins >>> 16) & 0xff], y = f64[rb];
              const op = ins & 0xff;
              f64[base + a] = op === BC.ADDNV ? x + y : op === BC.SUBNV ? x - y : op === BC.MULNV ? x * y
                : op === BC.DIVNV ? x / y : mod(x, y);
            } else {
              sync(L, base, pc, base + pt.framesize, clock0 + clock);
              const kb = g.tmp + TMPTV.ARITH_K;
              f64[kb] = knum[(ins >>> 16) & 0xff];
              const r = meta.arith(L, base + a, kb, rb, (ins & 0xff) - BC.ADDNV + MM_ARITH);
              if (r < 0) pc = mmCall(gw, base, r, 2) | 0;
            }
            break;
          }
          case BC.ADDVV: case BC.SUBVV: case BC.MULVV: case BC.DIVVV: case BC.MODVV: case BC.POW: {
            const rb = base + (ins >>> 24), rc = base + ((ins >>> 16) & 0xff);
            const op = ins & 0xff;
            if (u32[(rb << 1) + 1] < T.ISNUM && u32[(rc << 1) + 1] < T.ISNUM) {
              const x = f64[rb], y = f64[rc];
              f64[base + a] = op === BC.ADDVV ? x + y : op === BC.SUBVV ? x - y : op === BC.MULVV ? x * y
                : op === BC.DIVVV ? x / y : op === BC.MODVV ? mod(x, y)
                : (g.faults & Fault.POW_EXP_LOG) === 0 ? pow(x, y) : powExpLog(x, y);
            } else {
              sync(L, base, pc, base + pt.framesize, clock0 + clock);
              const r = meta.arith(L, base + a, rb, rc, op - BC.ADDVV + MM_ARITH);
              if (r < 0) pc = mmCall(gw, base, r, 2) | 0;
            }
            break;
          }
          case BC.CAT: {
            const rb = base + (ins >>> 24), rc = base + ((ins >>> 16) & 0xff);
            sync(L, base, pc, base + pt.framesize, clock0 + clock);
            const r = meta.cat(L, rc, rc - rb);
            if (r < 0) { pc = mmCall(gw, base, r, 2) | 0; break; }
            const ra = base + a;
            u32[ra << 1] = u32[rb << 1]; u32[(ra << 1) + 1] = u32[(rb << 1) + 1];
            if (u32[gw + GC_TOTAL_W] >= u32[gw + GC_THRESHOLD_W] && collect(L, base + pt.framesize)) { clock0 = g.clock; clock = 0; hooks = hook.hookMask(g); }
            break;
          }

          // -- Constants -----------------------------------------------------------------------------
          case BC.KSTR: {
            const ra = base + a;
            u32[ra << 1] = kref[ins >>> 16]; u32[(ra << 1) + 1] = T.STR;
            break;
          }
          case BC.KSHORT:
            f64[base + a] = (ins >> 16);
            break;
          case BC.KNUM:
            f64[base + a] = knum[ins >>> 16];
            break;
          case BC.KPRI:
            u32[((base + a) << 1) + 1] = (~(ins >>> 16)) >>> 0;
            break;
          case BC.KNIL: {
            const last = base + (ins >>> 16);
            for (let s = base + a; s <= last; s++) u32[(s << 1) + 1] = T.NIL;
            break;
          }

          // -- Upvalues and closures ---------------------------------------------------------------------
          case BC.UGET: {
            const v = u32[(u32[(fn + FN_UV + 4 * (ins >>> 16)) >> 2] + UV_V) >> 2];
            const ra = base + a;
            u32[ra << 1] = u32[v << 1]; u32[(ra << 1) + 1] = u32[(v << 1) + 1];
            break;
          }
          case BC.USETV: {
            const v = u32[(u32[(fn + FN_UV + 4 * a) >> 2] + UV_V) >> 2];
            const rd = base + (ins >>> 16);
            u32[v << 1] = u32[rd << 1]; u32[(v << 1) + 1] = u32[(rd << 1) + 1];
            break;
          }
          case BC.USETS: {
            const v = u32[(u32[(fn + FN_UV + 4 * a) >> 2] + UV_V) >> 2];
            u32[v << 1] = kref[ins >>> 16]; u32[(v << 1) + 1] = T.STR;
            break;
          }
          case BC.USETN: {
            const v = u32[(u32[(fn + FN_UV + 4 * a) >> 2] + UV_V) >> 2];
            f64[v] = knum[ins >>> 16];
            break;
          }
          case BC.USETP: {
            const v = u32[(u32[(fn + FN_UV + 4 * a) >> 2] + UV_V) >> 2];
            u32[(v << 1) + 1] = (~(ins >>> 16)) >>> 0;
            break;
          }
          case BC.UCLO:
            if (L.openupval !== 0) L.closeUpvals(base + a);
            pc = pc + (ins >>> 16) - BCBIAS_J;
            break;
          case BC.FNEW: {
            sync(L, base, pc, base + pt.framesize, clock0 + clock);
            if (u32[gw + GC_TOTAL_W] >= u32[gw + GC_THRESHOLD_W] && collect(L, base + pt.framesize)) { clock0 = g.clock; clock = 0; hooks = hook.hookMask(g); }
            const cpt = protos[kref[ins >>> 16]];
            const cl = newLFunc(g, cpt, u32[(fn + FN_ENV) >> 2]);
            if (cl === 0) L.errMem();
            const uvs = cpt.uv;
            for (let i = 0; i < uvs.length; i++) {
              const d = uvs[i];
              const uv = (d & PROTO_UV_LOCAL) !== 0 ? L.findUpval(base + (d & 0xff))
                : u32[(fn + FN_UV + 4 * d) >> 2];
              u32[(cl + FN_UV + 4 * i) >> 2] = uv;
            }
            const ra = base + a;
            u32[ra << 1] = cl; u32[(ra << 1) + 1] = T.FUNC;
            break;
          }

          // -- Tables -----------------------------------------------------------------------------------
          case BC.TNEW: {
            sync(L, base, pc, base + pt.framesize, clock0 + clock);
            if (u32[gw + GC_TOTAL_W] >= u32[gw + GC_THRESHOLD_W] && collect(L, base + pt.framesize)) { clock0 = g.clock; clock = 0; hooks = hook.hookMask(g); }
            const d = ins >>> 16;
            let asize = d & 0x7ff;
            if (asize === 0x7ff) asize = 0x801;
            const t = L.newTab(asize, d >>> 11);
            const ra = base + a;
            u32[ra << 1] = t; u32[(ra << 1) + 1] = T.TAB;
            break;
          }
          case BC.TDUP: {
            sync(L, base, pc, base + pt.framesize, clock0 + clock);
            if (u32[gw + GC_TOTAL_W] >= u32[gw + GC_THRESHOLD_W] && collect(L, base + pt.framesize)) { clock0 = g.clock; clock = 0; hooks = hook.hookMask(g); }
            const t = L.tcheck(tab.dup(g, kref[ins >>> 16]));
            const ra = base + a;
            u32[ra << 1] = t; u32[(ra << 1) + 1] = T.TAB;
            break;
          }
          case BC.GGET: {
            const env = u32[(fn + FN_ENV) >> 2];
            const v = tab.getStr(env, kref[ins >>> 16]);
            const ra = base + a;
            if (v >= 0 && u32[(v << 1) + 1] !== T.NIL) {
              u32[ra << 1] = u32[v << 1]; u32[(ra << 1) + 1] = u32[(v << 1) + 1];
            } else if (u32[(env + TAB_MT) >> 2] === 0) {
              u32[(ra << 1) + 1] = T.NIL;
            } else {
              sync(L, base, pc, base + pt.framesize, clock0 + clock);
              const o = g.tmp + TMPTV.INDEX_OBJ, k = g.tmp + TMPTV.INDEX_KEY;
              u32[o << 1] = env; u32[(o << 1) + 1] = T.TAB;
              u32[k << 1] = kref[ins >>> 16]; u32[(k << 1) + 1] = T.STR;
              const r = meta.tget(L, o, k, ra);
              if (r < 0) pc = mmCall(gw, base, r, 2) | 0;
            }
            break;
          }
          case BC.GSET: {
            const env = u32[(fn + FN_ENV) >> 2];
            const v = tab.getStr(env, kref[ins >>> 16]);
            const ra = base + a;
            if (v >= 0 && u32[(v << 1) + 1] !== T.NIL) {
              u32[v << 1] = u32[ra << 1]; u32[(v << 1) + 1] = u32[(ra << 1) + 1];
            } else {
              sync(L, base, pc, base + pt.framesize, clock0 + clock);
              const o = g.tmp + TMPTV.INDEX_OBJ, k = g.tmp + TMPTV.INDEX_KEY;
              u32[o << 1] = env; u32[(o << 1) + 1] = T.TAB;
              u32[k << 1] = kref[ins >>> 16]; u32[(k << 1) + 1] = T.STR;
              const r = meta.tset(L, o, k, ra);
              if (r < 0) pc = mmCall(gw, base, r, 3) | 0;
            }
            break;
          }
          case BC.TGETV: case BC.TGETS: case BC.TGETB: case BC.TGETR: {
            const op = ins & 0xff;
            const rb = base + (ins >>> 24);
            const c = (ins >>> 16) & 0xff;
            const ra = base + a;
            const kstr = op === BC.TGETS ? kref[c] : -1;
            if (u32[(rb << 1) + 1] === T.TAB) {
              const t = u32[rb << 1];
              const v = opSlot(t, kstr, op === BC.TGETB, c, base + c);
              if (v >= 0 && u32[(v << 1) + 1] !== T.NIL) {
                u32[ra << 1] = u32[v << 1]; u32[(ra << 1) + 1] = u32[(v << 1) + 1];
                break;
              }
              const mt = u32[(t + TAB_MT) >> 2];
              if (mt === 0 || op === BC.TGETR || (u8[mt + TAB_NOMM] & (1 << MM.index)) !== 0) {
                // Fault.FLOAT_KEY_TRUNC (planted, tests only): a missing number key retried truncated.
                const w = (g.faults & Fault.FLOAT_KEY_TRUNC) !== 0 && op === BC.TGETV && u32[((base + c) << 1) + 1] < T.ISNUM
                  ? tab.getInt(t, f64[base + c] | 0) : -1;
                if (w >= 0) { u32[ra << 1] = u32[w << 1]; u32[(ra << 1) + 1] = u32[(w << 1) + 1]; break; }
                u32[(ra << 1) + 1] = T.NIL;
                break;
              }
            }
            sync(L, base, pc, base + pt.framesize, clock0 + clock);
            const r = meta.tget(L, rb, keySlot(g.tmp + TMPTV.INDEX_KEY, kstr, op === BC.TGETB, base + c, c), ra);
            if (r < 0) pc = mmCall(gw, base, r, 2) | 0;
            break;
          }
          case BC.TSETV: case BC.TSETS: case BC.TSETB: case BC.TSETR: {
            const op = ins & 0xff;
            const rb = base + (ins >>> 24);
            const c = (ins >>> 16) & 0xff;
            const ra = base + a;
            const kstr = op === BC.TSETS ? kref[c] : -1;
            if (u32[(rb << 1) + 1] === T.TAB) {
              const t = u32[rb << 1];
              let v = opSlot(t, kstr, op === BC.TSETB, c, base + c);
              if (v >= 0 && u32[(v << 1) + 1] !== T.NIL) {
                u32[v << 1] = u32[ra << 1]; u32[(v << 1) + 1] = u32[(ra << 1) + 1];
                break;
              }
              // A nil or NaN key goes to the slow path, which raises the error.
              const mt = u32[(t + TAB_MT) >> 2];
              if ((mt === 0 || op === BC.TSETR || (u8[mt + TAB_NOMM] & (1 << MM.newindex)) !== 0) &&
                  (v >= 0 || kstr >= 0 || op === BC.TSETB || validKey(base + c))) {
                u8[t + TAB_NOMM] = 0;
                sync(L, base, pc, base + pt.framesize, clock0 + clock);
                if (v < 0) v = kstr >= 0 ? L.tsetStr(t, kstr) : op === BC.TSETB ? L.tsetInt(t, c) : L.tset(t, base + c);
                u32[v << 1] = u32[ra << 1]; u32[(v << 1) + 1] = u32[(ra << 1) + 1];
                break;
              }
            }
            sync(L, base, pc, base + pt.framesize, clock0 + clock);
            const r = meta.tset(L, rb, keySlot(g.tmp + TMPTV.INDEX_KEY, kstr, op === BC.TSETB, base + c, c), ra);
            if (r < 0) pc = mmCall(gw, base, r, 3) | 0;
            break;
          }
          case BC.TSETM: {
            sync(L, base, pc, base + pt.framesize, clock0 + clock);
            const ra = base + a;
            const t = u32[(ra - 1) << 1];
            const start = knum[ins >>> 16] - TSETM_BIAS;
            if (multres > 0) {
              // As LuaJIT: grow the array part to exactly start+n (plus slot 0), then copy raw.
              if (start + multres > u32[(t + TAB_ASIZE) >> 2]) L.tcheck(tab.reasize(g, t, start + multres));
              const arr = (u32[(t + TAB_ARRAY) >> 2] >> 3) + start;
              u32.copyWithin(arr << 1, ra << 1, (ra + multres) << 1);
              u8[t + TAB_NOMM] = 0;
            }
            break;
          }

          // -- Calls ---------------------------------------------------------------------------------------
          case VMOp.CALL: case BC.CALLM: case BC.CALL: case BC.CALLMT: case BC.CALLT: case BC.ITERC: {
            const op = ins & 0xff;
            let fslot = base + a;
            let link: number;
            if (op === VMOp.CALL) {
              // A metamethod call laid out by meta.ts: its frame is a continuation frame.
              clock--;
              nargs = (ins >>> 16) - 1;
              pc = contPC(fslot + FRAME_SLOTS) | 0;
              link = (((fslot + FRAME_SLOTS - base) << 3) | Frame.CONT) >>> 0;
            } else {
              if (op === BC.ITERC) {
                // [gen][state][control] at A-3.. -> callee at A, args at A+2, A+3
                u32[fslot << 1] = u32[(fslot - 3) << 1]; u32[(fslot << 1) + 1] = u32[((fslot - 3) << 1) + 1];
                u32.copyWithin((fslot + 2) << 1, (fslot - 2) << 1, fslot << 1);
                nargs = 2;
              } else if (op === BC.CALL) nargs = ((ins >>> 16) & 0xff) - 1;
              else if (op === BC.CALLM) nargs = ((ins >>> 16) & 0xff) + multres; // C = fixed args
              else nargs = op === BC.CALLMT ? (ins >>> 16) + multres : (ins >>> 16) - 1;
              if (u32[(fslot << 1) + 1] !== T.FUNC) {
                // __call: the object becomes the first argument. Checked before a tail call moves the frame.
                sync(L, base, pc, Math.max(base + pt.framesize, fslot + 2 + nargs), clock0 + clock);
                const mm = meta.metaLookup(g, fslot, MM.call);
                if (mm < 0 || u32[(mm << 1) + 1] !== T.FUNC) errOpType(L, fslot, ErrMsg.OPCALL);
                insertCallable(fslot, mm, nargs);
                nargs++;
              }
              if (op === BC.CALLT || op === BC.CALLMT) {
                // Tail call: drop a vararg frame, move the callee and its args over the current frame.
                let lk = u32[(base - 1) << 1];
                if ((lk & Frame.TYPEP) === Frame.VARG) {
                  base -= lk >>> 3;
                  lk = u32[(base - 1) << 1];
                }
                u32[(base - 2) << 1] = u32[fslot << 1]; u32[((base - 2) << 1) + 1] = u32[(fslot << 1) + 1];
                u32.copyWithin(base << 1, (fslot + 2) << 1, (fslot + 2 + nargs) << 1);
                fslot = base - 2;
                link = lk;
              } else {
                link = (pc << 2) >>> 0;
              }
            }
            // Resolve the callee: __call, pcall and xpcall loop back here.
            for (;;) {
              u32[(fslot + 1) << 1] = link; u32[((fslot + 1) << 1) + 1] = T.NIL;
              if (u32[(fslot << 1) + 1] !== T.FUNC) {
                // Values called through pcall/xpcall or as metamethods: LuaJIT names no position for them.
                sync(L, base, pc, Math.max(base + pt.framesize, fslot + 2 + nargs), clock0 + clock);
                cbase = fslot + 2;
                const mm = meta.metaLookup(g, fslot, MM.call);
                if (mm < 0 || u32[(mm << 1) + 1] !== T.FUNC) L.throwStr(badCall(typeName(u32[(fslot << 1) + 1])));
                cbase = 0;
                insertCallable(fslot, mm, nargs);
                nargs++;
              }
              const f = u32[fslot << 1];
              const ff = u8[f + FN_FFID];
              if (ff === FF.LUA) {
                fn = f;
                base = fslot + 2;
                pt = protos[u32[(f + FN_PROTO) >> 2]];
                kref = pt.kref; knum = pt.knumf;
                pc = pt.pcBase;
                continue dispatch;
              }
              if (ff === FF.pcall || ff === FF.xpcall) {
                // pcall: [pcall][link][f][args] -> f's frame at f's slot, args moved up one slot.
                // xpcall: [xpcall][link][f][h][args] -> [h][f][link][args]: the handler sits at the
                // pcall frame's BASE, where the error path finds it.
                const pb = fslot + 2;
                if (ff === FF.pcall) {
                  if (nargs < 1) { cbase = pb; L.base = pb; L.top = pb; argError(L, 1, ErrMsg.NOVAL); }
                  u32.copyWithin((pb + 2) << 1, (pb + 1) << 1, (pb + nargs) << 1);
                  fslot = pb;
                  nargs -= 1;
                  link = (16 | Frame.PCALL) >>> 0;
                } else {
                  if (nargs < 2 || u32[((pb + 1) << 1) + 1] !== T.FUNC) {
                    cbase = pb; L.base = pb; L.top = pb + nargs;
                    if (nargs < 1) argError(L, 1, ErrMsg.NOVAL);
                    typeError(L, pb, nargs, 2, 'function');
                  }
                  u32.copyWithin((pb + 3) << 1, (pb + 2) << 1, (pb + nargs) << 1);
                  const fs = pb << 1, hs = (pb + 1) << 1;
                  const flo = u32[fs], fhi = u32[fs + 1];
                  u32[fs] = u32[hs]; u32[fs + 1] = u32[hs + 1];
                  u32[hs] = flo; u32[hs + 1] = fhi;
                  fslot = pb + 1;
                  nargs -= 2;
                  link = (24 | Frame.PCALLH) >>> 0;
                }
                continue;
              }
              if (ff === FF.coroutine_yield && L.ccalls === 0 && L !== g.mainThread) {
                // Suspend: leave the yield's frame on the stack and return out of the loop.
                L.yieldBase = fslot + 2;
                L.yieldN = nargs;
                L.base = fslot + 2; L.top = fslot + 2 + nargs; L.pc = pc; // its top frame, for the debug library
                g.clock = clock0 + clock;
                return YIELDED;
              }
              // A C function: run it with its frame innermost, then return its results.
              cbase = fslot + 2;
              sync(L, cbase, pc, cbase + nargs, clock0 + clock);
              if (hooks !== 0) hook.cfunc(L, call, cbase, nargs);
              const n = g.cfuncs[u32[(f + FN_PC) >> 2]]!.fn(L, cbase, nargs);
              clock0 = g.clock; // it may have run Lua code
              clock = 0;
              if (n === FFH_TAILCALL) {
                // It asked to be replaced by a call of what it left in its function slot.
                nargs = (L.top - cbase) | 0;
                cbase = 0;
                continue;
              }
              // It may have allocated: collect with its results on the stack (LuaJIT's ffgccheck).
              if (u32[gw + GC_TOTAL_W] >= u32[gw + GC_THRESHOLD_W]) {
                sync(L, base, pc, cbase + n, clock0);
                if (collect(L, cbase + n)) { clock0 = g.clock; clock = 0; }
              }
              // It may have switched the JIT on or off, or set a hook.
              hotStep = g.J.on ? 1 : 0;
              hooks = hook.hookMask(g);
              base = cbase;
              cbase = 0;
              multres = n | 0;
              pc = gw + VMWORDS_W + VMWord.RETM;
              continue dispatch;
            }
          }
          case BC.ITERN: {
            const ra = base + a;
            {
              const hi = pc & HOTCOUNT_MASK;
              const h = hotcount[hi] - HOTCOUNT_LOOP * hotStep;
              if (h < 0) { sync(L, base, pc, base + pt.framesize, clock0 + clock); trace.hot(g.J, pc, 'loop'); } else hotcount[hi] = h;
            }
            if (clock0 + clock > budget) throw new BudgetExceeded();
            pc = itern(g, ra, pc) | 0;
            break;
          }
          case BC.ISNEXT: {
            const ra = base + a;
            if (u32[((ra - 3) << 1) + 1] === T.FUNC && u32[(ra - 3) << 1] === g.nextFunc &&
                u32[((ra - 2) << 1) + 1] === T.TAB && u32[((ra - 1) << 1) + 1] === T.NIL) {
              f64[ra - 1] = 0;
            } else {
              // Despecialise: this ISNEXT becomes a JMP, the ITERN it targets an ITERC.
              u32[pc - 1] = ((ins & ~0xff) | BC.JMP) >>> 0;
              const target = pc + (ins >>> 16) - BCBIAS_J;
              u32[target] = ((u32[target] & ~0xff) | BC.ITERC) >>> 0;
            }
            pc = pc + (ins >>> 16) - BCBIAS_J;
            break;
          }
          case BC.VARG: {
            const ra = base + a;
            const delta = u32[(base - 1) << 1] >>> 3;
            const np = pt.numparams;
            let nvar = delta - 2 - np;
            if (nvar < 0) nvar = 0;
            const src = base - delta + np;
            const want = (ins >>> 24) - 1;
            if (want < 0) {
              if (!L.checkStack(ra + nvar)) {
                // Unlike an overflow at a function's entry, LuaJIT names VARG's position.
                sync(L, base, pc, base, clock0 + clock);
                L.runError(ErrMsg.STKOV);
              }
              u32.copyWithin(ra << 1, src << 1, (src + nvar) << 1);
              multres = nvar;
            } else {
              for (let i = 0; i < want; i++) {
                if (i < nvar) { u32[(ra + i) << 1] = u32[(src + i) << 1]; u32[((ra + i) << 1) + 1] = u32[((src + i) << 1) + 1]; }
                else u32[((ra + i) << 1) + 1] = T.NIL;
              }
            }
            break;
          }

          // -- Returns ----------------------------------------------------------------------------------------
          case VMOp.RETM:
            clock--;
          // fallthrough: the VM word is `RETM 0 0`
          case BC.RETM: case BC.RET: case BC.RET0: case BC.RET1: {
            const op = ins & 0xff;
            const isM = op === BC.RETM || op === VMOp.RETM;
            let rs = base + a;
            let n = (ins >>> 16) - (isM ? 0 : 1) + (isM ? multres : 0);
            for (;;) {
              const link = u32[(base - 1) << 1];
              if ((link & Frame.TYPE) === Frame.LUA) {
                pc = link >>> 2;
                const callIns = u32[pc - 1];
                const want = (callIns >>> 24) - 1;
                const dst = base - 2;
                if (want < 0) {
                  u32.copyWithin(dst << 1, rs << 1, (rs + n) << 1);
                  multres = n;
                } else {
                  for (let i = 0; i < want; i++) {
                    if (i < n) { u32[(dst + i) << 1] = u32[(rs + i) << 1]; u32[((dst + i) << 1) + 1] = u32[((rs + i) << 1) + 1]; }
                    else u32[((dst + i) << 1) + 1] = T.NIL;
                  }
                }
                base = dst - ((callIns >>> 8) & 0xff);
                fn = u32[(base - 2) << 1];
                pt = protos[u32[(fn + FN_PROTO) >> 2]];
                kref = pt.kref; knum = pt.knumf;
                continue dispatch;
              }
              const type = link & Frame.TYPEP;
              if (type === Frame.CONT) {
                // Back from a metamethod: its result goes where the continuation says.
                sync(L, base, pc, base, clock0 + clock);
                pc = contReturn(L, base, link, rs, n) | 0;
                base = L.base | 0;
                fn = u32[(base - 2) << 1];
                pt = protos[u32[(fn + FN_PROTO) >> 2]];
                kref = pt.kref; knum = pt.knumf;
                continue dispatch;
              }
              if (type === Frame.VARG) {
                base -= link >>> 3;
              } else if (type === Frame.PCALL || type === Frame.PCALLH) {
                rs--;
                u32[(rs << 1) + 1] = T.TRUE;
                n++;
                base -= link >>> 3;
              } else {
                // C frame: back to whoever called execute().
                u32.copyWithin((base - 2) << 1, rs << 1, (rs + n) << 1);
                g.clock = clock0 + clock;
                return n;
              }
            }
          }

          // -- Loops and branches ------------------------------------------------------------------------------
          case BC.FORI: case BC.JFORI: {
            const ra = base + a;
            if (u32[(ra << 1) + 1] >= T.ISNUM || u32[((ra + 1) << 1) + 1] >= T.ISNUM || u32[((ra + 2) << 1) + 1] >= T.ISNUM) {
              sync(L, base, pc, base + pt.framesize, clock0 + clock);
              forCoerce(L, ra);
            }
            const idx = f64[ra], stop = f64[ra + 1];
            if (f64[ra + 2] >= 0 ? idx <= stop : idx >= stop) f64[ra + 3] = idx;
            else pc = pc + (ins >>> 16) - BCBIAS_J;
            break;
          }
          case BC.FORL: {
            const hi = pc & HOTCOUNT_MASK;
            const h = hotcount[hi] - HOTCOUNT_LOOP * hotStep;
            if (h < 0) { sync(L, base, pc, base + pt.framesize, clock0 + clock); trace.hot(g.J, pc, 'loop'); } else hotcount[hi] = h;
          }
          // fallthrough
          case BC.IFORL: {
            if (clock0 + clock > budget) throw new BudgetExceeded();
            const ra = base + a;
            const step = f64[ra + 2];
            const idx = f64[ra] + step;
            f64[ra] = idx;
            if (step >= 0 ? idx <= f64[ra + 1] : idx >= f64[ra + 1]) {
              f64[ra + 3] = idx;
              pc = pc + (ins >>> 16) - BCBIAS_J;
            }
            break;
          }
          case BC.ITERL: {
            const hi = pc & HOTCOUNT_MASK;
            const h = hotcount[hi] - HOTCOUNT_LOOP * hotStep;
            if (h < 0) { sync(L, base, pc, base + pt.framesize, clock0 + clock); trace.hot(g.J, pc, 'loop'); } else hotcount[hi] = h;
          }
          // fallthrough
          case BC.IITERL: {
            if (clock0 + clock > budget) throw new BudgetExceeded();
            const ra = base + a;
            if (u32[(ra << 1) + 1] !== T.NIL) {
              u32[(ra - 1) << 1] = u32[ra << 1]; u32[((ra - 1) << 1) + 1] = u32[(ra << 1) + 1];
              pc = pc + (ins >>> 16) - BCBIAS_J;
            }
            break;
          }
          case BC.LOOP: {
            const hi = pc & HOTCOUNT_MASK;
            const h = hotcount[hi] - HOTCOUNT_LOOP * hotStep;
            if (h < 0) { sync(L, base, pc, base + pt.framesize, clock0 + clock); trace.hot(g.J, pc, 'loop'); } else hotcount[hi] = h;
          }
          // fallthrough
          case BC.ILOOP:
            if (clock0 + clock > budget) throw new BudgetExceeded();
            break;
          case BC.JMP:
            pc = pc + (ins >>> 16) - BCBIAS_J;
            break;

          // -- Function headers ----------------------------------------------------------------------------------
          case BC.FUNCF: {
            const hi = pc & HOTCOUNT_MASK;
            const h = hotcount[hi] - HOTCOUNT_CALL * hotStep;
            if (h < 0) { sync(L, base, pc, base + nargs, clock0 + clock); trace.hot(g.J, pc, 'call'); } else hotcount[hi] = h;
          }
          // fallthrough
          case BC.IFUNCF: {
            if (base + pt.framesize >= L.maxslot) base = (base + growOrOverflow(L, base, pc, base + pt.framesize)) | 0;
            for (let i = nargs; i < pt.numparams; i++) u32[((base + i) << 1) + 1] = T.NIL;
            if (clock0 + clock > budget) throw new BudgetExceeded();
            break;
          }
          case BC.FUNCV: case BC.IFUNCV: {
            if (base + nargs + 2 + pt.framesize >= L.maxslot) base = (base + growOrOverflow(L, base, pc, base + nargs + 2 + pt.framesize)) | 0;
            const nb = base + nargs + 2;
            u32[(nb - 2) << 1] = fn; u32[((nb - 2) << 1) + 1] = T.FUNC;
            u32[(nb - 1) << 1] = (((nargs + 2) << 3) | Frame.VARG) >>> 0; u32[((nb - 1) << 1) + 1] = T.NIL;
            const np = pt.numparams;
            for (let i = 0; i < np; i++) {
              if (i < nargs) {
                u32[(nb + i) << 1] = u32[(base + i) << 1]; u32[((nb + i) << 1) + 1] = u32[((base + i) << 1) + 1];
                u32[((base + i) << 1) + 1] = T.NIL;
              } else u32[((nb + i) << 1) + 1] = T.NIL;
            }
            base = nb;
            if (clock0 + clock > budget) throw new BudgetExceeded();
            break;
          }
          default:
            sync(L, base, pc, base + pt.framesize, clock0 + clock);
            L.runError(`NYI: bytecode ${bcOp(ins)}`);
        }
      }
    } catch (e) {
      g.clock = clock0 + clock;
      // Unwind to the innermost pcall frame this invocation owns, or rethrow.
      base = unwind(L, e, cbase !== 0 ? cbase : base, pc, base + pt.framesize) | 0;
      cbase = 0;
      multres = 2;
      pc = gw + VMWORDS_W + VMWord.RETM;
      clock0 = g.clock;
      clock = 0;
      fn = u32[(base - 2) << 1];
      hotStep = g.J.on ? 1 : 0;
      hooks = hook.hookMask(g);
    }
  }
}

/**
 * An error was thrown while the frame at `b` ran: find the innermost pcall frame this invocation of
 * execute() owns (stopping at a C frame), close its upvalues, run xpcall's handler, and leave
 * `false, err` at the pcall's slot. Returns that slot (the BASE the RETM VM word returns from);
 * rethrows when there is no such frame.
 */
function unwind(L: LuaState, e: unknown, b: number, pc: number, frameTop: number): number {
  const err = toLuaError(L, e);
  let found = 0;
  const eb = b;
  L.errbase = b; L.errpc = pc;
  while (b > L.stack + FRAME_SLOTS) {
    const link = u32[(b - 1) << 1];
    if ((link & Frame.TYPE) === Frame.LUA) { b = b - FRAME_SLOTS - ((u32[(link >>> 2) - 1] >>> 8) & 0xff); continue; }
    const type = link & Frame.TYPEP;
    if (type === Frame.PCALL || type === Frame.PCALLH) { found = b; break; }
    if (type === Frame.C) break;
    b -= link >>> 3; // vararg and continuation frames
  }
  if (found === 0) throw err;
  const link = u32[(found - 1) << 1];
  const pb = found - (link >>> 3);
  let hi = err.hi, lo = err.lo;
  if ((link & Frame.TYPEP) === Frame.PCALLH) {
    // xpcall: run the handler (in slot pb) on the error value, above everything still live.
    const hs = Math.max(L.top, frameTop, found + 1) + 1;
    u32[hs << 1] = u32[pb << 1]; u32[(hs << 1) + 1] = u32[(pb << 1) + 1];
    u32[(hs + 2) << 1] = lo; u32[((hs + 2) << 1) + 1] = hi;
    // The handler runs above the frame that raised the error, as in LuaJIT, so that a traceback
    // taken there starts at the error's position.
    L.base = eb; L.top = hs; L.pc = pc;
    try {
      call(L, hs, 1, 1);
      lo = u32[hs << 1]; hi = u32[(hs << 1) + 1];
    } catch (e2) {
      if (e2 instanceof BudgetExceeded) throw e2;
      const ee = errValue(L, ErrMsg.ERRERR);
      lo = ee.lo; hi = ee.hi;
    }
  }
  L.closeUpvals(found);
  u32[(pb << 1) + 1] = T.FALSE;
  u32[(pb + 1) << 1] = lo; u32[((pb + 1) << 1) + 1] = hi;
  return pb;
}

/**
 * Return from a metamethod whose frame at `mbase` has continuation frame link `link`: n results at
 * rs (nil if none). Performs the continuation (lj_vm cont_*) in the caller's frame and returns the
 * PC to go on at; L.base is the caller's BASE. A concatenation may lay out another __concat call.
 */
function contReturn(L: LuaState, mbase: number, link: number, rs: number, n: number): number {
  const base = mbase - (link >>> 3);
  L.base = base;
  u32[((rs + n) << 1) + 1] = T.NIL;
  let pc = contPC(mbase) | 0;
  const cont = contOf(mbase);
  if (cont === Cont.RA) {
    const ra = base + ((u32[pc - 1] >>> 8) & 0xff);
    u32[ra << 1] = u32[rs << 1]; u32[(ra << 1) + 1] = u32[(rs << 1) + 1];
  } else if (cont === Cont.CONDT || cont === Cont.CONDF) {
    const truthy = u32[(rs << 1) + 1] < T.ISTRUECOND;
    pc = truthy === (cont === Cont.CONDT) ? pc + 1 + (u32[pc] >>> 16) - BCBIAS_J : pc + 1;
  } else if (cont === Cont.CAT) {
    // The result replaces the pair; go on with what is left of the concatenation.
    const g = L.g;
    const pt = g.protos[u32[(u32[(base - 2) << 1] + FN_PROTO) >> 2]];
    const cins = u32[pc - 1];
    const rb = base + (cins >>> 24);
    const at = mbase - 4;
    u32[at << 1] = u32[rs << 1]; u32[(at << 1) + 1] = u32[(rs << 1) + 1];
    L.pc = pc; L.top = base + pt.framesize;
    if (at !== rb) {
      const r = meta.cat(L, at, at - rb);
      if (r < 0) return mmCall(g.addr >> 2, base, r, 2);
    }
    const ra = base + ((cins >>> 8) & 0xff);
    u32[ra << 1] = u32[rb << 1]; u32[(ra << 1) + 1] = u32[(rb << 1) + 1];
    if (u32[(g.addr >> 2) + GC_TOTAL_W] >= u32[(g.addr >> 2) + GC_THRESHOLD_W]) gc.check(g, base + pt.framesize);
  }
  return pc;
}

/** ITERN, the specialised pairs() step: the hidden control slot A-1 holds the traversal index. Returns the next PC. */
function itern(g: Global, ra: number, pc: number): number {
  const t = u32[(ra - 2) << 1];
  let idx = f64[ra - 1];
  const asize = u32[(t + TAB_ASIZE) >> 2];
  const arr = u32[(t + TAB_ARRAY) >> 2] >> 3;
  for (; idx < asize; idx++) {
    const s = arr + idx;
    if (u32[(s << 1) + 1] !== T.NIL) {
      f64[ra] = idx;
      u32[(ra + 1) << 1] = u32[s << 1]; u32[((ra + 1) << 1) + 1] = u32[(s << 1) + 1];
      f64[ra - 1] = idx + 1;
      // ITERN takes the branch of the ITERL after it itself (ITERL would overwrite the index).
      return pc + 1 + (u32[pc] >>> 16) - BCBIAS_J;
    }
  }
  const node = u32[(t + TAB_NODE) >> 2];
  if (node !== g.nilnode) {
    const hmask = u32[(t + TAB_HMASK) >> 2];
    for (let h = idx - asize; h <= hmask; h++, idx++) {
      const n = node + h * NODE_SIZE;
      if (u32[(n + NODE_VAL + TV_IT) >> 2] !== T.NIL) {
        u32.copyWithin(ra << 1, (n + NODE_KEY) >> 2, ((n + NODE_KEY) >> 2) + 2);
        u32.copyWithin((ra + 1) << 1, (n + NODE_VAL) >> 2, ((n + NODE_VAL) >> 2) + 2);
        f64[ra - 1] = idx + 1;
        return pc + 1 + (u32[pc] >>> 16) - BCBIAS_J;
      }
    }
  }
  return pc + 1;
}

/**
 * A metamethod call was laid out at BASE -r (meta.ts): write the VM word that calls its function
 * with `nargs` arguments through a continuation frame, and return the PC to dispatch it.
 */
function mmCall(gw: number, base: number, r: number, nargs: number): number {
  const w = gw + VMWORDS_W + VMWord.CALL;
  u32[w] = insAD(VMOp.CALL, -r - FRAME_SLOTS - base, nargs + 1);
  return w;
}

/** Value slot of t[key] for a table get/set operand: string constant (kstr >= 0), byte literal, or register. */
function opSlot(t: number, kstr: number, isByte: boolean, c: number, reg: number): number {
  if (kstr >= 0) return tab.getStr(t, kstr);
  if (isByte) return tab.getInt(t, c);
  return tab.get(t, reg);
}

/** Can the value in slot s be a table key (not nil, not NaN)? */
function validKey(s: number): boolean {
  const tag = u32[(s << 1) + 1];
  return tag !== T.NIL && (tag >= T.ISNUM || f64[s] === f64[s]);
}

/**
 * The key of a table access as a slot for the metamethod paths: the string constant (str >= 0) or
 * the byte literal (isByte) written into scratch slot `tmp`, else the register slot `reg`.
 */
function keySlot(tmp: number, str: number, isByte: boolean, reg: number, c: number): number {
  if (str >= 0) { u32[tmp << 1] = str; u32[(tmp << 1) + 1] = T.STR; return tmp; }
  if (isByte) { f64[tmp] = c; return tmp; }
  return reg;
}

/** At a function header: grow the stack to fit slot `need` (returning how far BASE moved) or overflow. */
function growOrOverflow(L: LuaState, base: number, pc: number, need: number): number {
  L.base = base; L.pc = pc; L.top = base;
  const d = L.growStack(need);
  if (d === null) L.throwStr(ErrMsg.STKOV);
  return d;
}

/** FORI with non-number operands: coerce strings or raise LuaJIT's messages (lj_meta_for). */
function forCoerce(L: LuaState, ra: number): void {
  const msgs = [ErrMsg.FORINIT, ErrMsg.FORLIM, ErrMsg.FORSTEP];
  for (let i = 0; i < 3; i++) {
    const s = ra + i;
    if (u32[(s << 1) + 1] < T.ISNUM) continue;
    const x = tonumberOf(L.g, s);
    if (x === undefined) L.runError(msgs[i]);
    f64[s] = x;
  }
}
