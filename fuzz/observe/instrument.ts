// Trace instrumentation: rewrites a Lua program so that every operation it evaluates reports
// (site, value), for finding the first operation whose value differs between two VMs.
//
// Each operation in a single-value position (arithmetic, comparison, concatenation, and/or, unary
// operators, calls, field and index reads, variable reads that feed an operation) becomes
// `__tfz_o(k, <expr>)`, where k numbers the site in source order and __tfz_o records the value and
// returns it unchanged; a call in a multi-value position (last argument, last return value...)
// becomes `__tfz_m(k, f(...))`, which records the first result and returns them all. Operands are
// evaluated before their operation, so in a trace an operation's observation follows those of its
// observed operands. Recording stores into two tables (which LuaJIT's JIT compiles; io.write in
// the loop would abort every trace), and the trace is written after the program, even when it
// raised an error. The bodies of the observation helpers themselves (`chk`, named in SKIP) are
// left alone: their work is a function of the value they are given, which is observed.
import type * as L from 'luaparse';
import type { Chunk, Expr, Stmt } from '../generator/ast.js';
import { parseLua } from '../generator/parse.js';
import { printChunk, printExpr } from '../generator/print.js';

/** Observations recorded per run; a longer trace is cut (the first divergence comes early). */
export const TRACE_CAP = 200_000;
/** Marks the start of the trace in the program's output. */
export const TRACE_MARK = '\n==TFZ-TRACE==\n';

/** What an operand of an observed operation is. */
export type Operand =
  | { site: number }                       // observed: its value is in the trace
  | { literal: string }                    // a constant: its value class, known from the source
  | { opaque: string };                    // not observed (a function, "...", a table constructor)

/** One observed site: what the operation is and what its operands are. */
export interface Site {
  /** The expression's number in the program (stable across instrumentations of the same source). */
  node: number;
  /** Numbers of the expressions that are its operands (for observing them next). */
  children: number[];
  /** 'bin' | 'un' | 'logic' | 'call' | 'method' | 'index' | 'field' | 'var'. */
  kind: string;
  /** The operator, the called function's name ('math.min', ':upper', 'local'), the field or variable. */
  op: string;
  operands: Operand[];
  /** The expression as source text (bounded), for reports. */
  text: string;
}

export interface Instrumented {
  source: string;
  sites: Site[];
}

const HEADER = `local __tfz_K, __tfz_V, __tfz_n = {}, {}, 0
local __tfz_fmt, __tfz_type, __tfz_write, __tfz_pcall, __tfz_error = string.format, type, io.write, pcall, error
local function __tfz_o(k, v)
  local n = __tfz_n + 1
  if n <= ${TRACE_CAP} then
    __tfz_n = n
    __tfz_K[n] = k
    local t = __tfz_type(v)
    if t == "number" then
      if v ~= v then __tfz_V[n] = "nan" else __tfz_V[n] = __tfz_fmt("%.17g", v) end
    elseif t == "string" then __tfz_V[n] = v; __tfz_K[n] = -k
    elseif t == "boolean" or t == "nil" then __tfz_V[n] = t == "nil" and "nil" or (v and "true" or "false")
    else __tfz_V[n] = t end
  end
  return v
end
local function __tfz_m(k, ...)
  __tfz_o(k, (...))
  return ...
end
`;

// Strings are written with their length (negative site number marks them), so any byte is safe.
const FOOTER = `__tfz_write(${JSON.stringify(TRACE_MARK).replace(/\\n/g, '\\n')})
for i = 1, __tfz_n do
  local k, v = __tfz_K[i], __tfz_V[i]
  if k < 0 then __tfz_write(-k, "\\ts", #v, ":", v, "\\n") else __tfz_write(k, "\\t", v, "\\n") end
end
if not __tfz_ok then __tfz_error(__tfz_e, 0) end
`;

const MAX_TEXT = 80;
/** Local functions whose bodies are not instrumented: the generator's observation helpers. */
const SKIP = new Set(['chk', 'ser', 'fold']);

