// The debug library. (lib_debug.c)
import type { LuaState } from '../state.js';

export function openDebug(L: LuaState): void {
  void L;
}
