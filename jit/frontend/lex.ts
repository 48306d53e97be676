// Lexical analyser: tokens, number scanning, LuaJIT-shaped syntax errors. (lj_lex.c, lj_strscan.c)
// Source text is a byte string (one JS char per byte); the lexer works on char codes.
import { strscan } from '../vm/strscan.js';

/** A syntax error whose message is exactly the text Lua would report. */
export class LuaSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LuaSyntaxError';
  }
}

// -- Tokens ----------------------------------------------------------------

/** Multi-char tokens; single-char tokens are their char code (< TK.OFS). Order as lj_lex.h. */
export const enum TK {
  OFS = 256,
  and, break_, do_, else_, elseif, end, false_, for_, function_, goto, if_, in_, local,
  nil, not, or, repeat, return_, then, true_, until, while_,
  concat, dots, eq, ge, le, ne, label, number, name, string, eof,
}

const TOKEN_NAMES = [
  'and', 'break', 'do', 'else', 'elseif', 'end', 'false', 'for', 'function', 'goto', 'if', 'in',
  'local', 'nil', 'not', 'or', 'repeat', 'return', 'then', 'true', 'until', 'while',
  '..', '...', '==', '>=', '<=', '~=', '::', '<number>', '<name>', '<string>', '<eof>',
];
const RESERVED_COUNT = TK.while_ - TK.OFS;
const RESERVED = new Map<string, number>(
  TOKEN_NAMES.slice(0, RESERVED_COUNT).map((w, i) => [w, TK.OFS + 1 + i]),
);

const EOF_CHAR = -1;
const CH = (s: string): number => s.charCodeAt(0);

// Character classes as lj_char.c (C locale; bytes >= 0x80 count as identifier chars).
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isXDigit = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isIdentChar = (c: number): boolean => isAlpha(c) || isDigit(c) || c === 95 || c >= 128;
const isSpace = (c: number): boolean => (c >= 9 && c <= 13) || c === 32;
const isEOL = (c: number): boolean => c === 10 || c === 13;
export const isCntrl = (c: number): boolean => (c >= 0 && c < 32) || c === 127;

/** Lua's luaO_chunkid as LuaJIT does it (lj_debug_shortname), for "name:line:" prefixes. */
export function chunkid(chunkname: string): string {
  const IDSIZE = 60;
  if (chunkname.startsWith('=')) return chunkname.slice(1, IDSIZE);
  if (chunkname.startsWith('@')) {
    const file = chunkname.slice(1);
    return file.length >= IDSIZE ? '...' + file.slice(file.length - (IDSIZE - 4)) : file;
  }
  let len = 0;
  while (len < IDSIZE - 12 && len < chunkname.length && chunkname.charCodeAt(len) >= 32) len++;
  if (len < chunkname.length) {
    return '[string "' + chunkname.slice(0, Math.min(len, IDSIZE - 15)) + '..."]';
  }
  return '[string "' + chunkname + '"]';
}

// -- Lexer state -------------------------------------------------------------

/** One token: its kind and value (string for names/strings, number for numbers). */
export interface Token {
  tok: number;
  val: string | number;
}

export class Lexer {
  private p = 0;
  private c = EOF_CHAR;
  /** Bytes of the token being scanned, as LuaJIT's save buffer (used in "near" texts). */
  private sb = '';
  linenumber = 1;
  lastline = 1;
  tok = 0;
  tokval: string | number = '';
  private lookaheadTok = TK.eof as number;
  private lookaheadVal: string | number = '';
  readonly chunkid: string;

  constructor(private readonly src: string, readonly chunkname: string) {
    this.chunkid = chunkid(chunkname);
    this.nextChar();
    // Skip a UTF-8 BOM and a "#!" first line, as lj_lex_setup does.
    if (this.c === 0xef && src.charCodeAt(1) === 0xbb && src.charCodeAt(2) === 0xbf) {
      this.p = 3;
      this.nextChar();
    }
    if (this.c === CH('#')) {
      do {
        this.nextChar();
        if (this.c === EOF_CHAR) return;
      } while (!isEOL(this.c));
      this.newline();
    }
  }

  // -- Errors ----------------------------------------------------------------

  /** Throw "chunk:line: msg near 'tok'"; tok 0 leaves out the "near" part. */
  error(tok: number, msg: string): never {
    let near: string | undefined;
    if (tok === 0) near = undefined;
    else if (tok === TK.name || tok === TK.string || tok === TK.number) near = this.sb;
    else near = tokenToString(tok);
    let text = `${this.chunkid}:${this.linenumber}: ${msg}`;
    if (near !== undefined) text += ` near '${near}'`;
    throw new LuaSyntaxError(text);
  }

