// The bit library: 32-bit operations on numbers. (lib_bit.c)
import type { LuaState } from '../state.js';

export function openBit(L: LuaState): void {
  void L;
}
