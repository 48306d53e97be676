// Lua errors as JS exceptions carrying a raw TValue, and LuaJIT's message texts. (lj_err.c, lj_errmsg.h)

/**
 * A Lua error in flight: the error value's two words (numbers keep their exact bits).
 * Deliberately not an Error subclass: capturing a JS stack trace per Lua error made
 * pcall-heavy programs several times slower.
 */
export class LuaError {
  constructor(readonly hi: number, readonly lo: number, readonly text: string = 'Lua error') {}
  get message(): string { return this.text; }
}

/** Raised when the instruction budget is exhausted (not catchable by pcall). */
export class BudgetExceeded extends Error {
  constructor() { super('instruction budget exceeded'); }
}

/** os.exit(): ends the run with this exit status (not catchable by pcall). */
export class VMExit {
  /** `close`: os.exit's second argument, closing the VM (running finalizers) before the exit. */
  constructor(readonly code: number, readonly close = false) {}
}

export const ErrMsg = {
  ERRMEM: 'not enough memory',
  ERRERR: 'error in error handling',
  STKOV: 'stack overflow',
  CSTKOV: 'C stack overflow',
  TABOV: 'table overflow',
  NANIDX: 'table index is NaN',
  NILIDX: 'table index is nil',
  NEXTIDX: "invalid key to 'next'",
  OPCALL: 'call',
  OPINDEX: 'index',
  OPARITH: 'perform arithmetic on',
  OPCAT: 'concatenate',
  OPLEN: 'get length of',
  GETLOOP: 'loop in gettable',
  SETLOOP: 'loop in settable',
  FORINIT: "'for' initial value must be a number",
  FORLIM: "'for' limit must be a number",
  FORSTEP: "'for' step must be a number",
  ASSERT: 'assertion failed!',
  PROTMT: 'cannot change a protected metatable',
  UNPACK: 'too many results to unpack',
  PRTOSTR: "'tostring' must return a string to 'print'",
  NOVAL: 'value expected',
  BASERNG: 'base out of range',
  LVLRNG: 'level out of range',
  INVLVL: 'invalid level',
  IDXRNG: 'index out of range',
  INVOPT: 'invalid option',
  NOENV: 'no calling environment',
  SETFENV: "'setfenv' cannot change environment of given object",
  TABINS: "wrong number of arguments to 'insert'",
  STROV: 'string length overflow',
  CYIELD: 'attempt to yield across C-call boundary',
} as const;

export const badOpRT = (op: string, kind: string, name: string, tname: string): string =>
  `attempt to ${op} ${kind} '${name}' (a ${tname} value)`;
export const badOpRV = (op: string, tname: string): string => `attempt to ${op} a ${tname} value`;
export const badCmp = (t1: string, t2: string): string =>
  t1 === t2 ? `attempt to compare two ${t1} values` : `attempt to compare ${t1} with ${t2}`;
export const badCall = (tname: string): string => `attempt to call a ${tname} value`;
