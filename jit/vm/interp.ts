// The bytecode interpreter: one dispatch loop over the heap, LuaJIT frame layout, pcall frames,
// hotcount ticks and the instruction clock. (vm_x86.dasc, lj_dispatch.c)
//
// Calls between Lua functions, pcall/xpcall and C (TypeScript) functions called from Lua stay in
// this loop; only metamethods and library callbacks re-enter it through call(). A Lua error is a
// LuaError exception: the catch below looks for the innermost pcall frame that this invocation owns,
// writes `false, err` into that frame and returns from it through the ordinary return path (the
// synthetic RETM instruction), so the state after an error is exactly a return from pcall.
import { u8, u32, f64, alloc, HeapExhausted, gcFlag } from './heap.js';
import { fullGC } from './gc.js';
import { BC, BCBIAS_J, bcOp, insAD } from '../bytecode/bcdef.js';
import { T, typeName as typeNameTag } from './value.js';
import * as tab from './tab.js';
import * as str from './str.js';
import * as meta from './meta.js';
import { FN_FFID, FN_ENV, FN_PROTO, FN_UV, FF, UV_V, newLFunc } from './func.js';
import type { LProto } from './func.js';
import { LuaState, Frame, MAX_CCALLS, HOTCOUNT_LOOP, HOTCOUNT_CALL, FRAME_SLOTS, cfuncOf, setFrameLink } from './state.js';
import { LuaError, BudgetExceeded, ErrMsg, badCall } from './err.js';
import { TableOverflow } from './tab.js';
import { PROTO_UV_LOCAL } from '../bytecode/proto.js';
import { argError, typeError } from './lib/aux.js';

/** Heap word holding `RETM 0 0`: resumes the return path with MULTRES results at BASE. */
let synthRETM = 0;
export function resetInterp(): void {
  synthRETM = alloc(8) >> 2;
  u32[synthRETM] = insAD(BC.RETM, 0, 0);
}

const TSETM_BIAS = 4503599627370496; // 2^52: TSETM's start index is the low word of a biased double

/** Convert a JS exception thrown inside the VM into a Lua error value, or rethrow it. */
export function toLuaError(L: LuaState, e: unknown): LuaError {
  if (e instanceof LuaError) return e;
  if (e instanceof HeapExhausted) return new LuaError(T.STR, L.g.errmem, ErrMsg.ERRMEM);
  if (e instanceof TableOverflow) return errValue(L, ErrMsg.TABOV);
  if (e instanceof RangeError && /call stack/.test(e.message)) return errValue(L, ErrMsg.STKOV);
  throw e;
}

function errValue(L: LuaState, msg: string): LuaError {
  try {
    return new LuaError(T.STR, str.newStr(msg), msg);
  } catch {
    return new LuaError(T.NIL, 0, msg); // heap full even for the message
  }
}

/**
 * Call the value in slot fslot with nargs arguments above it, from TypeScript.
 * Results land at fslot.. (nres of them, nil-filled; all of them when nres < 0). Returns the count.
 */
