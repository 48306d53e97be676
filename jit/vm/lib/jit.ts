// The jit library: JIT control, options, attach, jit.util. (lib_jit.c)
import type { LuaState } from '../state.js';

export function openJit(L: LuaState): void {
  void L;
}
