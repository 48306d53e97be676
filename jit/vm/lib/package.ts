// package, require and module: Lua 5.1's module system as LuaJIT 2.1 has it. (lib_package.c)
import { openSync, closeSync, readSync, readFileSync } from 'node:fs';
import { u8, u32 } from '../heap.js';
import { T, GCT, FF, FN_FFID, FN_ENV, UD_MT, UD_LEN, udataSize } from '../obj.js';
import { copyTV, setNil, setBool, setObj } from '../value.js';
import * as tab from '../tab.js';
import * as meta from '../meta.js';
import { gettable } from '../api.js';
import { call } from '../interp.js';
import { LuaState, FRAME_SLOTS, frameAtLevel, frameFunc, newCFunction } from '../state.js';
import { loadString } from '../load.js';
import * as aux from './aux.js';
import type { LibFunc } from './base.js';
import { fsErrorText } from './stdio.js';

/*
 * The package functions and the four loaders keep the package table as their environment, as
 * LuaJIT's do, and read loaders/preload/path/cpath from it: reassigning the global `package`
 * changes nothing. package.loaded and package.preload are the registry's _LOADED and _PRELOAD.
 * C modules cannot be loaded: the C loaders find .so files through package.cpath as LuaJIT does,
 * and dlopen's failure is reported with dlerror()'s texts where they depend only on the file
 * (missing, too short, not ELF, 32-bit), else with the text of a LuaJIT built without dlopen.
 */

// -- Configuration (luaconf.h, as the Debian build of the reference sets it) -------------------

const LUA_DIRSEP = '/';
const LUA_PATHSEP = ';';
const LUA_PATH_MARK = '?';
const LUA_EXECDIR = '!';
const LUA_IGMARK = '-';
/** Stands for the default path while LUA_PATH's ";;" is expanded. */
const AUXMARK = '\x01';

const LUA_LROOT = '/usr/local';
const LUA_ROOT = '/usr';
const LUA_MULTILIB = 'lib/x86_64-linux-gnu';
const LUA_LMULTILIB = 'lib';
const LUA_LUADIR = '/lua/5.1/';
const LUA_LJDIR = '/luajit-2.1.0-beta3/';
const LUA_JPATH = `;${LUA_ROOT}/share${LUA_LJDIR}?.lua`;
const LUA_LLDIR = `${LUA_LROOT}/share${LUA_LUADIR}`;
const LUA_RLDIR = `${LUA_ROOT}/share${LUA_LUADIR}`;
const LUA_LCDIR = `${LUA_LROOT}/${LUA_LMULTILIB}${LUA_LUADIR}`;
const LUA_RCDIR = `${LUA_ROOT}/${LUA_MULTILIB}${LUA_LUADIR}`;
const LUA_PATH_DEFAULT = `./?.lua${LUA_JPATH};${LUA_LLDIR}?.lua;${LUA_LLDIR}?/init.lua;${LUA_RLDIR}?.lua;${LUA_RLDIR}?/init.lua`;
const LUA_CPATH_DEFAULT = `./?.so;${LUA_LCDIR}?.so;${LUA_RCDIR}?.so;${LUA_LCDIR}loadall.so`;
const LUA_PATH_CONFIG = [LUA_DIRSEP, LUA_PATHSEP, LUA_PATH_MARK, LUA_EXECDIR, LUA_IGMARK, ''].join('\n');

/** Registry keys (lauxlib's names). */
const REG_LOADED = '_LOADED';
const REG_PRELOAD = '_PRELOAD';
const REG_LOADLIB = '_LOADLIB';
const REG_NOENV = 'LUA_NOENV';
const LOADLIB_PREFIX = 'LOADLIB: ';

/** Size hints LuaJIT gives _LOADED and _PRELOAD (luaL_findtable's szhint). */
const LOADED_HINT = 16;
const PRELOAD_HINT = 4;
const LOADLIB_MT_HINT = 2;