  /** Error at the current token. */
  syntaxError(msg: string): never {
    return this.error(this.tok, msg);
  }

  // -- Characters -------------------------------------------------------------

  private nextChar(): number {
    this.c = this.p < this.src.length ? this.src.charCodeAt(this.p++) : EOF_CHAR;
    return this.c;
  }

  private saveNext(): number {
    this.sb += String.fromCharCode(this.c);
    return this.nextChar();
  }

  private save(c: number): void {
    this.sb += String.fromCharCode(c);
  }

  private newline(): void {
    const old = this.c;
    this.nextChar();
    if (isEOL(this.c) && this.c !== old) this.nextChar();
    this.linenumber++;
  }

  // -- Scanners ---------------------------------------------------------------

  private number(): number {
    let c = this.c;
    let xp = CH('e');
    if (c === CH('0') && (this.saveNext() | 0x20) === CH('x')) xp = CH('p');
    while (isIdentChar(this.c) || this.c === CH('.') ||
           ((this.c === CH('-') || this.c === CH('+')) && (c | 0x20) === xp)) {
      c = this.c;
      this.saveNext();
    }
    const v = strscan(this.sb);
    if (v === undefined) this.error(TK.number, 'malformed number');
    return v;
  }

  /** Count '=' in a long bracket; returns count, or -count-1 if not a bracket. */
  private skipEq(): number {
    let count = 0;
    const s = this.c;
    while (this.saveNext() === CH('=')) count++;
    return this.c === s ? count : -count - 1;
  }

  private longString(isString: boolean, sep: number): string {
    this.saveNext();
    if (isEOL(this.c)) this.newline();
    for (;;) {
      if (this.c === EOF_CHAR) {
        this.error(TK.eof, isString ? 'unfinished long string' : 'unfinished long comment');
      } else if (this.c === CH(']')) {
        if (this.skipEq() === sep) {
          this.saveNext();
          break;
        }
      } else if (isEOL(this.c)) {
        this.save(10);
        this.newline();
        if (!isString) this.sb = '';
      } else {
        this.saveNext();
      }
    }
    return isString ? this.sb.slice(2 + sep, this.sb.length - (2 + sep)) : '';
  }

  private badEscape(): never {
    return this.error(TK.string, 'invalid escape sequence');
  }

  private string(): string {
    const delim = this.c;
    this.saveNext();
    while (this.c !== delim) {
      if (this.c === EOF_CHAR) this.error(TK.eof, 'unfinished string');
      if (isEOL(this.c)) this.error(TK.string, 'unfinished string');
      if (this.c !== CH('\\')) {
        this.saveNext();
        continue;
      }
      let c = this.nextChar();
      switch (c) {
        case CH('a'): c = 7; break;
        case CH('b'): c = 8; break;
        case CH('f'): c = 12; break;
        case CH('n'): c = 10; break;
        case CH('r'): c = 13; break;
        case CH('t'): c = 9; break;
        case CH('v'): c = 11; break;
        case CH('x'): {
          let v = 0;
          for (let i = 0; i < 2; i++) {
            const h = this.nextChar();
            if (!isXDigit(h)) this.badEscape();
            v = v * 16 + parseInt(String.fromCharCode(h), 16);
          }
          c = v;
          break;
        }
        case CH('u'): {
          if (this.nextChar() !== CH('{')) this.badEscape();
          this.nextChar();
          let v = 0;
          do {
            if (!isXDigit(this.c)) this.badEscape();
            v = v * 16 + parseInt(String.fromCharCode(this.c), 16);
            if (v >= 0x110000) this.badEscape();
          } while (this.nextChar() !== CH('}'));
          // UTF-8 encode; the last byte is saved by the common tail below.
          if (v < 0x80) { c = v; break; }
          if (v < 0x800) {
            this.save(0xc0 | (v >> 6));
          } else {
            if (v >= 0x10000) {
              this.save(0xf0 | (v >> 18));
              this.save(0x80 | ((v >> 12) & 0x3f));
            } else {
              if (v >= 0xd800 && v < 0xe000) this.badEscape();
              this.save(0xe0 | (v >> 12));
            }
            this.save(0x80 | ((v >> 6) & 0x3f));
          }
          c = 0x80 | (v & 0x3f);
          break;
        }
        case CH('z'):
          this.nextChar();
          while (isSpace(this.c)) {
            if (isEOL(this.c)) this.newline(); else this.nextChar();
          }
          continue;
        case 10: case 13:
          this.save(10);
          this.newline();
          continue;
        case CH('\\'): case CH('"'): case CH('\''):
          break;
        case EOF_CHAR:
          continue;
        default: {
          if (!isDigit(c)) this.badEscape();
          let v = c - 48;
          if (isDigit(this.nextChar())) {
            v = v * 10 + (this.c - 48);
            if (isDigit(this.nextChar())) {
              v = v * 10 + (this.c - 48);
              if (v > 255) this.badEscape();
              this.nextChar();
            }
          }
          this.save(v);
          continue;
        }
      }
      this.save(c);
      this.nextChar();
    }
    this.saveNext();
    return this.sb.slice(1, this.sb.length - 1);
  }