export function call(L: LuaState, fslot: number, nargs: number, nres: number): number {
  const sbase = L.base, stop = L.top, spc = L.pc;
  if (L.ccalls >= MAX_CCALLS) L.throwStr(ErrMsg.STKOV); // LuaJIT would run out of Lua stack here
  L.ccalls++;
  try {
    if (u32[(fslot << 1) + 1] !== T.FUNC) {
      const mm = meta.callMetamethod(L, fslot);
      if (mm < 0 || u32[(mm << 1) + 1] !== T.FUNC) L.runError(badCall(typeNameTag(u32[(fslot << 1) + 1])));
      insertCallable(fslot, mm, nargs);
      nargs++;
    }
    const fn = u32[fslot << 1];
    setFrameLink(fslot + FRAME_SLOTS, (((fslot + FRAME_SLOTS - sbase) << 3) | Frame.C) >>> 0);
    // Remember where the calling Lua frame stopped (the link slot's high word), so error levels
    // and positions can see through the call as LuaJIT sees through its continuation frames.
    if (sbase > L.stack + FRAME_SLOTS && u8[u32[(sbase - 2) << 1] + FN_FFID] === FF.LUA) {
      u32[((fslot + 1) << 1) + 1] = spc;
    }
    let n: number;
    if (u8[fn + FN_FFID] === FF.LUA) {
      n = execute(L, fslot, nargs);
    } else {
      L.base = fslot + FRAME_SLOTS;
      L.top = fslot + FRAME_SLOTS + nargs;
      n = cfuncOf(L, fn).fn(L, fslot + FRAME_SLOTS, nargs);
      u32.copyWithin(fslot << 1, (fslot + FRAME_SLOTS) << 1, (fslot + FRAME_SLOTS + n) << 1);
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
  const g = L.g;
  const protos = g.protos;
  const hotcount = g.hotcount;
  let clock = g.clock;
  const maxClock = g.maxClock;
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
    pc = synthRETM;
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
        const ins = u32[pc++];
        clock++;
        const a = (ins >>> 8) & 0xff;
        switch (ins & 0xff) {
          // -- Comparisons: a true condition takes the following JMP ----------------------
          case BC.ISLT: case BC.ISGE: case BC.ISLE: case BC.ISGT: {
            const op = ins & 0xff;
            const ra = base + a, rd = base + (ins >>> 16);
            let cond: boolean;
            if (u32[(ra << 1) + 1] < T.ISNUM && u32[(rd << 1) + 1] < T.ISNUM) {
              const x = f64[ra], y = f64[rd];
              cond = op === BC.ISLT ? x < y : op === BC.ISGE ? !(x < y) : op === BC.ISLE ? x <= y : !(x <= y);
            } else {
              L.base = base; L.pc = pc; L.top = base + pt.framesize; g.clock = clock;
              const le = op === BC.ISLE || op === BC.ISGT;
              const r = meta.lessThan(L, ra, rd, le);
              cond = op === BC.ISLT || op === BC.ISLE ? r : !r;
            }
            pc = cond ? pc + 1 + (u32[pc] >>> 16) - BCBIAS_J : pc + 1;
            break;
          }
          case BC.ISEQV: case BC.ISNEV: {
            const ra = base + a, rd = base + (ins >>> 16);
            const ta = u32[(ra << 1) + 1], td = u32[(rd << 1) + 1];
            let eq: boolean;
            if (ta < T.ISNUM && td < T.ISNUM) eq = f64[ra] === f64[rd];
            else if (ta !== td) eq = false;
            else if (ta >= T.ISPRI || u32[ra << 1] === u32[rd << 1]) eq = true;
            else if (ta === T.TAB || ta === T.UDATA) {
              L.base = base; L.pc = pc; L.top = base + pt.framesize; g.clock = clock;
              eq = meta.equal(L, ra, rd);
            } else eq = false;
            const cond = (ins & 0xff) === BC.ISEQV ? eq : !eq;
            pc = cond ? pc + 1 + (u32[pc] >>> 16) - BCBIAS_J : pc + 1;
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
              L.base = base; L.pc = pc; L.top = base + pt.framesize; g.clock = clock;
              meta.unm(L, ra, rd);
            }
            break;
          }
          case BC.LEN: {
            const ra = base + a, rd = base + (ins >>> 16);
            const td = u32[(rd << 1) + 1];
            if (td === T.STR) f64[ra] = u32[(u32[rd << 1] + str.STR_LEN) >> 2];
            else if (td === T.TAB) f64[ra] = tab.len(u32[rd << 1]);
            else {
              L.base = base; L.pc = pc; L.top = base + pt.framesize; g.clock = clock;
              meta.len(L, ra, rd);
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
                : op === BC.DIVVN ? x / y : x - Math.floor(x / y) * y;
            } else {
              L.base = base; L.pc = pc; L.top = base + pt.framesize; g.clock = clock;
              const kc = g.tmp + 1;
              f64[kc] = knum[(ins >>> 16) & 0xff];
              meta.arith(L, base + a, rb, kc, (ins & 0xff) - BC.ADDVN + MM_ADD);
            }
            break;
          }
          case BC.ADDNV: case BC.SUBNV: case BC.MULNV: case BC.DIVNV: case BC.MODNV: {
            const rb = base + (ins >>> 24);
            if (u32[(rb << 1) + 1] < T.ISNUM) {
              const x = knum[(ins >>> 16) & 0xff], y = f64[rb];
              const op = ins & 0xff;
              f64[base + a] = op === BC.ADDNV ? x + y : op === BC.SUBNV ? x - y : op === BC.MULNV ? x * y
                : op === BC.DIVNV ? x / y : x - Math.floor(x / y) * y;
            } else {
              L.base = base; L.pc = pc; L.top = base + pt.framesize; g.clock = clock;
              const kb = g.tmp + 1;
              f64[kb] = knum[(ins >>> 16) & 0xff];
              meta.arith(L, base + a, kb, rb, (ins & 0xff) - BC.ADDNV + MM_ADD);
            }
            break;
          }
          case BC.ADDVV: case BC.SUBVV: case BC.MULVV: case BC.DIVVV: case BC.MODVV: case BC.POW: {
            const rb = base + (ins >>> 24), rc = base + ((ins >>> 16) & 0xff);
            const op = ins & 0xff;
            if (u32[(rb << 1) + 1] < T.ISNUM && u32[(rc << 1) + 1] < T.ISNUM) {
              const x = f64[rb], y = f64[rc];
              f64[base + a] = op === BC.ADDVV ? x + y : op === BC.SUBVV ? x - y : op === BC.MULVV ? x * y
                : op === BC.DIVVV ? x / y : op === BC.MODVV ? x - Math.floor(x / y) * y : meta.luaPow(x, y);
            } else {
              L.base = base; L.pc = pc; L.top = base + pt.framesize; g.clock = clock;
              meta.arith(L, base + a, rb, rc, op - BC.ADDVV + MM_ADD);
            }
            break;
          }
          case BC.CAT:
            if (gcFlag[0] > gcFlag[1]) { L.base = base; L.pc = pc; g.clock = clock; fullGC(base + pt.framesize); }
            L.base = base; L.pc = pc; L.top = base + pt.framesize; g.clock = clock;
            meta.concat(L, base + a, base + (ins >>> 24), base + ((ins >>> 16) & 0xff));
            break;

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
            if (gcFlag[0] > gcFlag[1]) { L.base = base; L.pc = pc; g.clock = clock; fullGC(base + pt.framesize); }
            L.base = base; L.pc = pc; L.top = base + pt.framesize; g.clock = clock;
            const cpt = protos[kref[ins >>> 16]];
            const cl = newLFunc(cpt, u32[(fn + FN_ENV) >> 2]);
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
            if (gcFlag[0] > gcFlag[1]) { L.base = base; L.pc = pc; g.clock = clock; fullGC(base + pt.framesize); }
            L.base = base; L.pc = pc; L.top = base + pt.framesize; g.clock = clock;
            const d = ins >>> 16;
            let asize = d & 0x7ff;
            if (asize === 0x7ff) asize = 0x801;
            const t = tab.newTab(asize, d >>> 11);
            const ra = base + a;
            u32[ra << 1] = t; u32[(ra << 1) + 1] = T.TAB;
            break;
          }
          case BC.TDUP: {
            if (gcFlag[0] > gcFlag[1]) { L.base = base; L.pc = pc; g.clock = clock; fullGC(base + pt.framesize); }
            L.base = base; L.pc = pc; L.top = base + pt.framesize; g.clock = clock;
            const t = tab.dup(kref[ins >>> 16]);
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
            } else if (u32[(env + tab.TAB_MT) >> 2] === 0) {
              u32[(ra << 1) + 1] = T.NIL;
            } else {
              L.base = base; L.pc = pc; L.top = base + pt.framesize; g.clock = clock;
              const o = g.tmp + 2, k = g.tmp + 3;
              u32[o << 1] = env; u32[(o << 1) + 1] = T.TAB;
              u32[k << 1] = kref[ins >>> 16]; u32[(k << 1) + 1] = T.STR;
              meta.index(L, o, k, ra);
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
              L.base = base; L.pc = pc; L.top = base + pt.framesize; g.clock = clock;
              const o = g.tmp + 2, k = g.tmp + 3;
              u32[o << 1] = env; u32[(o << 1) + 1] = T.TAB;
              u32[k << 1] = kref[ins >>> 16]; u32[(k << 1) + 1] = T.STR;
              meta.newindex(L, o, k, ra);
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
              const mt = u32[(t + tab.TAB_MT) >> 2];
              if (mt === 0 || op === BC.TGETR || (u8[mt + tab.TAB_NOMM] & (1 << MM_INDEX)) !== 0) {
                u32[(ra << 1) + 1] = T.NIL;
                break;
              }
            }
            L.base = base; L.pc = pc; L.top = base + pt.framesize; g.clock = clock;
            meta.index(L, rb, keySlot(g.tmp + 3, kstr, op === BC.TGETB, base + c, c), ra);
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
              const mt = u32[(t + tab.TAB_MT) >> 2];
              if ((mt === 0 || op === BC.TSETR || (u8[mt + tab.TAB_NOMM] & (1 << MM_NEWINDEX)) !== 0) &&
                  (v >= 0 || kstr >= 0 || op === BC.TSETB || validKey(base + c))) {
                u8[t + tab.TAB_NOMM] = 0;
                L.base = base; L.pc = pc; L.top = base + pt.framesize; g.clock = clock;
                if (v < 0) v = kstr >= 0 ? tab.setStr(t, kstr) : op === BC.TSETB ? tab.setInt(t, c) : tab.set(t, base + c);
                u32[v << 1] = u32[ra << 1]; u32[(v << 1) + 1] = u32[(ra << 1) + 1];
                break;
              }
            }
            L.base = base; L.pc = pc; L.top = base + pt.framesize; g.clock = clock;
            meta.newindex(L, rb, keySlot(g.tmp + 3, kstr, op === BC.TSETB, base + c, c), ra);
            break;
          }
          case BC.TSETM: {
            L.base = base; L.pc = pc; L.top = base + pt.framesize; g.clock = clock;
            const ra = base + a;
            const t = u32[(ra - 1) << 1];
            const start = knum[ins >>> 16] - TSETM_BIAS;
            if (multres > 0) {
              // As LuaJIT: grow the array part to exactly start+n (plus slot 0), then copy raw.
              if (start + multres > u32[(t + tab.TAB_ASIZE) >> 2]) tab.reasize(t, start + multres);
              const arr = (u32[(t + tab.TAB_ARRAY) >> 2] >> 3) + start;
              u32.copyWithin(arr << 1, ra << 1, (ra + multres) << 1);
              u8[t + tab.TAB_NOMM] = 0;
            }
            break;
          }

          // -- Calls ---------------------------------------------------------------------------------------
          case BC.CALLM: case BC.CALL: case BC.CALLMT: case BC.CALLT: case BC.ITERC: {
            const op = ins & 0xff;
            let fslot = base + a;
            let link: number;
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
              L.base = base; L.pc = pc; L.top = Math.max(base + pt.framesize, fslot + 2 + nargs); g.clock = clock;
              const mm = meta.callMetamethod(L, fslot);
              if (mm < 0 || u32[(mm << 1) + 1] !== T.FUNC) meta.errOpType(L, fslot, ErrMsg.OPCALL);
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
            // Resolve the callee: __call, pcall and xpcall loop back here.
            for (;;) {
              u32[(fslot + 1) << 1] = link; u32[((fslot + 1) << 1) + 1] = T.NIL;
              if (u32[(fslot << 1) + 1] !== T.FUNC) {
                // Only values called through pcall/xpcall get here: LuaJIT names no position for them.
                L.base = base; L.pc = pc; L.top = Math.max(base + pt.framesize, fslot + 2 + nargs); g.clock = clock;
                cbase = fslot + 2;
                const mm = meta.callMetamethod(L, fslot);
                if (mm < 0 || u32[(mm << 1) + 1] !== T.FUNC) L.throwStr(badCall(typeNameTag(u32[(fslot << 1) + 1])));
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
                g.clock = clock;
                return YIELDED;
              }
              // A C function: run it with its frame innermost, then return its results.
              cbase = fslot + 2;
              L.base = cbase; L.top = cbase + nargs; L.pc = pc; g.clock = clock;
              const n = g.cfuncs[u32[(f + 12) >> 2]]!.fn(L, cbase, nargs);
              clock = g.clock;
              base = cbase;
              cbase = 0;
              multres = n;
              pc = synthRETM;
              continue dispatch;
            }
          }
          case BC.ITERN: {
            // Specialised pairs(): the hidden control slot A-1 holds the traversal index.
            const ra = base + a;
            const t = u32[(ra - 2) << 1];
            let idx = f64[ra - 1];
            const asize = u32[(t + tab.TAB_ASIZE) >> 2];
            const arr = u32[(t + tab.TAB_ARRAY) >> 2] >> 3;
            let found = false;
            for (; idx < asize; idx++) {
              const s = arr + idx;
              if (u32[(s << 1) + 1] !== T.NIL) {
                f64[ra] = idx;
                u32[(ra + 1) << 1] = u32[s << 1]; u32[((ra + 1) << 1) + 1] = u32[(s << 1) + 1];
                found = true;
                break;
              }
            }
            if (!found) {
              const node = u32[(t + tab.TAB_NODE) >> 2];
              const hmask = u32[(t + tab.TAB_HMASK) >> 2];
              if (node !== tab.nilNode()) {
                for (let h = idx - asize; h <= hmask; h++, idx++) {
                  const n = node + h * tab.NODE_SIZE;
                  if (u32[(n + 4) >> 2] !== T.NIL) {
                    u32.copyWithin(ra << 1, (n + tab.NODE_KEY) >> 2, ((n + tab.NODE_KEY) >> 2) + 2);
                    u32.copyWithin((ra + 1) << 1, n >> 2, (n >> 2) + 2);
                    found = true;
                    break;
                  }
                }
              }
            }
            // ITERN takes the branch of the ITERL after it itself (ITERL would overwrite the index).
            if (found) {
              f64[ra - 1] = idx + 1;
              pc = pc + 1 + (u32[pc] >>> 16) - BCBIAS_J;
              if ((hotcount[pc & 63] -= HOTCOUNT_LOOP) < 0) hotcount[pc & 63] = 0x7fff;
              if (clock > maxClock) throw new BudgetExceeded();
            } else pc++;
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
              if (ra + nvar >= L.maxslot) { L.base = base; L.pc = pc; L.top = base; stackOverflow(L); }
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
          case BC.RETM: case BC.RET: case BC.RET0: case BC.RET1: {
            let rs = base + a;
            let n = (ins >>> 16) - ((ins & 0xff) === BC.RETM ? 0 : 1) + ((ins & 0xff) === BC.RETM ? multres : 0);
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
                g.clock = clock;
                return n;
              }
            }
          }

          // -- Loops and branches ------------------------------------------------------------------------------
          case BC.FORI: case BC.JFORI: {
            const ra = base + a;
            if (u32[(ra << 1) + 1] >= T.ISNUM || u32[((ra + 1) << 1) + 1] >= T.ISNUM || u32[((ra + 2) << 1) + 1] >= T.ISNUM) {
              L.base = base; L.pc = pc; L.top = base + pt.framesize; g.clock = clock;
              forCoerce(L, ra);
            }
            const idx = f64[ra], stop = f64[ra + 1];
            if (f64[ra + 2] >= 0 ? idx <= stop : idx >= stop) f64[ra + 3] = idx;
            else pc = pc + (ins >>> 16) - BCBIAS_J;
            break;
          }
          case BC.FORL: case BC.IFORL: {
            const ra = base + a;
            const step = f64[ra + 2];
            const idx = f64[ra] + step;
            f64[ra] = idx;
            if (step >= 0 ? idx <= f64[ra + 1] : idx >= f64[ra + 1]) {
              f64[ra + 3] = idx;
              pc = pc + (ins >>> 16) - BCBIAS_J;
            }
            if ((hotcount[(pc - 1) & 63] -= HOTCOUNT_LOOP) < 0) hotcount[(pc - 1) & 63] = 0x7fff;
            if (clock > maxClock) throw new BudgetExceeded();
            if (gcFlag[0] > gcFlag[1]) { L.base = base; L.pc = pc; g.clock = clock; fullGC(base + pt.framesize); }
            break;
          }
          case BC.ITERL: case BC.IITERL: {
            const ra = base + a;
            if (u32[(ra << 1) + 1] !== T.NIL) {
              u32[(ra - 1) << 1] = u32[ra << 1]; u32[((ra - 1) << 1) + 1] = u32[(ra << 1) + 1];
              pc = pc + (ins >>> 16) - BCBIAS_J;
            }
            if ((hotcount[(pc - 1) & 63] -= HOTCOUNT_LOOP) < 0) hotcount[(pc - 1) & 63] = 0x7fff;
            if (clock > maxClock) throw new BudgetExceeded();
            if (gcFlag[0] > gcFlag[1]) { L.base = base; L.pc = pc; g.clock = clock; fullGC(base + pt.framesize); }
            break;
          }
          case BC.LOOP: case BC.ILOOP:
            if ((hotcount[(pc - 1) & 63] -= HOTCOUNT_LOOP) < 0) hotcount[(pc - 1) & 63] = 0x7fff;
            if (clock > maxClock) throw new BudgetExceeded();
            if (gcFlag[0] > gcFlag[1]) { L.base = base; L.pc = pc; g.clock = clock; fullGC(base + pt.framesize); }
            break;
          case BC.JMP:
            pc = pc + (ins >>> 16) - BCBIAS_J;
            break;

          // -- Function headers ----------------------------------------------------------------------------------
          case BC.FUNCF: case BC.IFUNCF: {
            if (base + pt.framesize >= L.maxslot) base += growOrOverflow(L, base, pc, base + pt.framesize);
            for (let i = nargs; i < pt.numparams; i++) u32[((base + i) << 1) + 1] = T.NIL;
            if ((hotcount[(pc - 1) & 63] -= HOTCOUNT_CALL) < 0) hotcount[(pc - 1) & 63] = 0x7fff;
            if (clock > maxClock) throw new BudgetExceeded();
            if (gcFlag[0] > gcFlag[1]) { L.base = base; L.pc = pc; g.clock = clock; fullGC(base + pt.framesize); }
            break;
          }
          case BC.FUNCV: case BC.IFUNCV: {
            if (base + nargs + 2 + pt.framesize >= L.maxslot) base += growOrOverflow(L, base, pc, base + nargs + 2 + pt.framesize);
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
            if ((hotcount[(pc - 1) & 63] -= HOTCOUNT_CALL) < 0) hotcount[(pc - 1) & 63] = 0x7fff;
            if (clock > maxClock) throw new BudgetExceeded();
            if (gcFlag[0] > gcFlag[1]) { L.base = base; L.pc = pc; g.clock = clock; fullGC(base + pt.framesize); }
            break;
          }
          default:
            L.base = base; L.pc = pc; L.top = base + pt.framesize; g.clock = clock;
            L.runError(`NYI: bytecode ${bcOp(ins)}`);
        }
      }
    } catch (e) {
      g.clock = clock;
      const err = toLuaError(L, e);
      // Find the innermost pcall frame owned by this invocation.
      let b = cbase !== 0 ? cbase : base;
      cbase = 0;
      let found = 0;
      L.errbase = b; L.errpc = pc;
      while (b > L.stack + FRAME_SLOTS) {
        const link = u32[(b - 1) << 1];
        if ((link & Frame.TYPE) === Frame.LUA) { b = b - FRAME_SLOTS - ((u32[(link >>> 2) - 1] >>> 8) & 0xff); continue; }
        const type = link & Frame.TYPEP;
        if (type === Frame.PCALL || type === Frame.PCALLH) { found = b; break; }
        if (type === Frame.C) break;
        b -= link >>> 3;
      }
      if (found === 0) throw err;
      const link = u32[(found - 1) << 1];
      const pb = found - (link >>> 3);
      let hi = err.hi, lo = err.lo;
      if ((link & Frame.TYPEP) === Frame.PCALLH) {
        // xpcall: run the handler (in slot pb) on the error value, above everything still live.
        const hs = Math.max(L.top, base + pt.framesize, found + 1) + 1;
        u32[hs << 1] = u32[pb << 1]; u32[(hs << 1) + 1] = u32[(pb << 1) + 1];
        u32[(hs + 2) << 1] = lo; u32[((hs + 2) << 1) + 1] = hi;
        L.base = found; L.top = hs; L.pc = 0;
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
      base = pb;
      multres = 2;
      pc = synthRETM;
      fn = u32[(base - 2) << 1];
    }
  }
}

const MM_ADD = 10; // MM.add: arithmetic opcodes are in ORDER ARITH from here

const MM_INDEX = 0, MM_NEWINDEX = 1; // bits in a metatable's negative cache (nomm)

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

function stackOverflow(L: LuaState): never {
  return L.throwStr(ErrMsg.STKOV);
}

/** At a function header: grow the stack to fit slot `need` (returning how far BASE moved) or overflow. */
function growOrOverflow(L: LuaState, base: number, pc: number, need: number): number {
  L.base = base; L.pc = pc; L.top = base;
  const d = L.growStack(need);
  if (d === null) stackOverflow(L);
  return d;
}

/** FORI with non-number operands: coerce strings or raise LuaJIT's messages. */
function forCoerce(L: LuaState, ra: number): void {
  const msgs = [ErrMsg.FORINIT, ErrMsg.FORLIM, ErrMsg.FORSTEP];
  for (let i = 0; i < 3; i++) {
    const s = ra + i;
    if (u32[(s << 1) + 1] < T.ISNUM) continue;
    const x = meta.toNumberCoerce(s);
    if (u32[(s << 1) + 1] !== T.STR || !meta.coerced()) L.runError(msgs[i]);
    f64[s] = x;
  }
}

