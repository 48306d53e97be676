#!/usr/bin/env bash
# Regenerate the golden listings in test/golden from the reference luajit:
#   <name>.bl     `luajit -bl <name>.lua` (run inside test/golden, so chunkname is "@<name>.lua")
#   <name>.lines  per-function "firstline-lastline" then the source line of every bytecode
#   bench/<name>.bl for the shared benchmark programs
# and test/frontend/syntax-expected.json: luajit's message for each malformed program in
# test/frontend/syntax-cases.json.
set -euo pipefail
cd "$(dirname "$0")/../test/golden"

LINES_LUA='
local jutil = require("jit.util")
local function dump(f)
  local fi = jutil.funcinfo(f)
  if fi.children then
    for n = -1, -1000000, -1 do
      local k = jutil.funck(f, n)
      if not k then break end
      if type(k) == "proto" then dump(k) end
    end
  end
  io.write(fi.linedefined, "-", fi.lastlinedefined, ":")
  for pc = 1, 1000000 do
    if not jutil.funcbc(f, pc) then break end
    io.write(" ", jutil.funcinfo(f, pc).currentline)
  end
  io.write("\n")
end
dump(assert(loadfile(os.getenv("GOLDEN_FILE"))))
'

for f in *.lua; do
  base="${f%.lua}"
  luajit -bl "$f" > "$base.bl"
  GOLDEN_FILE="$f" luajit -e "$LINES_LUA" > "$base.lines"
done

# The shared benchmark programs (../shared/bench beside the repository) as test/golden/bench/*.bl.
BENCH=../../../shared/bench
if [ -d "$BENCH" ]; then
  mkdir -p bench
  for f in "$BENCH"/*.lua; do
    name="$(basename "$f" .lua)"
    (cd "$BENCH" && luajit -bl "$name.lua") > "bench/$name.bl"
  done
fi

cd ../frontend
# Each case goes to luajit on stdin as bytes; its loadstring message (or "OK") is recorded.
node --input-type=module -e '
import { readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
const cases = JSON.parse(readFileSync("syntax-cases.json", "latin1"));
const probe = "local f, e = loadstring(io.read(\"*a\"), \"@t.lua\") io.write(e or \"OK\")";
const out = cases.map((src) =>
  execFileSync("luajit", ["-e", probe], { input: Buffer.from(src, "latin1") }).toString("latin1"));
writeFileSync("syntax-expected.json", Buffer.from(JSON.stringify(out, null, 2) + "\n", "latin1"));
'
echo "golden files regenerated"