  private scan(): Token {
    this.sb = '';
    for (;;) {
      const c = this.c;
      if (c !== EOF_CHAR && isIdentChar(c)) {
        if (isDigit(c)) return { tok: TK.number, val: this.number() };
        do this.saveNext(); while (this.c !== EOF_CHAR && isIdentChar(this.c));
        const r = RESERVED.get(this.sb);
        return { tok: r ?? TK.name, val: this.sb };
      }
      switch (c) {
        case 10: case 13:
          this.newline();
          continue;
        case 32: case 9: case 11: case 12:
          this.nextChar();
          continue;
        case CH('-'):
          this.nextChar();
          if (this.c !== CH('-')) return { tok: c, val: '' };
          this.nextChar();
          if (this.c === CH('[')) {
            const sep = this.skipEq();
            this.sb = '';
            if (sep >= 0) {
              this.longString(false, sep);
              this.sb = '';
              continue;
            }
          }
          while (!isEOL(this.c) && this.c !== EOF_CHAR) this.nextChar();
          continue;
        case CH('['): {
          const sep = this.skipEq();
          if (sep >= 0) return { tok: TK.string, val: this.longString(true, sep) };
          if (sep === -1) return { tok: c, val: '' };
          this.error(TK.string, 'invalid long string delimiter');
        }
        // eslint-disable-next-line no-fallthrough
        case CH('='): return this.twoChar(c, TK.eq);
        case CH('<'): return this.twoChar(c, TK.le);
        case CH('>'): return this.twoChar(c, TK.ge);
        case CH('~'): return this.twoChar(c, TK.ne);
        case CH(':'): {
          this.nextChar();
          if (this.c !== CH(':')) return { tok: c, val: '' };
          this.nextChar();
          return { tok: TK.label, val: '' };
        }
        case CH('"'): case CH('\''):
          return { tok: TK.string, val: this.string() };
        case CH('.'):
          if (this.saveNext() === CH('.')) {
            this.nextChar();
            if (this.c === CH('.')) {
              this.nextChar();
              return { tok: TK.dots, val: '' };
            }
            return { tok: TK.concat, val: '' };
          } else if (!isDigit(this.c)) {
            return { tok: c, val: '' };
          }
          return { tok: TK.number, val: this.number() };
        case EOF_CHAR:
          return { tok: TK.eof, val: '' };
        default:
          this.nextChar();
          return { tok: c, val: '' };
      }
    }
  }

  private twoChar(c: number, tk: TK): Token {
    this.nextChar();
    if (this.c !== CH('=')) return { tok: c, val: '' };
    this.nextChar();
    return { tok: tk, val: '' };
  }

  // -- Token API --------------------------------------------------------------

  next(): void {
    this.lastline = this.linenumber;
    if (this.lookaheadTok === TK.eof) {
      const t = this.scan();
      this.tok = t.tok;
      this.tokval = t.val;
    } else {
      this.tok = this.lookaheadTok;
      this.tokval = this.lookaheadVal;
      this.lookaheadTok = TK.eof;
    }
  }

  lookahead(): number {
    const t = this.scan();
    this.lookaheadTok = t.tok;
    this.lookaheadVal = t.val;
    return t.tok;
  }
}

/** Token as shown in messages: keywords and symbols verbatim, control chars as char(N). */
export function tokenToString(tok: number): string {
  if (tok > TK.OFS) return TOKEN_NAMES[tok - TK.OFS - 1];
  if (!isCntrl(tok)) return String.fromCharCode(tok);
  return `char(${tok})`;
}
