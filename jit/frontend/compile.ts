// Front-end entry point: Lua source (byte string) to the main chunk's Proto. (lj_parse.c lj_parse)

import type { Proto } from '../bytecode/proto.js';
import { parseChunk } from './stmt.js';

export { LuaSyntaxError } from './lex.js';

/**
 * Compile a chunk. `source` is a byte string (latin1); `chunkname` as Lua takes it
 * ("@t.lua", "=stdin", or the source itself for loadstring). Returns the vararg main
 * function; child protos are in its kgc. Throws LuaSyntaxError with LuaJIT's message.
 */
export function compile(source: string, chunkname: string): Proto {
  return parseChunk(source, chunkname);
}
