#!/usr/bin/env bash
# The consumer test (CI): pack every package, install the tarballs with npm into a fresh project outside the
# workspace exactly as the vendors' guide says (the guide's `npm i` lines, with each @juki/* name replaced by
# its tarball; `effect@4` is the newest effect 4.x the registry serves), compile a strict program under
# moduleResolution nodenext and bundler, run it, require() every package from CommonJS, and fail if the
# installed tree holds more than one effect. Run after `pnpm build`.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PNPM="npx -y pnpm@10.34.9"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/juki-consumer.XXXXXX")"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/tarballs" "$WORK/app"

echo "-- pack"
(cd "$ROOT" && $PNPM -r --filter './packages/*' --filter ./conformance pack --pack-destination "$WORK/tarballs" >/dev/null)
node "$ROOT/scripts/check-packed.mjs" "$WORK/tarballs"

tarball() { # @juki/core -> its tarball
  local f; f="$(ls "$WORK/tarballs" | grep -E "^juki-${1#@juki/}-[0-9]" | head -1)"
  [ -n "$f" ] || { echo "no tarball for $1" >&2; exit 1; }
  echo "$WORK/tarballs/$f"
}

echo "-- install (the vendors' guide's lines)"
mapfile -t LINES < <(grep -E '^npm i @juki/' "$ROOT/docs/guides/vendors.en.md")
[ "${#LINES[@]}" -ge 1 ] || { echo "no install line in docs/guides/vendors.en.md"; exit 1; }
cd "$WORK/app"
printf '{ "name": "juki-consumer", "private": true, "type": "module" }\n' > package.json
cp "$ROOT"/scripts/consumer/* .
for line in "${LINES[@]}"; do
  echo "\$ $line"
  args=()
  for tok in ${line#npm i }; do
    case "$tok" in @juki/*) args+=("$(tarball "$tok")") ;; *) args+=("$tok") ;; esac
  done
  npm i --no-audit --no-fund --loglevel=error "${args[@]}"
done
# the consumer's own tools (not part of the guide's line)
npm i --no-audit --no-fund --loglevel=error -D typescript@5.9 @types/node@20

echo "-- one effect"
copies="$(find node_modules -type f -path '*/effect/package.json' -not -path '*/effect/*/*' | xargs -r grep -l '"name": "effect"' || true)"
count="$(printf '%s\n' "$copies" | grep -c . || true)"
echo "effect copies: $count ($(node -p 'require("effect/package.json").version'))"
[ "$count" -eq 1 ] || { printf '%s\n' "$copies"; echo "more than one effect in the tree"; exit 1; }

echo "-- tsc --strict (nodenext)"
npx tsc -p tsconfig.nodenext.json
echo "-- tsc --strict (bundler)"
npx tsc -p tsconfig.bundler.json
echo "-- run"
node dist/main.js
echo "-- require() from CommonJS"
node require.cjs
echo "consumer test passed"
