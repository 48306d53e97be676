// The os library: time and dates through the C library (koffi), files, environment, locale
// queries, exit. (lib_os.c)
//
// os.setlocale keeps the VM's locale names itself instead of changing the process's locale (which
// every VM in the process shares): the names answer queries, and LC_TIME's is what os.date formats
// with (strftime_l). Nothing else in the VM depends on the locale, as in LuaJIT.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { constants as osConstants } from 'node:os';
import koffi from 'koffi';
import { u32, f64 } from '../heap.js';
import { T } from '../obj.js';
import { setNil, setBool, copyTV } from '../value.js';
import * as tab from '../tab.js';
import type { LuaState } from '../state.js';
import { VMExit } from '../err.js';
import { gettable } from '../api.js';
import { strscan } from '../strscan.js';
import * as aux from './aux.js';
import { register, setGlobal, writeOut, flushOut } from './base.js';
import { checkOpt, mkstemp } from './io.js';
import { strerror, errnoOf, cPath, cString, Errno } from './stdio.js';

const libc = koffi.load('libc.so.6');
type TimeConv = (t: BigInt64Array, tm: Buffer) => unknown;
const localtime_r = libc.func('void *localtime_r(const int64_t *t, void *tm)') as TimeConv;
const gmtime_r = libc.func('void *gmtime_r(const int64_t *t, void *tm)') as TimeConv;
const mktime = libc.func('int64_t mktime(void *tm)') as (tm: Buffer) => number | bigint;
const strftime_l = libc.func('size_t strftime_l(void *buf, size_t max, void *fmt, void *tm, void *loc)') as
  (buf: Buffer, max: number, fmt: Buffer, tm: Buffer, loc: unknown) => number;
const newlocale = libc.func('void *newlocale(int mask, const char *name, void *base)') as
  (mask: number, name: string, base: null) => unknown;
const freelocale = libc.func('void freelocale(void *loc)') as (loc: unknown) => void;
const clock = libc.func('long clock(void)') as () => number;
const difftime = libc.func('double difftime(int64_t t1, int64_t t0)') as (t1: bigint, t0: bigint) => number;

/** CLOCKS_PER_SEC on POSIX. */
const CLOCKS_PER_SEC = 1e6;
const EXIT_SUCCESS = 0, EXIT_FAILURE = 1;

// -- time_t and struct tm ------------------------------------------------------------------

/** (time_t) of a double as x86-64 converts it: NaN and out-of-range values give INT64_MIN. */
function toTimeT(x: number): bigint {
  return x >= -(2 ** 63) && x < 2 ** 63 ? BigInt(Math.trunc(x)) : -(2n ** 63n);
}

/** (int)lua_tointeger(x): through int64_t, keeping the low 32 bits. */
const toCInt = (x: number): number => Number(BigInt.asIntN(32, toTimeT(x)));

/** struct tm on x86-64 glibc: nine ints, then tm_gmtoff and tm_zone. */
const TM_SIZE = 56;
const enum TM { SEC = 0, MIN = 4, HOUR = 8, MDAY = 12, MON = 16, YEAR = 20, WDAY = 24, YDAY = 28, ISDST = 32 }
const TM_YEAR_BASE = 1900;

const now = (): bigint => BigInt(Math.floor(Date.now() / 1000));

// -- Locales -------------------------------------------------------------------------------------

/** glibc's category numbers are the indices; LC_ALL (6) is no category of its own. */
const CATEGORY_NAMES = [
  'LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES', 'LC_ALL',
  'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT', 'LC_IDENTIFICATION',
];
const LC_MESSAGES = 5, LC_ALL = 6, LC_TIME = 2;
const CATEGORIES = CATEGORY_NAMES.map((_, i) => i).filter((i) => i !== LC_ALL);
/** os.setlocale's category options, in lib_os.c's order (index 5 matches only the byte "\255"). */
const SETLOCALE_OPTS = ['ctype', 'numeric', 'time', 'collate', 'monetary', '\xff', 'all'];
const SETLOCALE_CATS = [0, 1, 2, 3, 4, LC_MESSAGES, LC_ALL];

interface OsState {
  /** The VM's locale name per category (every VM starts in "C", as a C program does). */
  names: string[];
  /** locale_t objects for LC_TIME names, made on first use and freed with the VM. */
  timeLocales: Map<string, unknown>;
}

const OS_KEY = Symbol('os');

