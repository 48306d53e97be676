// VM events for jit.attach handlers: the registry table that holds them, keyed by a hash of the
// event name, and sending one event to its handler in protected mode. (lj_vmevent.c, lj_vmevent.h)
//
// jit.attach(f, name) stores f in registry._VMEVENTS[eventKey(name)], for any name. The VM sends
// four events: "bc" (a new prototype), "trace" (start, stop, abort, flush), "record" and "texit".
// A per-VM mask (LuaJIT's vmevmask) says which events may have a handler: attaching sets every bit,
// an event found without a handler clears its own, and the mask is zero while a handler runs, so
// handlers never see events of their own making.
import { u32 } from './heap.js';
import { T } from './obj.js';
import * as tab from './tab.js';
import { setObj } from './value.js';
import { LuaError } from './err.js';
import { call } from './interp.js';
import type { LProto } from './func.js';
import type { LuaState } from './state.js';

/** Registry field of the handler table and the hash size it is made with (LJ_VMEVENTS_*). */
export const VMEVENTS_REGKEY = '_VMEVENTS';
export const VMEVENTS_HSIZE = 4;

/** The events the VM sends, in LuaJIT's order (VMEVENT_DEF): bit i of the mask is event i. */
export const enum VMEvent { BC = 0, TRACE = 1, RECORD = 2, TEXIT = 3 }
const EVENT_NAMES = ['bc', 'trace', 'record', 'texit'] as const;

/** Mask value that lets every event look for its handler (VMEVENT_NOCACHE). */
const MASK_ALL = 0xff;
/** Bits of the name hash's rotation (lj_rol(h, 6)) and of the key's shift (VMEVENT_HASHIDX). */
const HASH_ROT = 6;
const KEY_SHIFT = 3;
/** Slots a handler call needs: the function, its frame link and up to this many arguments. */
const MAX_EVENT_ARGS = 8;
const FRAME_AND_FN = 2;

/**
 * The handler-table key of event name `name` (a byte string), as jit.attach computes it: a hash of
 * the name's bytes up to the first NUL, seeded with its full length, shifted into an int32.
 */
export function eventKey(name: string): number {
  let h = name.length >>> 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 0) break;
    const rol = ((h << HASH_ROT) | (h >>> (32 - HASH_ROT))) >>> 0;
    h = (h ^ ((rol + c) >>> 0)) >>> 0;
  }
  return h << KEY_SHIFT;
}

/** Keys of the four events, fixed by their names. */
const EVENT_KEYS: readonly number[] = EVENT_NAMES.map(eventKey);

interface VMEventState { mask: number }
const STATE = Symbol('vmevent');
const stateOf = (L: LuaState): VMEventState => L.g.libState(STATE, () => ({ mask: 0 }));

/** A handler was attached: every event looks for its handler again (jit.attach). */
export function invalidate(L: LuaState): void {
  stateOf(L).mask = MASK_ALL;
}

/** The handler table in the registry, or 0 when there is none (jit.attach makes it). */
export function handlerTable(L: LuaState): number {
  const s = tab.getStr(L.g.registry, L.str(VMEVENTS_REGKEY));
  return s >= 0 && u32[(s << 1) + 1] === T.TAB ? u32[s << 1] : 0;
}

/** The handler function of event `ev`, or 0; clears the event's mask bit when there is none (lj_vmevent_prepare). */
function handlerOf(L: LuaState, st: VMEventState, ev: VMEvent): number {
  const t = handlerTable(L);
  if (t !== 0) {
    const s = tab.getInt(t, EVENT_KEYS[ev]!);
    if (s >= 0 && u32[(s << 1) + 1] === T.FUNC) return u32[s << 1];
  }
  st.mask &= ~(1 << ev);
  return 0;
}

/**
 * Send event `ev` to its handler, if one is attached: `args` writes the arguments from the slot it
 * is given and returns how many. The handler runs in protected mode at the thread's top (nothing
 * may be live above L.top), with events off. LuaJIT prints a failing handler's error to stderr,
 * which this VM has no sink for: the error is dropped. LuaJIT also keeps debug hooks from firing
 * inside the handler (hook_vmevent); that waits for the debug library's hooks.
 */
export function send(L: LuaState, ev: VMEvent, args: (slot: number) => number): void {
  const st = stateOf(L);
  if ((st.mask & (1 << ev)) === 0) return;
  const fn = handlerOf(L, st, ev);
  if (fn === 0) return;
  const fslot = L.top;
  if (!L.checkStack(fslot + FRAME_AND_FN + MAX_EVENT_ARGS)) return;
  setObj(fslot, fn, T.FUNC);
  const nargs = args(fslot + FRAME_AND_FN);
  const oldMask = st.mask;
  st.mask = 0;
  try {
    call(L, fslot, nargs, 0);
  } catch (e) {
    if (!(e instanceof LuaError)) throw e;
    L.closeUpvals(fslot);
  } finally {
    // An attach inside the handler asked every event to look again: keep that.
    if (st.mask !== MASK_ALL) st.mask = oldMask;
  }
}

/** Send "bc" for each prototype loaded since id `fromId`, innermost first as the parser finishes them. */
export function protosLoaded(L: LuaState, fromId: number): void {
  const protos = L.g.protos;
  for (let id = fromId; id < protos.length; id++) {
    const pt: LProto = protos[id]!;
    send(L, VMEvent.BC, (s) => { setObj(s, pt.obj, T.PROTO); return 1; });
  }
}