/** Functions whose arguments are the program's own observations. */
const CHECKS = new Set(['chk', 'print']);

/**
 * Instrument a program (throws a syntax error for source luaparse cannot read): every operation,
 * or only the expressions numbered in `only` (see checkedNodes and Site.children).
 */
export function instrument(source: string, only?: ReadonlySet<number>): Instrumented {
  const ast = parseLua(source);
  const w = new Walker(numberExpressions(ast), only);
  w.block(ast.body);
  const body = printChunk(ast as Chunk);
  const wrapped = `local __tfz_ok, __tfz_e = __tfz_pcall(function(...)\n${body}end, ...)\n`;
  return { source: HEADER + wrapped + FOOTER, sites: w.sites };
}

/** The numbers of the values the program observes itself: the arguments of chk(...) and print(...). */
export function checkedNodes(source: string): number[] {
  const ast = parseLua(source);
  const ids = numberExpressions(ast);
  const out: number[] = [];
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) { n.forEach(visit); return; }
    const node = n as Stmt;
    if (node.type === 'CallStatement' && node.expression.type === 'CallExpression' &&
        node.expression.base.type === 'Identifier' && CHECKS.has(node.expression.base.name)) {
      for (const a of node.expression.arguments) out.push(ids.get(a as Expr)!);
    }
    for (const v of Object.values(node)) visit(v);
  };
  visit(ast.body);
  return out;
}

/** Number every expression of a freshly parsed program, in a fixed traversal order. */
function numberExpressions(ast: Chunk): Map<Expr, number> {
  const ids = new Map<Expr, number>();
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) { n.forEach(visit); return; }
    const node = n as { type?: string };
    if (typeof node.type === 'string' && EXPRESSION_TYPES.has(node.type)) ids.set(node as Expr, ids.size + 1);
    for (const v of Object.values(node)) visit(v);
  };
  visit(ast.body);
  return ids;
}

const EXPRESSION_TYPES = new Set([
  'Identifier', 'NumericLiteral', 'StringLiteral', 'BooleanLiteral', 'NilLiteral', 'VarargLiteral', 'FunctionDeclaration',
  'TableConstructorExpression', 'BinaryExpression', 'LogicalExpression', 'UnaryExpression', 'MemberExpression',
  'IndexExpression', 'CallExpression', 'StringCallExpression', 'TableCallExpression',
]);

/** The operand expressions of e, before instrumentation replaces them. */
function operandNodes(e: Expr): Expr[] {
  switch (e.type) {
    case 'BinaryExpression': case 'LogicalExpression': return [e.left as Expr, e.right as Expr];
    case 'UnaryExpression': return [e.argument as Expr];
    case 'IndexExpression': return [e.index as Expr];
    case 'CallExpression': {
      const base = e.base as Expr;
      const self = base.type === 'MemberExpression' && base.indexer === ':' ? [base.base as Expr] : [];
      return [...self, ...(e.arguments as Expr[])];
    }
    case 'StringCallExpression': return [e.argument as Expr];
    default: return [];
  }
}

/** Walks the AST in evaluation order, replacing expressions in place. */
class Walker {
  readonly sites: Site[] = [];

  constructor(private readonly ids: Map<Expr, number>, private readonly only?: ReadonlySet<number>) {}

  block(body: Stmt[]): void { for (const s of body) this.stmt(s); }