/** package.loaded[name] while name loads: the bit pattern of LuaJIT's KEY_SENTINEL (a tiny negative number). */
const SENTINEL_LO = 0x73;
const SENTINEL_HI = 0x80000000;

/** ll_loadfunc refuses paths this long. */
const MAX_LIB_PATH = 4096;
/** dlopen's answer when it cannot load: LuaJIT's own text for targets without dynamic libraries. */
const DLMSG = 'dynamic libraries not enabled; no support for target OS';
/** Size of an ELF64 header: shorter files are "too short" for the dynamic loader. */
const ELF64_EHDR_SIZE = 64;
const ELF_MAGIC = '\x7fELF';
const EI_CLASS = 4;
const ELFCLASS64 = 2;
/** Bytes of the userdata LuaJIT keeps per loaded library (a handle). */
const LOADLIB_HANDLE_BYTES = 8;

// -- Helpers ---------------------------------------------------------------------------

/** What C sees of a Lua string passed as `const char *`: the bytes before the first NUL. */
const cstr = (s: string): string => {
  const z = s.indexOf('\0');
  return z < 0 ? s : s.slice(0, z);
};

/** luaL_gsub: replace every occurrence of `p` in `s`, left to right, without overlaps. */
const plainGsub = (s: string, p: string, r: string): string => s.split(p).join(r);

const errnoText = fsErrorText;

const osPath = (path: string): Buffer => Buffer.from(path, 'latin1');

const isSentinel = (s: number): boolean => u32[s << 1] === SENTINEL_LO && u32[(s << 1) + 1] === SENTINEL_HI;
const setSentinel = (s: number): void => { u32[s << 1] = SENTINEL_LO; u32[(s << 1) + 1] = SENTINEL_HI; };
const isStrOrNum = (s: number): boolean => u32[(s << 1) + 1] === T.STR || u32[(s << 1) + 1] < T.ISNUM;
const isTab = (s: number): boolean => u32[(s << 1) + 1] === T.TAB;

/** Make slots up to base+n usable and move L.top there, so metamethods run above them. Returns the old top. */
function reserve(L: LuaState, base: number, n: number): number {
  if (!L.checkStack(base + n)) L.callerError('stack overflow');
  const top = L.top;
  L.top = base + n;
  return top;
}

/** dst = o[key] with __index (lua_getfield); `k` is a scratch slot. */
function getField(L: LuaState, o: number, key: string, k: number, dst: number): void {
  L.setStr(k, key);
  gettable(L, o, k, dst);
}

/** o[k] = v with __newindex (lua_settable). */
function setTable(L: LuaState, o: number, k: number, v: number): void {
  const r = meta.tset(L, o, k, v);
  if (r < 0) call(L, -r - FRAME_SLOTS, 3, 0);
}

function setField(L: LuaState, o: number, key: string, k: number, v: number): void {
  L.setStr(k, key);
  setTable(L, o, k, v);
}

/** The environment of the running library function: the package table. */
function envOf(base: number, dst: number): void {
  setObj(dst, u32[(frameFunc(base) + FN_ENV) >> 2], T.TAB);
}

/** Raw t[name] as a table, creating an empty one (hint `hsize` entries) when absent. */
function rawSubTable(L: LuaState, t: number, name: string, hsize: number): number {
  const key = L.str(name);
  const v = tab.getStr(t, key);
  if (v >= 0 && u32[(v << 1) + 1] === T.TAB) return u32[v << 1];
  const nt = L.newTab(0, tab.hsize2hbits(hsize));
  setObj(L.tsetStr(t, key), nt, T.TAB);
  return nt;
}

/** The registry's _LOADED table (package.loaded), created on first use. */
function loadedTable(L: LuaState): number {
  return rawSubTable(L, L.g.registry, REG_LOADED, LOADED_HINT);
}

/** Record library table `t` as package.loaded[name] (what LuaJIT's library openers do). */
export function registerLoaded(L: LuaState, name: string, t: number): void {
  setObj(L.tsetStr(loadedTable(L), L.str(name)), t, T.TAB);
}

