// The system's LuaJIT as two oracles: `luajit` (JIT on, params passable) and `luajit-joff` (interpreter).
import { ReferenceOracle, type ReferenceMode } from './reference.js';
import { JIT_PARAMS, OPT_LEVEL_DEFAULT } from '../jit/params.js';

export const LUAJIT_INSTALL_HINT =
  'install it with `sudo apt-get install luajit` (or put LuaJIT 2.1 on PATH, or set TRACEFUZZ_LUAJIT=/path/to/luajit)';

/** jit.opt.start arguments giving every flag and param its default: the level, then each param. */
export const JIT_RESET: string[] = [String(OPT_LEVEL_DEFAULT), ...JIT_PARAMS.map((p) => `${p.name}=${p.default}`)];

/** The reference LuaJIT. jitOn=false gives `luajit -joff`; `opt` are -O arguments such as "hotloop=1". */
export class LuajitOracle extends ReferenceOracle {
  constructor(jitOn: boolean, opt: string[] = [], mode: ReferenceMode = 'persistent',
              binary = process.env.TRACEFUZZ_LUAJIT ?? 'luajit') {
    const args = jitOn ? opt.map((o) => `-O${o}`) : ['-joff'];
    super({ name: jitOn ? 'luajit' : 'luajit-joff', binary, args, mode, installHint: LUAJIT_INSTALL_HINT,
      jitReset: JIT_RESET });
  }
}
