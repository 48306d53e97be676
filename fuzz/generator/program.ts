// The program arbitrary: prelude (checksum, metatable objects) + generated body + final checksum print.
import fc from 'fast-check';
import * as A from './ast.js';
import type { Chunk, Stmt } from './ast.js';
import { Gen, DEFAULT_GEN_CONFIG, type GenConfig } from './gen.js';
import { block } from './stmt.js';
import { parseLua } from './parse.js';
import { printChunk } from './print.js';

/** Choices per program: enough for ~50 statements; fast-check shrinks this list. */
const MAX_CHOICES = 1500;
const MIN_CHOICES = 16;
const CHOICE_RANGE = 0xffff;

// The checksum folds every observed value into H, exactly: numbers by all their bits (%.17g round-
// trips a double; -0 stays distinct, every NaN is "nan" since PUC Lua prints "-nan"), strings whole,
// tables by their contents in a fixed order (keys sorted, 16 at most, one level deep; pairs() order
// differs between implementations), functions by type only, never by address. The metatable object
// V(x) carries __index, __add, __eq, __lt, __le, __call and __concat.
const PRELUDE = `
local H = 0
local fmt, byte, type, next, sort, rawget = string.format, string.byte, type, next, table.sort, rawget
local function keyless(a, b)
  local ta, tb = type(a), type(b)
  if ta ~= tb then return ta < tb end
  if ta == "boolean" then return not a and b end
  return a < b
end
local function ser(v, nested)
  local t = type(v)
  if t == "number" then
    if v ~= v then return "nan" end
    return fmt("%.17g", v)
  elseif t == "string" then return "s" .. v
  elseif t == "table" and not nested then
    local keys, n = {}, 0
    for k in next, v do
      local kt = type(k)
      if kt == "number" or kt == "string" or kt == "boolean" then n = n + 1; keys[n] = k end
    end
    sort(keys, keyless)
    local out = "{" .. n
    for i = 1, n < 16 and n or 16 do out = out .. "," .. ser(keys[i], true) .. "=" .. ser(rawget(v, keys[i]), true) end
    return out .. "}"
  end
  return t == "boolean" and (v and "true" or "false") or t
end
local function chk(v)
  local s = ser(v)
  for i = 1, #s do H = (H * 31 + byte(s, i)) % 2147483647 end
end
local MT = {}
local function V(x) return setmetatable({v = x}, MT) end
local function val(o) if type(o) == "table" then return o.v end return o end
MT.__index = function(t, k) return #tostring(k) end
MT.__add = function(a, b) return V(val(a) + val(b)) end
MT.__eq = function(a, b) return a.v == b.v end
MT.__lt = function(a, b) return a.v < b.v end
MT.__le = function(a, b) return a.v <= b.v end
MT.__call = function(self, x) return self.v + x end
MT.__concat = function(a, b) return val(a) .. val(b) end
`;

let preludeAst: Stmt[] | undefined;
/** The prelude as statements (parsed once; callers get a deep copy they may edit). */
export function prelude(): Stmt[] {
  preludeAst ??= parseLua(PRELUDE).body;
  return structuredClone(preludeAst);
}

/** A generated program: its AST and its source text. */
export interface Program { ast: Chunk; source: string }

/** Decode one program from a choice sequence (deterministic). */
export function decodeProgram(choices: number[], cfg: GenConfig = DEFAULT_GEN_CONFIG): Program {
  const g = new Gen(choices, cfg);
  const body = block(g, cfg.maxStatements);
  const ast = A.chunk([...prelude(), ...body,
    A.callStmt(A.call('print', A.str('checksum'), A.id('H')))]);
  return { ast, source: printChunk(ast) };
}

/** fast-check arbitrary of whole programs: terminating, deterministic Lua 5.1 shaped for a tracing JIT. */
export function luaProgram(cfg: Partial<GenConfig> = {}): fc.Arbitrary<Program> {
  const full = { ...DEFAULT_GEN_CONFIG, ...cfg };
  return fc.array(fc.integer({ min: 0, max: CHOICE_RANGE }), { minLength: MIN_CHOICES, maxLength: MAX_CHOICES, size: 'max' })
    .map((choices) => decodeProgram(choices, full));
}