/** Record the global library `name` ("jit.opt": a field of a global) in package.loaded, if it is a table. */
export function registerLoadedGlobal(L: LuaState, name: string): void {
  let t = L.g.globals;
  for (const part of name.split('.')) {
    const v = tab.getStr(t, L.str(part));
    if (v < 0 || u32[(v << 1) + 1] !== T.TAB) return;
    t = u32[v << 1];
  }
  registerLoaded(L, name, t);
}

/**
 * Make `opener` package.preload[name] (lj_lib_prereg), for libraries LuaJIT opens only on require
 * ("jit.util", "table.new"...); `env` is the table the opener gets as its environment.
 */
export function registerPreload(L: LuaState, name: string, opener: LibFunc, env = 0): void {
  const f = newCFunction(L, name, opener, FF.C, env);
  L.g.builtins.push(f);
  setObj(L.tsetStr(rawSubTable(L, L.g.registry, REG_PRELOAD, PRELOAD_HINT), L.str(name)), f, T.FUNC);
}

/**
 * luaL_findtable: walk the dotted `fname` from the table in slot `t0`, creating missing tables
 * (stored with __newindex honoured). Leaves the last table in `dst`; returns the part of the name
 * that holds a non-table value, or undefined. Uses slots k, k+1.
 */
function findTable(L: LuaState, t0: number, fname: string, hsize: number, k: number, dst: number): string | undefined {
  copyTV(dst, t0);
  let rest = fname;
  for (;;) {
    const dot = rest.indexOf('.');
    const part = dot < 0 ? rest : rest.slice(0, dot);
    L.setStr(k, part);
    const v = tab.get(u32[dst << 1], k);
    if (v < 0 || u32[(v << 1) + 1] === T.NIL) {
      setObj(k + 1, L.newTab(0, tab.hsize2hbits(dot >= 0 ? 1 : hsize)), T.TAB);
      setTable(L, dst, k, k + 1);
      copyTV(dst, k + 1);
    } else if (u32[(v << 1) + 1] !== T.TAB) {
      return rest;
    } else {
      copyTV(dst, v);
    }
    if (dot < 0) return undefined;
    rest = rest.slice(dot + 1);
  }
}

// -- Finding files (searchpath) -------------------------------------------------------

/** fopen(name, "r") succeeds (a directory does, on Linux). */
function readable(filename: string): boolean {
  try {
    closeSync(openSync(osPath(filename), 'r'));
    return true;
  } catch {
    return false;
  }
}

/** The first readable file of `path`'s templates with `name` for '?', or the "no file" lines. */
function searchPath(name: string, path: string, sep: string, dirsep: string): { file?: string; msg: string } {
  if (sep !== '') name = plainGsub(name, sep, dirsep);
  let msg = '';
  for (const template of path.split(LUA_PATHSEP)) {
    if (template === '') continue;
    const filename = plainGsub(template, LUA_PATH_MARK, name);
    if (readable(filename)) return { file: filename, msg };
    msg += `\n\tno file '${filename}'`;
  }
  return { msg };
}

/** Search package[pname] ("path" or "cpath") of the package table in slot `env`. Uses slots w, w+1. */
function findFile(L: LuaState, name: string, pname: string, env: number, w: number): { file?: string; msg: string } {
  getField(L, env, pname, w, w + 1);
  if (!isStrOrNum(w + 1)) L.callerError(`'package.${pname}' must be a string`);
  return searchPath(name, cstr(meta.strOrNumText(L.g, w + 1)), '.', LUA_DIRSEP);
}

/** luaL_loadfile: the main function of a Lua file, or the error message. */
function loadFile(L: LuaState, filename: string): number | string {
  let fd: number;
  try {
    fd = openSync(osPath(filename), 'r');
  } catch (e) {
    return `cannot open ${filename}: ${errnoText(e)}`;
  }
  let source: string;
  try {
    // A directory opens; its first read fails.
    source = readFileSync(fd, 'latin1');
  } catch (e) {
    return `cannot read ${filename}: ${errnoText(e)}`;
  } finally {
    closeSync(fd);
  }
  return loadString(L, source, '@' + filename);
}

