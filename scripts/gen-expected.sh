#!/usr/bin/env bash
# Regenerate X.expected beside every X.lua in test/conformance and test/errors from the reference (luajit -joff).
# Format: the program's stdout; if luajit exits non-zero, a final line "ERROR: <first stderr line minus 'luajit: '>",
# or "EXIT: <status>" when stderr is empty (os.exit), preceded by a newline when stdout does not end in one. test/conformance/suite.ts builds the same text.
# Usage: scripts/gen-expected.sh [--check] [FILE.lua...]   --check also runs lua5.1 and a second luajit run, and reports
#        programs whose output differs (reference vs PUC Lua) or is not deterministic; it writes nothing.
set -u
cd "$(dirname "$0")/.."
LUAJIT=${LUAJIT:-luajit}
LUA51=${LUA51:-lua5.1}
check=0
if [ "${1:-}" = "--check" ]; then check=1; shift; fi
# Optional file arguments restrict the run to those programs.
files=("$@")
if [ ${#files[@]} -eq 0 ]; then files=(test/conformance/*.lua test/errors/*.lua); fi

# run_one INTERP FILE -> prints the .expected text for FILE (run from its folder)
run_one() {
  local interp=$1 file=$2 out err rc first
  err=$(mktemp)
  out=$(mktemp)
  if [ "$interp" = "$LUAJIT" ]; then
    "$LUAJIT" -joff "$file" >"$out" 2>"$err"; rc=$?
  else
    "$interp" "$file" >"$out" 2>"$err"; rc=$?
  fi
  cat "$out"
  if [ $rc -ne 0 ]; then
    if [ -s "$out" ] && [ "$(tail -c1 "$out" | od -An -c | tr -d ' ')" != '\n' ]; then printf '\n'; fi
    if [ -s "$err" ]; then
      first=$(head -n1 "$err")
      first=${first#"$(basename "$interp"): "}
      printf 'ERROR: %s\n' "$first"
    else
      printf 'EXIT: %d\n' "$rc"   # os.exit(n) with nothing on stderr
    fi
  fi
  rm -f "$out" "$err"
}

total=0; differ=0; nondet=0
tmpd=$(mktemp -d)
trap 'rm -rf "$tmpd"' EXIT
for f in "${files[@]}"; do
    [ -e "$f" ] || continue
    dir=$(dirname "$f")
    base=$(basename "$f" .lua)
    total=$((total + 1))
    if [ $check -eq 0 ]; then
      (cd "$dir" && run_one "$LUAJIT" "$base.lua") >"$dir/$base.expected"
    else
      # Compare through files: command substitution would drop NUL bytes.
      (cd "$dir" && run_one "$LUAJIT" "$base.lua") >"$tmpd/a"
      (cd "$dir" && run_one "$LUAJIT" "$base.lua") >"$tmpd/b"
      (cd "$dir" && run_one "$LUA51" "$base.lua") >"$tmpd/c"
      if ! cmp -s "$tmpd/a" "$tmpd/b"; then echo "NONDETERMINISTIC: $f"; nondet=$((nondet + 1)); fi
      if ! cmp -s "$tmpd/a" "$tmpd/c"; then echo "DIFFERS from lua5.1: $f"; differ=$((differ + 1)); fi
    fi
done
if [ $check -eq 0 ]; then
  echo "gen-expected: wrote $total .expected files"
else
  echo "gen-expected --check: $total programs, $differ differ from lua5.1, $nondet nondeterministic"
fi
