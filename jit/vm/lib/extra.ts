// Library functions beyond the core set, wired in one place: patterns, format, sort, coroutines. (lib_*.c)
import type { LibFunc } from './base.js';
import { patternLib } from './strpat.js';
import { formatLib } from './strformat.js';
import { sortLib } from './tabsort.js';

/** string.find/match/gmatch/gsub (strpat.ts) and string.format (strformat.ts). */
export const extraStringLib = (): Record<string, LibFunc> => ({ ...patternLib, ...formatLib });
/** table.sort (tabsort.ts). */
export const extraTableLib = (): Record<string, LibFunc> => ({ ...sortLib });