// -- Dynamic libraries (what dlopen would say) -----------------------------------------------

/** dlerror()'s text for a library this VM cannot load. */
function dlopenError(path: string): string {
  // Without a slash dlopen searches the system's library directories; we look no further.
  if (!path.includes('/')) return `${path}: cannot open shared object file: No such file or directory`;
  let fd: number;
  try {
    fd = openSync(osPath(path), 'r');
  } catch (e) {
    return `${path}: cannot open shared object file: ${errnoText(e)}`;
  }
  try {
    const head = Buffer.alloc(ELF64_EHDR_SIZE);
    let n: number;
    try {
      n = readSync(fd, head, 0, ELF64_EHDR_SIZE, 0);
    } catch (e) {
      return `${path}: cannot read file data: ${errnoText(e)}`;
    }
    if (n < ELF64_EHDR_SIZE) return `${path}: file too short`;
    if (head.toString('latin1', 0, ELF_MAGIC.length) !== ELF_MAGIC) return `${path}: invalid ELF header`;
    if (head[EI_CLASS] !== ELFCLASS64) return `${path}: wrong ELF class: ELFCLASS32`;
    return DLMSG;
  } finally {
    closeSync(fd);
  }
}

/** ll_register: the registry's handle userdata for library `path` (made on first use). */
function registerLib(L: LuaState, path: string): void {
  const reg = L.g.registry;
  const key = L.str(LOADLIB_PREFIX + path);
  const v = tab.getStr(reg, key);
  if (v >= 0 && u32[(v << 1) + 1] !== T.NIL) return;
  const ud = L.g.newObj(udataSize(LOADLIB_HANDLE_BYTES), GCT.UDATA);
  if (ud === 0) L.errMem();
  u32[(ud + UD_LEN) >> 2] = LOADLIB_HANDLE_BYTES;
  const mt = tab.getStr(reg, L.str(REG_LOADLIB));
  if (mt >= 0 && u32[(mt << 1) + 1] === T.TAB) u32[(ud + UD_MT) >> 2] = u32[mt << 1];
  setObj(L.tsetStr(reg, key), ud, T.UDATA);
}

/**
 * ll_loadfunc's failure to load the library (its PACKAGE_ERR_LIB): C code cannot run here, so
 * loading always fails at that step. Returns the message.
 */
function loadFunc(L: LuaState, path: string): string {
  if (path.length >= MAX_LIB_PATH) return 'path too long';
  registerLib(L, path);
  return dlopenError(path);
}

function loadError(L: LuaState, name: string, filename: string, msg: string): never {
  return L.callerError(`error loading module '${name}' from file '${filename}':\n\t${cstr(msg)}`);
}

// -- Loaders (package.loaders) -----------------------------------------------------------------

/** package.preload[name], or the "no field" line. */
function loaderPreload(L: LuaState, base: number, nargs: number): number {
  const name = cstr(aux.checkStr(L, base, nargs, 1));
  const env = base + 1, w = base + 2, pre = base + 4;
  const top = reserve(L, base, 6);
  envOf(base, env);
  getField(L, env, 'preload', w, pre);
  if (!isTab(pre)) L.callerError("'package.preload' must be a table");
  getField(L, pre, name, w, base);
  if (u32[(base << 1) + 1] === T.NIL) L.setStr(base, `\n\tno field package.preload['${name}']`);
  L.top = top;
  return 1;
}

/** A Lua file found through package.path. */
function loaderLua(L: LuaState, base: number, nargs: number): number {
  const name = cstr(aux.checkStr(L, base, nargs, 1));
  const env = base + 1;
  const top = reserve(L, base, 4);
  envOf(base, env);
  const found = findFile(L, name, 'path', env, base + 2);
  L.top = top;
  if (found.file === undefined) {
    L.setStr(base, found.msg);
    return 1;
  }
  const fn = loadFile(L, found.file);
  if (typeof fn === 'string') loadError(L, name, found.file, fn);
  setObj(base, fn, T.FUNC);
  return 1;
}