  private stmt(s: Stmt): void {
    switch (s.type) {
      case 'LocalStatement': s.init = this.list(s.init); break;
      case 'AssignmentStatement':
        for (const v of s.variables) this.target(v as Expr);
        s.init = this.list(s.init);
        break;
      case 'CallStatement': this.callArgs(s.expression as Expr); break;
      case 'FunctionDeclaration':
        if (!(s.identifier?.type === 'Identifier' && SKIP.has(s.identifier.name))) this.block(s.body);
        break;
      case 'ReturnStatement': s.arguments = this.list(s.arguments); break;
      case 'DoStatement': this.block(s.body); break;
      case 'WhileStatement': s.condition = this.value(s.condition); this.block(s.body); break;
      case 'RepeatStatement': this.block(s.body); s.condition = this.value(s.condition); break;
      case 'ForNumericStatement':
        s.start = this.value(s.start); s.end = this.value(s.end);
        if (s.step) s.step = this.value(s.step);
        this.block(s.body);
        break;
      case 'ForGenericStatement': s.iterators = this.list(s.iterators); this.block(s.body); break;
      case 'IfStatement':
        for (const c of s.clauses) {
          if (c.type !== 'ElseClause') c.condition = this.value(c.condition);
          this.block(c.body);
        }
        break;
      default: break;
    }
  }

  /** An expression list whose last element may produce several values. */
  private list(es: Expr[]): Expr[] {
    return es.map((e, i) => (i === es.length - 1 ? this.multi(e) : this.value(e)));
  }

  /** An assignment target: its base and key are read, the target itself is written. */
  private target(e: Expr): void {
    if (e.type === 'IndexExpression') { this.inner(e.base as Expr); e.index = this.value(e.index as Expr); }
    else if (e.type === 'MemberExpression') this.inner(e.base as Expr);
  }

  /** An expression in a position that keeps all its values: a call is observed by its first value. */
  private multi(e: Expr): Expr {
    return isCall(e) && !e.inParens ? this.observe(e, '__tfz_m') : this.value(e);
  }

  /** An expression in a single-value position: instrumented and observed. */
  value(e: Expr): Expr {
    return this.observe(e, '__tfz_o');
  }

  /** Instrument e's inside, then wrap e in a call of `observer` with a new site number (if e is chosen). */
  private observe(e: Expr, observer: string): Expr {
    const node = this.ids.get(e) ?? 0;
    const chosen = this.only === undefined || this.only.has(node);
    const text = chosen ? sourceText(e) : '';
    const children = operandNodes(e).map((c) => this.ids.get(c) ?? 0);
    const operands = this.inner(e);
    if (!chosen) return e;
    const site = siteOf(e, operands, text, node, children);
    if (!site) return e;
    this.sites.push(site);
    const k = this.sites.length;
    return {
      type: 'CallExpression', base: { type: 'Identifier', name: observer },
      arguments: [{ type: 'NumericLiteral', value: k, raw: String(k) }, e],
    } as L.CallExpression as Expr;
  }

  /** Instrument the operands of e (in evaluation order); returns how they are observed. */
  private inner(e: Expr): Operand[] {
    switch (e.type) {
      case 'BinaryExpression': case 'LogicalExpression': {
        e.left = this.value(e.left as Expr);
        e.right = this.value(e.right as Expr);
        return [operand(e.left as Expr), operand(e.right as Expr)];
      }
      case 'UnaryExpression':
        e.argument = this.value(e.argument as Expr);
        return [operand(e.argument as Expr)];
      case 'CallExpression': case 'StringCallExpression': case 'TableCallExpression':
        return this.callArgs(e);
      case 'IndexExpression':
        this.inner(e.base as Expr);
        e.index = this.value(e.index as Expr);
        return [{ opaque: 'table' }, operand(e.index as Expr)];
      case 'MemberExpression': this.inner(e.base as Expr); return [];
      case 'FunctionDeclaration': this.block(e.body); return [];
      case 'TableConstructorExpression':
        e.fields.forEach((f, i) => {
          if (f.type === 'TableKey') f.key = this.value(f.key as Expr);
          f.value = i === e.fields.length - 1 && f.type === 'TableValue' ? this.multi(f.value as Expr) : this.value(f.value as Expr);
        });
        return [];
      default: return [];
    }
  }