function osState(L: LuaState): OsState {
  return L.g.libState<OsState>(OS_KEY, () => {
    const S: OsState = { names: CATEGORY_NAMES.map(() => 'C'), timeLocales: new Map() };
    L.g.onClose(() => { for (const loc of S.timeLocales.values()) freelocale(loc); S.timeLocales.clear(); });
    return S;
  });
}

function timeLocale(S: OsState): unknown {
  const name = S.names[LC_TIME];
  let loc = S.timeLocales.get(name);
  if (loc === undefined) {
    loc = newlocale(1 << LC_TIME, name, null);
    S.timeLocales.set(name, loc);
  }
  return loc;
}

/** setlocale(LC_ALL, NULL): the common name, or glibc's composite "LC_CTYPE=...;LC_NUMERIC=...". */
function allName(S: OsState): string {
  const first = S.names[CATEGORIES[0]];
  if (CATEGORIES.every((c) => S.names[c] === first)) return first;
  return CATEGORIES.map((c) => `${CATEGORY_NAMES[c]}=${S.names[c]}`).join(';');
}

/** The name "" selects for category c: LC_ALL, then LC_<category>, then LANG, then "C". */
function envLocale(c: number): string {
  for (const v of ['LC_ALL', CATEGORY_NAMES[c], 'LANG']) {
    const s = process.env[v];
    if (s !== undefined && s !== '') return s;
  }
  return 'C';
}

function localeExists(c: number, name: string): boolean {
  if (name === 'C' || name === 'POSIX') return true;
  const loc = newlocale(1 << c, name, null);
  if (loc === null) return false;
  freelocale(loc);
  return true;
}

/** setlocale(cat, name): the new name (as a query then answers), or null when a name is unknown. */
function setLocale(S: OsState, cat: number, name: string): string | null {
  const cats = cat === LC_ALL ? CATEGORIES : [cat];
  const chosen = new Map<number, string>();
  if (cat === LC_ALL && name.includes(';')) {
    for (const part of name.split(';')) {
      const eq = part.indexOf('=');
      const c = CATEGORY_NAMES.indexOf(part.slice(0, eq));
      if (eq < 0 || c < 0 || c === LC_ALL) return null;
      chosen.set(c, part.slice(eq + 1));
    }
    if (chosen.size !== CATEGORIES.length) return null;
  } else {
    for (const c of cats) chosen.set(c, name === '' ? envLocale(c) : name);
  }
  for (const [c, n] of chosen) {
    const norm = n === 'POSIX' ? 'C' : n;
    if (!localeExists(c, norm)) return null;
    chosen.set(c, norm);
  }
  for (const [c, n] of chosen) S.names[c] = n;
  return cat === LC_ALL ? allName(S) : S.names[cat];
}

function os_setlocale(L: LuaState, base: number, nargs: number): number {
  const S = osState(L);
  const name = aux.argTag(base, nargs, 1) === T.NIL ? null : cString(aux.checkStr(L, base, nargs, 1));
  const cat = SETLOCALE_CATS[checkOpt(L, base, nargs, 2, 6, SETLOCALE_OPTS)];
  const r = name === null ? (cat === LC_ALL ? allName(S) : S.names[cat]) : setLocale(S, cat, name);
  if (r === null) setNil(base); else L.setStr(base, r);
  return 1;
}

// -- Dates -------------------------------------------------------------------------------------

/** The tmpbuf's smallest size (LJ_MIN_SBUF); it grows by doubling. */
const MIN_SBUF = 32;
/** Room os.date reserves per conversion before it asks strftime. */
const ROOM_PER_CONV = 30;
const STRFTIME_TRIES = 4;

const bufCapacity = (sz: number): number => { let n = MIN_SBUF; while (n < sz) n += n; return n; };

/** os.date's strftime with lib_os.c's buffer estimate and retries; null when every try came back empty. */
function strftime(S: OsState, fmt: string, tm: Buffer): string | null {
  let sz = 0;
  for (const ch of fmt) sz += ch === '%' ? ROOM_PER_CONV : 1;
  const cfmt = Buffer.from(fmt + '\0', 'latin1');
  for (let i = 0; i < STRFTIME_TRIES; i++) {
    const cap = bufCapacity(sz);
    const buf = Buffer.alloc(cap);
    const len = strftime_l(buf, cap, cfmt, tm, timeLocale(S));
    if (len > 0) return buf.toString('latin1', 0, len);
    sz += sz | 1;
  }
  return null;
}