/** A C library found through package.cpath: never loadable here. */
function loaderC(L: LuaState, base: number, nargs: number): number {
  const name = cstr(aux.checkStr(L, base, nargs, 1));
  const env = base + 1;
  const top = reserve(L, base, 4);
  envOf(base, env);
  const found = findFile(L, name, 'cpath', env, base + 2);
  L.top = top;
  if (found.file === undefined) {
    L.setStr(base, found.msg);
    return 1;
  }
  return loadError(L, name, found.file, loadFunc(L, found.file));
}

/** "a.b.c" from the C library of its root "a" (all-in-one libraries). */
function loaderCroot(L: LuaState, base: number, nargs: number): number {
  const name = cstr(aux.checkStr(L, base, nargs, 1));
  const dot = name.indexOf('.');
  if (dot < 0) return 0;
  const env = base + 1;
  const top = reserve(L, base, 4);
  envOf(base, env);
  const found = findFile(L, name.slice(0, dot), 'cpath', env, base + 2);
  L.top = top;
  if (found.file === undefined) {
    L.setStr(base, found.msg);
    return 1;
  }
  // Had the library loaded without a luaopen_ function, this would return "no module 'a.b' in file".
  return loadError(L, name, found.file, loadFunc(L, found.file));
}

// -- require ---------------------------------------------------------------------------

/** Find a loader for `name` through package.loaders (slot `loaders`); leaves it in `dst`. Uses slots from w. */
function findLoader(L: LuaState, name: string, loaders: number, w: number, dst: number): void {
  const lt = u32[loaders << 1];
  let msg = '';
  for (let i = 1; ; i++) {
    const v = tab.getInt(lt, i);
    if (v < 0 || u32[(v << 1) + 1] === T.NIL) L.callerError(`module '${name}' not found:${cstr(msg)}`);
    copyTV(w, v);
    L.setStr(w + FRAME_SLOTS, name);
    call(L, w, 1, 1);
    if (u32[(w << 1) + 1] === T.FUNC) { copyTV(dst, w); return; }
    if (isStrOrNum(w)) msg += meta.strOrNumText(L.g, w);
  }
}

function require(L: LuaState, base: number, nargs: number): number {
  const name = cstr(aux.checkStr(L, base, nargs, 1));
  // Slots: the name, _LOADED, a value, package.loaders, the loader, a key, a call frame.
  const sName = base, loaded = base + 1, val = base + 2, loaders = base + 3, loader = base + 4, k = base + 5;
  const w = base + 6;
  const top = reserve(L, base, 10);
  L.setStr(sName, name);
  setObj(loaded, loadedTable(L), T.TAB);
  gettable(L, loaded, sName, val);
  if (u32[(val << 1) + 1] < T.ISTRUECOND) {
    if (isSentinel(val)) L.callerError(`loop or previous error loading module '${name}'`);
    copyTV(base, val);
    L.top = top;
    return 1;
  }
  envOf(base, val);
  getField(L, val, 'loaders', k, loaders);
  if (!isTab(loaders)) L.callerError("'package.loaders' must be a table");
  findLoader(L, name, loaders, w, loader);
  setSentinel(val);
  setTable(L, loaded, sName, val);
  copyTV(w, loader);
  copyTV(w + FRAME_SLOTS, sName);
  call(L, w, 1, 1);
  if (u32[(w << 1) + 1] !== T.NIL) setTable(L, loaded, sName, w);
  gettable(L, loaded, sName, val);
  if (isSentinel(val)) {
    setBool(val, true);
    setTable(L, loaded, sName, val);
  }
  copyTV(base, val);
  L.top = top;
  return 1;
}

// -- module and package.seeall ----------------------------------------------------------------

