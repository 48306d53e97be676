// Expression reductions, parents before children: an expression by one of its own operands, or by a
// constant of its kind (0, 1, -1, 0.5 / "", "a" / true, false / {} / nil), a condition by true or
// false; a call without one of its arguments, a table constructor without one of its fields.
// Kinds are guessed from the expression's shape and, for a local, from its initial value: a constant of
// the right kind keeps the program running where any constant would mostly raise errors.
import * as A from '../generator/ast.js';
import type { Chunk, Expr } from '../generator/ast.js';
import { exprSlots, isLiteral, nodesOfType, numberValue } from './astWalk.js';
import { resolve, type Resolution } from './scope.js';
import { eachEdit, type Pass } from './pass.js';

type Kind = 'num' | 'str' | 'bool' | 'table' | 'nil' | 'any';

const CONSTANTS: Record<Kind, (() => Expr)[]> = {
  num: [() => A.num(0), () => A.num(1), () => A.num(-1), () => A.num(0.5)],
  str: [() => A.str(''), () => A.str('a')],
  bool: [() => A.bool(true), () => A.bool(false)],
  table: [() => A.table([])],
  nil: [],
  any: [() => A.num(0), () => A.str(''), () => A.bool(true), () => A.nil()],
};
const CONDITION: (() => Expr)[] = [() => A.bool(true), () => A.bool(false)];
const NUMBER_ROLES = new Set(['start', 'end', 'step']);

function exprSites(c: Chunk): (() => void)[] {
  const r = resolve(c);
  const out: (() => void)[] = [];
  for (const slot of exprSlots(c)) {
    const e = slot.get();
    for (const alt of operands(e)) out.push(() => { slot.set(keepTruncation(e, alt)); });
    const consts = slot.role === 'condition' ? CONDITION : NUMBER_ROLES.has(slot.role) ? CONSTANTS.num : CONSTANTS[kindOf(e, r, 0)];
    for (const k of consts) {
      const v = k();
      if (!sameLiteral(e, v)) out.push(() => { slot.set(v); });
    }
  }
  for (const call of nodesOfType(c, 'CallExpression')) {
    call.arguments.forEach((_, i) => out.push(() => { call.arguments.splice(i, 1); }));
  }
  for (const t of nodesOfType(c, 'TableConstructorExpression')) {
    t.fields.forEach((_, i) => out.push(() => { t.fields.splice(i, 1); }));
  }
  return out;
}

/** Simplify expressions: operands, constants, fewer arguments and fields. */
export const exprPass: Pass = { name: 'expressions', run: (ctx) => eachEdit(ctx, exprSites) };

// -- Alternatives -----------------------------------------------------------------------------
function operands(e: Expr): Expr[] {
  switch (e.type) {
    case 'BinaryExpression': case 'LogicalExpression': return [e.left as Expr, e.right as Expr];
    case 'UnaryExpression': return [e.argument as Expr];
    case 'CallExpression': {
      const self = e.base.type === 'MemberExpression' && e.base.indexer === ':' ? [e.base.base as Expr] : [];
      return [...e.arguments, ...self];
    }
    default: return [];
  }
}

/** `(f())` keeps one value: an operand that is a call or `...` keeps the parentheses it had. */
function keepTruncation(from: Expr, to: Expr): Expr {
  return from.inParens && (to.type === 'CallExpression' || to.type === 'VarargLiteral') ? { ...to, inParens: true } : to;
}

function sameLiteral(a: Expr, b: Expr): boolean {
  if (!isLiteral(a)) return false;
  const na = numberValue(a), nb = numberValue(b);
  if (na !== undefined || nb !== undefined) return Object.is(na, nb);
  return a.type === b.type && (a as { value?: unknown }).value === (b as { value?: unknown }).value;
}

// -- Kinds ------------------------------------------------------------------------------------
const NUM_OPS = new Set(['+', '-', '*', '/', '%', '^']);
const BOOL_OPS = new Set(['==', '~=', '<', '<=', '>', '>=']);
const STR_FUNCS = new Set(['tostring', 'type', 'string.format', 'string.rep', 'string.sub', 'string.upper', 'string.lower',
  'string.char', 'string.reverse', 'table.concat']);
const NUM_FUNCS = new Set(['tonumber', 'string.len', 'string.byte']);
/** Locals are followed through their initial values at most this deep (`local a = b` chains). */
const MAX_KIND_DEPTH = 4;

function kindOf(e: Expr, r: Resolution, depth: number): Kind {
  switch (e.type) {
    case 'NumericLiteral': return 'num';
    case 'StringLiteral': return 'str';
    case 'BooleanLiteral': return 'bool';
    case 'NilLiteral': return 'nil';
    case 'TableConstructorExpression': return 'table';
    case 'BinaryExpression':
      if (NUM_OPS.has(e.operator)) return 'num';
      if (BOOL_OPS.has(e.operator)) return 'bool';
      return e.operator === '..' ? 'str' : 'any';
    case 'UnaryExpression': return e.operator === 'not' ? 'bool' : 'num';
    case 'LogicalExpression': {
      const a = kindOf(e.left as Expr, r, depth), b = kindOf(e.right as Expr, r, depth);
      return a === b ? a : 'any';
    }
    case 'MemberExpression': return dotted(e) === 'math.huge' || dotted(e) === 'math.pi' ? 'num' : 'any';
    case 'CallExpression': {
      const name = dotted(e.base as Expr);
      if (name.startsWith('math.') || NUM_FUNCS.has(name)) return 'num';
      return STR_FUNCS.has(name) ? 'str' : 'any';
    }
    case 'Identifier': {
      const b = r.of.get(e);
      if (!b || depth >= MAX_KIND_DEPTH) return 'any';
      if (b.kind === 'for' && b.decl?.type === 'ForNumericStatement') return 'num';
      if (b.decl?.type === 'LocalStatement' && b.decl.variables.length === b.decl.init.length) {
        return kindOf(b.decl.init[b.index]!, r, depth + 1);
      }
      return 'any';
    }
    default: return 'any';
  }
}

/** "math.min" for math.min, "" for anything not a dotted name. */
function dotted(e: Expr): string {
  if (e.type === 'Identifier') return e.name;
  if (e.type === 'MemberExpression' && e.indexer === '.') {
    const b = dotted(e.base as Expr);
    return b ? `${b}.${e.identifier.name}` : '';
  }
  return '';
}
