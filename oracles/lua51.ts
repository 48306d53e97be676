// PUC Lua 5.1 as an optional oracle (`lua51`): a second opinion where LuaJIT's own interpreter is wrong.
import { ReferenceOracle, type ReferenceMode } from './reference.js';

export const LUA51_INSTALL_HINT =
  'install it with `sudo apt-get install lua5.1` (or set TRACEFUZZ_LUA51=/path/to/lua5.1)';

/** PUC-Rio Lua 5.1 run through the same driver as LuaJIT. */
export class Lua51Oracle extends ReferenceOracle {
  constructor(mode: ReferenceMode = 'persistent', binary = process.env.TRACEFUZZ_LUA51 ?? 'lua5.1') {
    super({ name: 'lua51', binary, args: [], mode, installHint: LUA51_INSTALL_HINT });
  }
}