/** luaL_pushmodule: package.loaded[name], else a (new) table at that global path. */
function pushModule(L: LuaState, modname: string, loaded: number, k: number, dst: number): void {
  setObj(loaded, loadedTable(L), T.TAB);
  getField(L, loaded, modname, k, dst);
  if (isTab(dst)) return;
  setObj(dst, L.g.globals, T.TAB);
  if (findTable(L, dst, modname, 1, k, dst) !== undefined) L.callerError(`name conflict for module '${modname}'`);
  setField(L, loaded, modname, k, dst);
}

/** _M, _NAME and _PACKAGE (the name up to its last dot) of a new module. */
function modInit(L: LuaState, modname: string, m: number, k: number, v: number): void {
  setField(L, m, '_M', k, m);
  L.setStr(v, modname);
  setField(L, m, '_NAME', k, v);
  L.setStr(v, modname.slice(0, modname.lastIndexOf('.') + 1));
  setField(L, m, '_PACKAGE', k, v);
}

/** Make table m the environment of the Lua function that called module(). */
function setCallerEnv(L: LuaState, m: number): void {
  const f = frameAtLevel(L, 1);
  const fn = f === null ? 0 : frameFunc(f.base);
  if (fn === 0 || u8[fn + FN_FFID] !== FF.LUA) L.callerError("'module' not called from a Lua function");
  u32[(fn + FN_ENV) >> 2] = u32[m << 1];
}

function module(L: LuaState, base: number, nargs: number): number {
  const modname = cstr(aux.checkStr(L, base, nargs, 1));
  // Slots above the arguments: _LOADED, the module, a value, two scratch slots, a call frame.
  const loaded = base + nargs, m = loaded + 1, v = loaded + 2, k = loaded + 3, w = loaded + 5;
  const top = reserve(L, base, nargs + 9);
  pushModule(L, modname, loaded, k, m);
  getField(L, m, '_NAME', k, v);
  if (u32[(v << 1) + 1] === T.NIL) modInit(L, modname, m, k, v);
  setCallerEnv(L, m);
  for (let i = 2; i <= nargs; i++) {
    copyTV(w, base + i - 1);
    copyTV(w + FRAME_SLOTS, m);
    call(L, w, 1, 0);
  }
  L.top = top;
  return 0;
}

function seeall(L: LuaState, base: number, nargs: number): number {
  const t = aux.checkTab(L, base, nargs, 1);
  const mts = base + 1, k = base + 2, g = base + 3;
  const top = reserve(L, base, 5);
  let mt = tab.metatable(t);
  if (mt === 0) {
    mt = L.newTab(0, tab.hsize2hbits(1));
    tab.setMetatable(t, mt);
  }
  setObj(mts, mt, T.TAB);
  setObj(g, L.g.globals, T.TAB);
  setField(L, mts, '__index', k, g);
  L.top = top;
  return 0;
}

// -- package.searchpath, package.loadlib ----------------------------------------------------------

function searchpath(L: LuaState, base: number, nargs: number): number {
  // LuaJIT's C compiler evaluates these checks last argument first: keep its error order.
  const dirsep = cstr(aux.optStr(L, base, nargs, 4, LUA_DIRSEP));
  const sep = cstr(aux.optStr(L, base, nargs, 3, '.'));
  const path = cstr(aux.checkStr(L, base, nargs, 2));
  const name = cstr(aux.checkStr(L, base, nargs, 1));
  const found = searchPath(name, path, sep, dirsep);
  if (found.file !== undefined) {
    L.setStr(base, found.file);
    return 1;
  }
  setNil(base);
  L.setStr(base + 1, found.msg);
  return 2;
}

function loadlib(L: LuaState, base: number, nargs: number): number {
  const path = cstr(aux.checkStr(L, base, nargs, 1));
  aux.checkStr(L, base, nargs, 2);
  const msg = loadFunc(L, path);
  setNil(base);
  L.setStr(base + 1, msg);
  // Where it failed: "open" (the library), as opposed to "init" (its function).
  L.setStr(base + 2, 'open');
  return 3;
}

