// The os library. (lib_os.c)
import type { LuaState } from '../state.js';

export function openOs(L: LuaState): void {
  void L;
}
