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

// The checksum folds every observed value into H (numbers via tostring, NaN as "nan" because PUC Lua
// prints "-nan"; tables and functions by type only, never by address). The metatable object V(x)
// carries __index, __add, __eq, __lt, __le, __call and __concat.
const PRELUDE = `
local H = 0
local function chk(v)
  local t = type(v)
  local s
  if v ~= v then s = "nan"
  elseif t == "number" or t == "string" or t == "boolean" or t == "nil" then s = tostring(v)
  else s = t end
  for i = 1, #s do H = (H * 31 + string.byte(s, i)) % 2147483647 end
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