/** __gc of library handles: there is never a library to close. */
function unloadlib(L: LuaState, base: number, nargs: number): number {
  const mt = tab.getStr(L.g.registry, L.str(REG_LOADLIB));
  const ok = aux.argTag(base, nargs, 1) === T.UDATA && mt >= 0 && u32[(mt << 1) + 1] === T.TAB &&
    u32[(u32[base << 1] + UD_MT) >> 2] === u32[mt << 1];
  if (!ok) aux.typeError(L, base, nargs, 1, REG_LOADLIB);
  return 0;
}

// -- Opening ------------------------------------------------------------------------

/** Register functions with the package table as their environment, as LuaJIT's are. */
function registerIn(L: LuaState, t: number, pkg: number, fns: Record<string, LibFunc>): void {
  for (const [name, fn] of Object.entries(fns)) {
    const f = newCFunction(L, name, fn, FF.C, pkg);
    L.g.builtins.push(f);
    setObj(L.tsetStr(t, L.str(name)), f, T.FUNC);
  }
}

/** package.path/cpath: the environment variable with ";;" standing for the default, else the default. */
function initPath(L: LuaState, pkg: number, field: string, envName: string, def: string, noenv: boolean): void {
  const raw = process.env[envName];
  let path = def;
  if (raw !== undefined && !noenv) {
    const bytes = Buffer.from(raw, 'utf8').toString('latin1');
    path = plainGsub(plainGsub(bytes, LUA_PATHSEP + LUA_PATHSEP, LUA_PATHSEP + AUXMARK + LUA_PATHSEP), AUXMARK, def);
  }
  L.setStr(L.tsetStr(pkg, L.str(field)), path);
}

/** The package library, require and module; records _G, coroutine and package in package.loaded. */
export function openPackage(L: LuaState): void {
  const g = L.g;
  const reg = g.registry;
  const libmt = rawSubTable(L, reg, REG_LOADLIB, LOADLIB_MT_HINT);
  const gc = newCFunction(L, 'unloadlib', unloadlib);
  g.builtins.push(gc);
  setObj(L.tsetStr(libmt, L.str('__gc')), gc, T.FUNC);

  const loaded = loadedTable(L);
  setObj(L.tsetStr(loaded, L.str('_G')), g.globals, T.TAB);
  registerLoadedGlobal(L, 'coroutine');
  const pkg = L.newTab(0, tab.hsize2hbits(3));
  setObj(L.tsetStr(g.globals, L.str('package')), pkg, T.TAB);
  registerLoaded(L, 'package', pkg);
  registerIn(L, pkg, pkg, { loadlib, searchpath, seeall });

  const searchers = [loaderPreload, loaderLua, loaderC, loaderCroot];
  // lua_createtable(n, 0) makes an array part of n+1 slots (slot 0 included).
  const loaders = L.newTab(searchers.length + 1, 0);
  searchers.forEach((fn, i) => {
    const f = newCFunction(L, '?', fn, FF.C, pkg);
    g.builtins.push(f);
    setObj(L.tsetInt(loaders, i + 1), f, T.FUNC);
  });
  setObj(L.tsetStr(pkg, L.str('loaders')), loaders, T.TAB);

  const ne = tab.getStr(reg, L.str(REG_NOENV));
  const noenv = ne >= 0 && u32[(ne << 1) + 1] < T.ISTRUECOND;
  initPath(L, pkg, 'path', 'LUA_PATH', LUA_PATH_DEFAULT, noenv);
  initPath(L, pkg, 'cpath', 'LUA_CPATH', LUA_CPATH_DEFAULT, noenv);
  L.setStr(L.tsetStr(pkg, L.str('config')), LUA_PATH_CONFIG);
  setObj(L.tsetStr(pkg, L.str('loaded')), loaded, T.TAB);
  setObj(L.tsetStr(pkg, L.str('preload')), rawSubTable(L, reg, REG_PRELOAD, PRELOAD_HINT), T.TAB);
  registerIn(L, g.globals, pkg, { module, require });
}
