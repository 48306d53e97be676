// package, require and module. (lib_package.c)
import type { LuaState } from '../state.js';

export function openPackage(L: LuaState): void {
  void L;
}
