// package, require and module. (lib_package.c)
// TEMPORARY (branch lib-jit): only what the jit library's tests need until lib-package lands —
// package.loaded and package.preload as the registry's _LOADED and _PRELOAD tables, and a require
// that looks in those two. Replace this file with lib-package's on merge.
import { u32 } from '../heap.js';
import { T } from '../obj.js';
import { copyTV, setObj } from '../value.js';
import * as tab from '../tab.js';
import type { LuaState } from '../state.js';
import { call } from '../interp.js';
import { register, setGlobal } from './base.js';
import * as aux from './aux.js';

function registryTable(L: LuaState, name: string): number {
  const s = L.tsetStr(L.g.registry, L.str(name));
  if (u32[(s << 1) + 1] !== T.TAB) setObj(s, L.newTab(0, tab.hsize2hbits(4)), T.TAB);
  return u32[s << 1]!;
}

function require(L: LuaState, base: number, nargs: number): number {
  const name = aux.checkStr(L, base, nargs, 1);
  const loaded = registryTable(L, '_LOADED');
  const have = tab.getStr(loaded, L.str(name));
  if (have >= 0 && u32[(have << 1) + 1] !== T.NIL && u32[(have << 1) + 1] !== T.FALSE) {
    copyTV(base, have);
    return 1;
  }
  const ld = tab.getStr(registryTable(L, '_PRELOAD'), L.str(name));
  if (ld < 0 || u32[(ld << 1) + 1] !== T.FUNC) {
    return L.callerError(`module '${name}' not found:\n\tno field package.preload['${name}']`);
  }
  const f = base + nargs + 1;
  copyTV(f, ld);
  L.setStr(f + 2, name);
  call(L, f, 1, 1);
  const s = L.tsetStr(loaded, L.str(name));
  if (u32[(f << 1) + 1] !== T.NIL) copyTV(s, f);
  else if (u32[(s << 1) + 1] === T.NIL) u32[(s << 1) + 1] = T.TRUE;
  copyTV(base, s);
  return 1;
}

export function openPackage(L: LuaState): void {
  const pkg = L.newTab(0, 2);
  setObj(L.tsetStr(pkg, L.str('loaded')), registryTable(L, '_LOADED'), T.TAB);
  setObj(L.tsetStr(pkg, L.str('preload')), registryTable(L, '_PRELOAD'), T.TAB);
  setGlobal(L, 'package', pkg);
  register(L, L.g.globals, { require });
}