  /** Instrument a call's base (when it is an expression worth reading) and arguments. */
  private callArgs(e: Expr): Operand[] {
    if (e.type === 'StringCallExpression') return [operand(e.argument as Expr)];
    if (e.type === 'TableCallExpression') { this.inner(e.arguments as Expr); return [{ opaque: 'table' }]; }
    if (e.type !== 'CallExpression') return [];
    const base = e.base as Expr;
    let self: Operand[] = [];
    if (base.type === 'MemberExpression' && base.indexer === ':') {
      // A method's object is usually a value (a string): observe it as the first operand.
      base.base = this.value(base.base as Expr);
      self = [operand(base.base as Expr)];
    } else if (base.type === 'MemberExpression' || base.type === 'IndexExpression') {
      this.inner(base);
    }
    e.arguments = this.list(e.arguments as Expr[]);
    return [...self, ...(e.arguments as Expr[]).map(operand)];
  }
}

const isCall = (e: Expr): boolean =>
  e.type === 'CallExpression' || e.type === 'StringCallExpression' || e.type === 'TableCallExpression';

/** How an (already instrumented) operand is seen in the trace. */
function operand(e: Expr): Operand {
  if (e.type === 'CallExpression' && e.base.type === 'Identifier' && (e.base.name === '__tfz_o' || e.base.name === '__tfz_m')) {
    const k = e.arguments[0] as L.NumericLiteral;
    return { site: k.value };
  }
  switch (e.type) {
    case 'NumericLiteral': return { literal: numberText(e.value) };
    case 'StringLiteral': return { literal: 's' + (e.value ?? '') };
    case 'BooleanLiteral': return { literal: e.value ? 'true' : 'false' };
    case 'NilLiteral': return { literal: 'nil' };
    case 'VarargLiteral': return { opaque: '...' };
    case 'FunctionDeclaration': return { opaque: 'function' };
    case 'TableConstructorExpression': return { opaque: 'table' };
    default: return { opaque: e.type };
  }
}

/** A number as the trace writes it (%.17g). */
function numberText(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (Object.is(v, -0)) return '-0';
  return String(Number(v.toPrecision(17)));
}

/** The site an expression is, or null when it is not worth observing (literals, functions, tables). */
function siteOf(e: Expr, operands: Operand[], text: string, node: number, children: number[]): Site | null {
  const site = (kind: string, op: string): Site => ({ node, children, kind, op, operands, text });
  switch (e.type) {
    case 'BinaryExpression': return site('bin', e.operator);
    case 'LogicalExpression': return site('logic', e.operator);
    case 'UnaryExpression': return site('un', e.operator);
    case 'CallExpression': case 'StringCallExpression': case 'TableCallExpression':
      return site('call', calleeName(e.base as Expr));
    case 'IndexExpression': return site('index', '[]');
    case 'MemberExpression': return site('field', e.indexer + e.identifier.name);
    case 'Identifier': return { ...site('var', 'var'), operands: [] };
    default: return null;
  }
}

/** The callee as a signature shows it: a library path ("string.sub"), a method (":upper"), or "local". */
function calleeName(base: Expr): string {
  if (base.type === 'MemberExpression') {
    if (base.indexer === ':') return ':' + base.identifier.name;
    if (base.base.type === 'Identifier') return `${base.base.name}.${base.identifier.name}`;
  }
  if (base.type === 'Identifier' && LIBRARY_GLOBALS.has(base.name)) return base.name;
  return 'local';
}

/** Global functions whose name means the same in every program. */
const LIBRARY_GLOBALS = new Set([
  'assert', 'error', 'getmetatable', 'ipairs', 'next', 'pairs', 'pcall', 'print', 'rawequal', 'rawget', 'rawset',
  'select', 'setmetatable', 'tonumber', 'tostring', 'type', 'unpack', 'xpcall', 'V', 'val', 'chk',
]);

/** An expression's source text, bounded (only for sites: literals and functions are not sites). */
function sourceText(e: Expr): string {
  if (e.type === 'FunctionDeclaration' || e.type === 'TableConstructorExpression') return '';
  const s = printExpr(e);
  return s.length > MAX_TEXT ? s.slice(0, MAX_TEXT - 3) + '...' : s;
}