function dateTable(L: LuaState, base: number, tm: Buffer): void {
  const t = L.newTab(0, tab.hsize2hbits(9));
  u32[base << 1] = t; u32[(base << 1) + 1] = T.TAB;
  const set = (k: string, v: number): void => { f64[L.tsetStr(t, L.str(k))] = v; };
  set('sec', tm.readInt32LE(TM.SEC));
  set('min', tm.readInt32LE(TM.MIN));
  set('hour', tm.readInt32LE(TM.HOUR));
  set('day', tm.readInt32LE(TM.MDAY));
  set('month', tm.readInt32LE(TM.MON) + 1);
  set('year', tm.readInt32LE(TM.YEAR) + TM_YEAR_BASE);
  set('wday', tm.readInt32LE(TM.WDAY) + 1);
  set('yday', tm.readInt32LE(TM.YDAY) + 1);
  const dst = tm.readInt32LE(TM.ISDST);
  if (dst >= 0) setBool(L.tsetStr(t, L.str('isdst')), dst !== 0);
}

function os_date(L: LuaState, base: number, nargs: number): number {
  const S = osState(L);
  let s = cString(aux.optStr(L, base, nargs, 1, '%c'));
  const t = aux.argTag(base, nargs, 2) === T.NIL ? now() : toTimeT(aux.checkNumber(L, base, nargs, 2));
  const tm = Buffer.alloc(TM_SIZE);
  const utc = s.startsWith('!');
  if (utc) s = s.slice(1);
  if ((utc ? gmtime_r : localtime_r)(BigInt64Array.of(t), tm) === null) {
    setNil(base);
  } else if (s === '*t') {
    dateTable(L, base, tm);
  } else if (s.length > 0) {
    const r = strftime(S, s, tm);
    // Nothing pushed: LuaJIT then returns its last argument.
    if (r !== null) L.setStr(base, r);
    else if (nargs > 0) copyTV(base, base + nargs - 1);
    else setNil(base);
  } else {
    L.setStr(base, '');
  }
  return 1;
}

/** Slots os.time uses above its table argument: a key and a value. */
const KEY_SLOT = 1, VAL_SLOT = 2;

/** getfield: the integer in t[key] (with __index), d when it is no number, an error when d < 0. */
function getField(L: LuaState, base: number, key: string, d: number): number {
  L.setStr(base + KEY_SLOT, key);
  gettable(L, base, base + KEY_SLOT, base + VAL_SLOT);
  const v = base + VAL_SLOT;
  const tag = u32[(v << 1) + 1];
  const x = tag < T.ISNUM ? f64[v] : tag === T.STR ? strscan(L.g.strs.text(u32[v << 1])) : undefined;
  if (x === undefined) return d < 0 ? L.callerError(`field '${key}' missing in date table`) : d;
  return toCInt(x);
}

/** getboolfield: -1 for nil, else 0/1 by truth. */
function getBoolField(L: LuaState, base: number, key: string): number {
  L.setStr(base + KEY_SLOT, key);
  gettable(L, base, base + KEY_SLOT, base + VAL_SLOT);
  const tag = u32[((base + VAL_SLOT) << 1) + 1];
  return tag === T.NIL ? -1 : tag === T.FALSE ? 0 : 1;
}

function os_time(L: LuaState, base: number, nargs: number): number {
  let t: bigint;
  if (aux.argTag(base, nargs, 1) === T.NIL) {
    t = now();
  } else {
    aux.checkTab(L, base, nargs, 1);
    // Metamethod calls go above our scratch slots.
    if (L.top < base + VAL_SLOT + 1) L.top = base + VAL_SLOT + 1;
    const tm = Buffer.alloc(TM_SIZE);
    tm.writeInt32LE(getField(L, base, 'sec', 0), TM.SEC);
    tm.writeInt32LE(getField(L, base, 'min', 0), TM.MIN);
    tm.writeInt32LE(getField(L, base, 'hour', 12), TM.HOUR);
    tm.writeInt32LE(getField(L, base, 'day', -1), TM.MDAY);
    tm.writeInt32LE((getField(L, base, 'month', -1) - 1) | 0, TM.MON);
    tm.writeInt32LE((getField(L, base, 'year', -1) - TM_YEAR_BASE) | 0, TM.YEAR);
    tm.writeInt32LE(getBoolField(L, base, 'isdst'), TM.ISDST);
    t = BigInt(mktime(tm));
  }
  if (t === -1n) setNil(base); else f64[base] = Number(t);
  return 1;
}

