// String to number conversion as LuaJIT's lexer and tonumber() accept it. (lj_strscan.c)

/** Parse a Lua numeric string (decimal, hex integer or hex float, inf/nan, surrounding whitespace); undefined if it is not one. */
export function strToNum(s: string): number | undefined {
  const [i0, n] = trimmed(s);
  let i = i0;
  if (i >= n) return undefined;
  let neg = false;
  const c = s.charCodeAt(i);
  if (c === 45 /* - */ || c === 43 /* + */) { neg = c === 45; i++; }
  if (i >= n) return undefined;
  let v: number;
  const word = s.slice(i, n).toLowerCase();
  if (word === 'inf' || word === 'infinity') return neg ? -Infinity : Infinity;
  if (word === 'nan') return NaN;
  if (s.charCodeAt(i) === 48 && (s.charCodeAt(i + 1) | 32) === 120 /* 0x */) {
    const h = hexNum(s, i + 2, n);
    if (h !== h) return undefined;
    v = h;
  } else {
    const body = s.slice(i, n);
    if (!/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body)) return undefined;
    v = Number(body);
  }
  return neg ? -v : v;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Bounds [start, end) of s without leading and trailing whitespace. */
function trimmed(s: string): [number, number] {
  let i = 0, n = s.length;
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  while (n > i && isSpace(s.charCodeAt(n - 1))) n--;
  return [i, n];
}

function hexNum(s: string, i: number, n: number): number {
  let m = 0, any = false, exp = 0, dot = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const d = c >= 48 && c <= 57 ? c - 48 : (c | 32) >= 97 && (c | 32) <= 102 ? (c | 32) - 87 : -1;
    if (d >= 0) {
      m = m * 16 + d;
      if (dot) exp -= 4;
      any = true;
    } else if (c === 46 && !dot) {
      dot = true;
    } else break;
  }
  if (!any) return NaN;
  if (i < n && (s.charCodeAt(i) | 32) === 112 /* p */) {
    const m2 = /^[+-]?\d+$/.exec(s.slice(i + 1, n));
    if (!m2) return NaN;
    exp += parseInt(m2[0], 10);
    i = n;
  }
  if (i !== n) return NaN;
  return m * Math.pow(2, exp);
}

/** tonumber(s, base) for bases 2..36: integer digits only; undefined if not a number. */
export function strToNumBase(s: string, base: number): number | undefined {
  const [b, e] = trimmed(s);
  const t = s.slice(b, e);
  let i = 0, neg = false;
  if (t[0] === '-') { neg = true; i++; }
  if (base === 16 && t[i] === '0' && (t[i + 1] === 'x' || t[i + 1] === 'X')) i += 2;
  if (i >= t.length) return undefined;
  let v = 0;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i) | 0;
    const lc = c | 32;
    const d = c >= 48 && c <= 57 ? c - 48 : lc >= 97 && lc <= 122 ? lc - 87 : 99;
    if (d >= base) return undefined;
    v = v * base + d;
  }
  return neg ? -v : v;
}
