// The typed Lua AST the generator builds and the reducer edits: luaparse's node shapes, plus builders.
import type * as L from 'luaparse';

export type Node = L.Node;
export type Expr = L.Expression & { inParens?: boolean };
export type Stmt = L.Statement;
export type Chunk = L.Chunk;
export type Ident = L.Identifier;
export type FuncDecl = L.FunctionDeclaration;

// -- Builders ---------------------------------------------------------------
export const id = (name: string): L.Identifier => ({ type: 'Identifier', name });
export function num(v: number): Expr {
  if (v < 0 || Object.is(v, -0)) return un('-', num(-v));
  return { type: 'NumericLiteral', value: v, raw: formatNumber(v) };
}
export const str = (v: string): L.StringLiteral => ({ type: 'StringLiteral', value: v, raw: '' });
export const bool = (v: boolean): L.BooleanLiteral => ({ type: 'BooleanLiteral', value: v, raw: String(v) });
export const nil = (): L.NilLiteral => ({ type: 'NilLiteral', value: null, raw: 'nil' });
export const vararg = (): L.VarargLiteral => ({ type: 'VarargLiteral', value: '...', raw: '...' });
export const bin = (operator: string, left: Expr, right: Expr): Expr =>
  (operator === 'and' || operator === 'or'
    ? { type: 'LogicalExpression', operator, left, right }
    : { type: 'BinaryExpression', operator, left, right }) as Expr;
export const un = (operator: '-' | 'not' | '#', argument: Expr): Expr => ({ type: 'UnaryExpression', operator, argument });
export const call = (base: Expr | string, ...args: Expr[]): L.CallExpression =>
  ({ type: 'CallExpression', base: typeof base === 'string' ? path(base) : base, arguments: args });
export const method = (obj: Expr, name: string, ...args: Expr[]): L.CallExpression =>
  ({ type: 'CallExpression', base: { type: 'MemberExpression', indexer: ':', identifier: id(name), base: obj }, arguments: args });
export const member = (base: Expr, name: string): L.MemberExpression =>
  ({ type: 'MemberExpression', indexer: '.', identifier: id(name), base });
export const index = (base: Expr, key: Expr): L.IndexExpression => ({ type: 'IndexExpression', base, index: key });
/** Parentheses that matter: around a call or "..." they cut the values to one; elsewhere the printer
 *  adds what precedence needs, so other expressions are returned unchanged. */
export const paren = (e: Expr): Expr =>
  (e.type === 'CallExpression' || e.type === 'VarargLiteral' ? { ...e, inParens: true } : e);
/** "math.floor" -> member(member(id(math), floor)). */
export function path(dotted: string): Expr {
  const parts = dotted.split('.');
  let e: Expr = id(parts[0]!);
  for (const p of parts.slice(1)) e = member(e, p);
  return e;
}
export const table = (items: Expr[], fields: [string, Expr][] = []): L.TableConstructorExpression => ({
  type: 'TableConstructorExpression',
  fields: [
    ...items.map((value) => ({ type: 'TableValue', value }) as L.TableValue),
    ...fields.map(([k, value]) => ({ type: 'TableKeyString', key: id(k), value }) as L.TableKeyString),
  ],
});
export const func = (params: string[], body: Stmt[], isVararg = false): FuncDecl => ({
  type: 'FunctionDeclaration', identifier: null, isLocal: false,
  parameters: [...params.map(id), ...(isVararg ? [vararg()] : [])], body,
});

export const local = (names: string[], init: Expr[]): Stmt => ({ type: 'LocalStatement', variables: names.map(id), init });
export const assign = (targets: Expr[], init: Expr[]): Stmt =>
  ({ type: 'AssignmentStatement', variables: targets as L.AssignmentStatement['variables'], init });
export const callStmt = (e: L.CallExpression): Stmt => ({ type: 'CallStatement', expression: e });
export const localFunc = (name: string, params: string[], body: Stmt[], isVararg = false): Stmt =>
  ({ ...func(params, body, isVararg), identifier: id(name), isLocal: true });
export const ret = (...args: Expr[]): Stmt => ({ type: 'ReturnStatement', arguments: args });
export const brk = (): Stmt => ({ type: 'BreakStatement' });
export const ifs = (clauses: [Expr, Stmt[]][], orelse?: Stmt[]): Stmt => ({
  type: 'IfStatement',
  clauses: [
    ...clauses.map(([condition, body], i) => ({ type: i === 0 ? 'IfClause' : 'ElseifClause', condition, body }) as L.IfClause),
    ...(orelse ? [{ type: 'ElseClause', body: orelse } as L.ElseClause] : []),
  ],
});
export const whiles = (condition: Expr, body: Stmt[]): Stmt => ({ type: 'WhileStatement', condition, body });
export const repeats = (body: Stmt[], condition: Expr): Stmt => ({ type: 'RepeatStatement', condition, body });
export const fornum = (v: string, start: Expr, end: Expr, step: Expr | null, body: Stmt[]): Stmt =>
  ({ type: 'ForNumericStatement', variable: id(v), start, end, step, body });
export const forin = (vars: string[], iterators: Expr[], body: Stmt[]): Stmt =>
  ({ type: 'ForGenericStatement', variables: vars.map(id), iterators, body });
export const chunk = (body: Stmt[]): Chunk => ({ type: 'Chunk', body });

/** A finite number as Lua source that reads back as the same double. */
export function formatNumber(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e21) return String(v);
  return String(v); // JS's shortest round-trip form ("0.1", "1e+300") is valid Lua
}

/** Every statement list inside a statement (bodies, clauses, function bodies in expressions excluded). */
export function childBlocks(s: Stmt): Stmt[][] {
  switch (s.type) {
    case 'IfStatement': return s.clauses.map((c) => c.body);
    case 'WhileStatement': case 'RepeatStatement': case 'DoStatement':
    case 'ForNumericStatement': case 'ForGenericStatement': case 'FunctionDeclaration': return [s.body];
    default: return [];
  }
}
