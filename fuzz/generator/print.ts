// Printer: typed Lua AST -> Lua 5.1 source, with minimal parentheses and Lua 5.1's block rules.
import type * as L from 'luaparse';
import type { Expr, Stmt, Chunk } from './ast.js';

const INDENT = '  ';
// Lua 5.1 binary operator precedence (lparser.c priority table); higher binds tighter.
const PREC: Record<string, number> = {
  or: 1, and: 2, '<': 3, '>': 3, '<=': 3, '>=': 3, '~=': 3, '==': 3, '..': 4,
  '+': 5, '-': 5, '*': 6, '/': 6, '%': 6, '^': 8,
};
const UNARY_PREC = 7;
const RIGHT_ASSOC = new Set(['..', '^']);

/** Print a chunk as Lua source text (a byte string), one statement per line. */
export function printChunk(c: Chunk): string {
  return block(c.body, 0);
}

export function printExpr(e: Expr): string {
  const s = exprInner(e);
  return e.inParens ? `(${s})` : s;
}

function block(body: Stmt[], depth: number): string {
  let out = '';
  body.forEach((s, i) => {
    let text = stmt(s, depth);
    // Lua 5.1 allows return/break only as a block's last statement; "do ... end" keeps the meaning.
    if ((s.type === 'ReturnStatement' || s.type === 'BreakStatement') && i < body.length - 1) text = `do ${text} end`;
    // A line starting with "(" would continue the previous statement as a call.
    if (text.startsWith('(')) text = `;${text}`;
    out += INDENT.repeat(depth) + text + '\n';
  });
  return out;
}

function body(b: Stmt[], depth: number): string {
  return '\n' + block(b, depth + 1) + INDENT.repeat(depth);
}

// Indentation of the statement being printed, for function expressions nested in it.
let curDepth = 0;

function stmt(s: Stmt, d: number): string {
  curDepth = d;
  switch (s.type) {
    case 'LocalStatement':
      return `local ${s.variables.map((v) => v.name).join(', ')}` + (s.init.length ? ` = ${list(s.init)}` : '');
    case 'AssignmentStatement': return `${list(s.variables as Expr[])} = ${list(s.init)}`;
    case 'CallStatement': return printExpr(s.expression as Expr);
    case 'FunctionDeclaration': {
      const name = s.identifier ? printExpr(s.identifier as Expr) : '';
      return `${s.isLocal ? 'local ' : ''}function ${name}(${params(s)})${body(s.body, d)}end`;
    }
    case 'ReturnStatement': return s.arguments.length ? `return ${list(s.arguments)}` : 'return';
    case 'BreakStatement': return 'break';
    case 'DoStatement': return `do${body(s.body, d)}end`;
    case 'WhileStatement': return `while ${printExpr(s.condition)} do${body(s.body, d)}end`;
    case 'RepeatStatement': return `repeat${body(s.body, d)}until ${printExpr(s.condition)}`;
    case 'ForNumericStatement':
      return `for ${s.variable.name} = ${printExpr(s.start)}, ${printExpr(s.end)}` +
        (s.step ? `, ${printExpr(s.step)}` : '') + ` do${body(s.body, d)}end`;
    case 'ForGenericStatement':
      return `for ${s.variables.map((v) => v.name).join(', ')} in ${list(s.iterators)} do${body(s.body, d)}end`;
    case 'IfStatement': {
      let out = '';
      for (const c of s.clauses) {
        if (c.type === 'IfClause') out += `if ${printExpr(c.condition)} then${body(c.body, d)}`;
        else if (c.type === 'ElseifClause') out += `elseif ${printExpr(c.condition)} then${body(c.body, d)}`;
        else out += `else${body(c.body, d)}`;
      }
      return out + 'end';
    }
    default: throw new Error(`printer: statement ${(s as Stmt).type} is not Lua 5.1`);
  }
}

function list(es: Expr[]): string { return es.map(printExpr).join(', '); }
function params(f: L.FunctionDeclaration): string {
  return f.parameters.map((p) => (p.type === 'Identifier' ? p.name : '...')).join(', ');
}

function prec(e: Expr): number {
  if (e.inParens) return 100;
  if (e.type === 'BinaryExpression' || e.type === 'LogicalExpression') return PREC[e.operator]!;
  if (e.type === 'UnaryExpression') return UNARY_PREC;
  if (e.type === 'NumericLiteral' && e.raw.startsWith('-')) return UNARY_PREC;
  return 100;
}

/** Things that may precede ".x", "[k]", ":m()" or "(args)" without parentheses. */
function prefix(e: Expr): string {
  const plain = e.inParens || e.type === 'Identifier' || e.type === 'MemberExpression' ||
    e.type === 'IndexExpression' || e.type === 'CallExpression' || e.type === 'StringCallExpression' ||
    e.type === 'TableCallExpression';
  return plain ? printExpr(e) : `(${printExpr(e)})`;
}

function exprInner(e: Expr): string {
  switch (e.type) {
    case 'Identifier': return e.name;
    case 'NumericLiteral': return e.raw || String(e.value);
    case 'StringLiteral': return quote(e.value);
    case 'BooleanLiteral': return e.value ? 'true' : 'false';
    case 'NilLiteral': return 'nil';
    case 'VarargLiteral': return '...';
    case 'FunctionDeclaration': {
      const d = curDepth;
      const text = `function(${params(e)})${body(e.body, d)}end`;
      curDepth = d;
      return text;
    }
    case 'TableConstructorExpression':
      return '{' + e.fields.map((f) => {
        if (f.type === 'TableValue') return printExpr(f.value);
        if (f.type === 'TableKeyString') return `${f.key.name} = ${printExpr(f.value)}`;
        return `[${printExpr(f.key)}] = ${printExpr(f.value)}`;
      }).join(', ') + '}';
    case 'BinaryExpression': case 'LogicalExpression': {
      const p = PREC[e.operator]!;
      const ra = RIGHT_ASSOC.has(e.operator);
      const l = prec(e.left as Expr), r = prec(e.right as Expr);
      const ls = l < p || (l === p && ra) ? `(${printExpr(e.left)})` : printExpr(e.left);
      const rs = r < p || (r === p && !ra) ? `(${printExpr(e.right)})` : printExpr(e.right);
      return `${ls} ${e.operator} ${rs}`;
    }
    case 'UnaryExpression': {
      const a = e.argument as Expr;
      let s = prec(a) < UNARY_PREC ? `(${printExpr(a)})` : printExpr(a);
      if (e.operator === 'not') return `not ${s}`;
      if (e.operator === '-' && s.startsWith('-')) s = `(${s})`; // "--" would start a comment
      return `${e.operator}${s}`;
    }
    case 'MemberExpression': return `${prefix(e.base)}${e.indexer}${e.identifier.name}`;
    case 'IndexExpression': return `${prefix(e.base)}[${printExpr(e.index)}]`;
    case 'CallExpression': return `${prefix(e.base)}(${list(e.arguments)})`;
    case 'StringCallExpression': return `${prefix(e.base)}(${printExpr(e.argument)})`;
    case 'TableCallExpression': return `${prefix(e.base)}(${printExpr(e.arguments)})`;
    default: throw new Error(`printer: expression ${(e as Expr).type} is not Lua 5.1`);
  }
}

/** A Lua string literal for a byte string; bytes outside printable ASCII as \ddd (three digits, unambiguous). */
export function quote(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c < 0x20 || c > 0x7e) out += '\\' + String(c).padStart(3, '0');
    else out += s[i];
  }
  return out + '"';
}
