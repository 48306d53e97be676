// Parser adapter: Lua source -> the generator's AST (luaparse), keeping "(f())" truncation parentheses.
import luaparse from 'luaparse';
import type { Chunk, Expr, Node } from './ast.js';

/** Parse Lua 5.1 source (a byte string). Throws luaparse's SyntaxError on bad input. */
export function parseLua(source: string): Chunk {
  const ast = luaparse.parse(source, {
    luaVersion: '5.1', encodingMode: 'pseudo-latin1', ranges: true, comments: false, scope: false, locations: false,
  }) as Chunk;
  markParens(ast, source);
  return ast;
}

// luaparse drops parentheses; they matter only around calls and "..." (they cut a value list to one
// value). A "(" just before such a node opens a group unless it is the argument list of a call
// (then a name, ")", "]" or a quote stands before it).
function markParens(node: unknown, src: string): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) { for (const n of node) markParens(n, src); return; }
  const n = node as Node & { range?: [number, number] };
  if ((n.type === 'CallExpression' || n.type === 'VarargLiteral' || n.type === 'StringCallExpression' ||
       n.type === 'TableCallExpression') && n.range) {
    let a = n.range[0] - 1;
    while (a >= 0 && /\s/.test(src[a]!)) a--;
    let b = n.range[1];
    while (b < src.length && /\s/.test(src[b]!)) b++;
    if (src[a] === '(' && src[b] === ')') {
      let p = a - 1;
      while (p >= 0 && /[ \t]/.test(src[p]!)) p--;
      const before = p >= 0 ? src[p]! : '';
      if (!/[\w)\]"']/.test(before) || /\b(return|and|or|not|in|do|then|else|until|local)$/.test(src.slice(Math.max(0, p - 6), p + 1))) {
        (n as Expr).inParens = true;
      }
    }
  }
  for (const [k, v] of Object.entries(n)) if (k !== 'range') markParens(v, src);
}
