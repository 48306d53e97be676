// The C library's math functions, called through koffi: LuaJIT's interpreter calls glibc's pow, sin,
// exp, log... and V8's own implementations differ from them in the last bit on up to ~17% of inputs
// (Math.atan2), which shows up as checksum differences. sqrt, floor, ceil and fmod agree already.
import koffi from 'koffi';

const libm = koffi.load('libm.so.6');
const fn1 = (name: string): ((x: number) => number) => libm.func(`double ${name}(double)`) as (x: number) => number;
const fn2 = (name: string): ((x: number, y: number) => number) =>
  libm.func(`double ${name}(double, double)`) as (x: number, y: number) => number;

export const pow = fn2('pow');
export const atan2 = fn2('atan2');
export const exp = fn1('exp');
export const log = fn1('log');
export const log2 = fn1('log2');
export const log10 = fn1('log10');
export const sin = fn1('sin');
export const cos = fn1('cos');
export const tan = fn1('tan');
export const asin = fn1('asin');
export const acos = fn1('acos');
export const atan = fn1('atan');
export const sinh = fn1('sinh');
export const cosh = fn1('cosh');
export const tanh = fn1('tanh');
