// Number to string as LuaJIT prints it: "%.14g", with inf/-inf/nan spelled LuaJIT's way. (lj_strfmt_num.c)

/** tostring() of a number. */
export function fmtNum(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return 1 / x < 0 ? '-0' : '0';
  if (Number.isInteger(x) && Math.abs(x) < 1e14) return String(x);
  return fmtG(x, 14);
}

/** C's %.{p}g for finite non-zero x, rounding ties away from zero as LuaJIT's formatter does. */
export function fmtG(x: number, p: number): string {
  if (p === 0) p = 1;
  const ex = x.toExponential(p - 1);
  const ePos = ex.indexOf('e');
  const e = parseInt(ex.slice(ePos + 1), 10);
  if (e < -4 || e >= p) {
    let mant = ex.slice(0, ePos);
    if (mant.indexOf('.') >= 0) mant = mant.replace(/0+$/, '').replace(/\.$/, '');
    const ae = Math.abs(e);
    return `${mant}e${e < 0 ? '-' : '+'}${ae < 10 ? '0' : ''}${ae}`;
  }
  let f = x.toFixed(Math.max(0, p - 1 - e));
  if (f.indexOf('.') >= 0) f = f.replace(/0+$/, '').replace(/\.$/, '');
  return f;
}
