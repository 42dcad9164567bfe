#!/usr/bin/env bash
# Runs every test of Kechuang on a fresh clone: unit and architecture tests, the API integration suite on
# SQLite and on a real PostgreSQL server (started by the tests from the installed binaries), and the browser
# tests in Debian's Chromium. Installs what the tests need from Debian packages when missing.
# Ends with one line: "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")"

missing=()
for pkg in postgresql chromium fonts-noto-cjk; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "== installing ${missing[*]}"
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null || { echo "0 passed, 1 failed"; exit 1; }
fi

fail() { echo "$1"; echo "0 passed, 1 failed"; exit 1; }

echo "== build (warnings are errors)"
dotnet tool restore >/dev/null || fail "dotnet tool restore failed"
dotnet build Kechuang.slnx -nologo -v q || fail "build failed"

echo "== code style (dotnet format --verify-no-changes)"
dotnet format Kechuang.slnx --verify-no-changes --no-restore || fail "code style differs from .editorconfig: run 'dotnet format Kechuang.slnx'"

echo "== migrations match the model (both providers)"
for context in SqliteAppDbContext PostgresAppDbContext; do
  dotnet ef migrations has-pending-model-changes -p src/Kechuang.Web -c "$context" --no-build >/dev/null \
    || fail "$context has model changes without a migration: add one with 'dotnet ef migrations add <Name> -c $context -o Migrations/${context%AppDbContext}'"
done

echo "== tests"
log=$(mktemp)
dotnet test --solution Kechuang.slnx --no-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# The platform prints one summary per run; take the totals of the last one.
total=$(grep -E '^\s*total:' "$log" | tail -1 | grep -oE '[0-9]+')
failed=$(grep -E '^\s*failed:' "$log" | tail -1 | grep -oE '[0-9]+')
passed=$(grep -E '^\s*succeeded:' "$log" | tail -1 | grep -oE '[0-9]+')
skipped=$(grep -E '^\s*skipped:' "$log" | tail -1 | grep -oE '[0-9]+')
rm -f "$log"
if [ -z "${total:-}" ]; then
  echo "0 passed, 1 failed"
  exit 1
fi
if [ "$status" != 0 ] && [ "${failed:-0}" = 0 ]; then failed=1; fi
line="${passed:-0} passed, ${failed:-0} failed"
[ "${skipped:-0}" != 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$status" = 0 ]