function os_difftime(L: LuaState, base: number, nargs: number): number {
  const t1 = toTimeT(aux.checkNumber(L, base, nargs, 1));
  const t0 = toTimeT(aux.optNumber(L, base, nargs, 2, 0));
  f64[base] = difftime(t1, t0);
  return 1;
}

function os_clock(_L: LuaState, base: number): number {
  f64[base] = clock() / CLOCKS_PER_SEC;
  return 1;
}

// -- Files, environment, processes ---------------------------------------------------------------

/** luaL_fileresult with a file name. */
function fileResult(L: LuaState, base: number, en: number | null, fname: string): number {
  if (en === null) { setBool(base, true); return 1; }
  setNil(base);
  L.setStr(base + 1, `${fname}: ${strerror(en)}`);
  f64[base + 2] = en;
  return 3;
}

/** C remove(): unlink, or rmdir for a directory. */
function os_remove(L: LuaState, base: number, nargs: number): number {
  const name = aux.checkStr(L, base, nargs, 1);
  const p = cPath(name);
  let en: number | null = null;
  try {
    fs.unlinkSync(p);
  } catch (e) {
    en = errnoOf(e);
    if (en === Errno.EISDIR) {
      try { fs.rmdirSync(p); en = null; } catch (e2) { en = errnoOf(e2); }
    }
  }
  return fileResult(L, base, en, cString(name));
}

function os_rename(L: LuaState, base: number, nargs: number): number {
  const from = aux.checkStr(L, base, nargs, 1);
  const to = aux.checkStr(L, base, nargs, 2);
  let en: number | null = null;
  try { fs.renameSync(cPath(from), cPath(to)); } catch (e) { en = errnoOf(e); }
  return fileResult(L, base, en, cString(from));
}

/** mkstemp's template, as lib_os.c has it. */
const TMPNAME_PREFIX = '/tmp/lua_';

function os_tmpname(L: LuaState, base: number): number {
  const r = mkstemp(TMPNAME_PREFIX);
  if (typeof r === 'number') return L.callerError('unable to generate a unique filename');
  fs.closeSync(r.fd);
  L.setStr(base, r.name);
  return 1;
}

function os_getenv(L: LuaState, base: number, nargs: number): number {
  const name = Buffer.from(cString(aux.checkStr(L, base, nargs, 1)), 'latin1').toString();
  const v = name.includes('=') ? undefined : process.env[name];
  if (v === undefined) setNil(base); else L.setStr(base, Buffer.from(v).toString('latin1'));
  return 1;
}

/** Status system() reports for a command killed by signal `sig`, and the shift of an exit code. */
const WAIT_EXIT_SHIFT = 8;

/** os.execute: system(cmd) through /bin/sh; its output goes to the VM's stdout. */
function os_execute(L: LuaState, base: number, nargs: number): number {
  if (aux.argTag(base, nargs, 1) === T.NIL) { f64[base] = 1; return 1; } // a shell is available
  const cmd = Buffer.from(cString(aux.checkStr(L, base, nargs, 1)), 'latin1').toString();
  flushOut(L);
  const r = spawnSync('/bin/sh', ['-c', cmd], { stdio: ['inherit', 'pipe', 'inherit'], maxBuffer: Infinity });
  if (r.stdout !== null && r.stdout.length > 0) writeOut(L, r.stdout.toString('latin1'));
  let status = -1;
  if (r.status !== null) status = r.status << WAIT_EXIT_SHIFT;
  else if (r.signal !== null) status = osConstants.signals[r.signal];
  f64[base] = status;
  return 1;
}

/** os.exit([code [, close]]): true/false mean success/failure; ends the run (not catchable). */
function os_exit(L: LuaState, base: number, nargs: number): number {
  const tag = aux.argTag(base, nargs, 1);
  const status = tag === T.TRUE ? EXIT_SUCCESS : tag === T.FALSE ? EXIT_FAILURE : aux.optInt(L, base, nargs, 1, EXIT_SUCCESS);
  flushOut(L);
  throw new VMExit(status, aux.argTag(base, nargs, 2) === T.TRUE);
}

export function openOs(L: LuaState): void {
  const os = L.newTab(0, 4);
  register(L, os, {
    execute: os_execute, remove: os_remove, rename: os_rename, tmpname: os_tmpname, getenv: os_getenv,
    exit: os_exit, clock: os_clock, date: os_date, time: os_time, difftime: os_difftime, setlocale: os_setlocale,
  });
  setGlobal(L, 'os', os);
}
