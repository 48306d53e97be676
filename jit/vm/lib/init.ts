// Opening the standard libraries into a fresh VM, in LuaJIT's order. (lib_init.c)
import type { LuaState } from '../state.js';
import { openBase } from './base.js';
import { openPackage, registerLoadedGlobal } from './package.js';
import { openTable } from './table.js';
import { openIO } from './io.js';
import { openOs } from './os.js';
import { openString } from './string.js';
import { openMath } from './math.js';
import { openDebug } from './debug.js';
import { openBit } from './bit.js';
import { openJit } from './jit.js';
import { openCoroutine } from './coroutine.js';
import { extraStringLib, extraTableLib } from './extra.js';

/** Libraries LuaJIT records in package.loaded as it opens them, after package itself (lj_lib_register). */
const LOADED_AFTER_PACKAGE = ['table', 'io', 'os', 'string', 'math', 'debug', 'bit', 'jit', 'jit.opt'];

/** Open every library LuaJIT 2.1 opens (luaL_openlibs); coroutine lives in base, as in lib_base.c. */
export function openLibs(L: LuaState): void {
  openBase(L);
  openCoroutine(L);
  openPackage(L);
  openTable(L, extraTableLib());
  openIO(L);
  openOs(L);
  openString(L, extraStringLib());
  openMath(L);
  openDebug(L);
  openBit(L);
  openJit(L);
  for (const name of LOADED_AFTER_PACKAGE) registerLoadedGlobal(L, name);
}
