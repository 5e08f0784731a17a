#!/usr/bin/env bash
# Offline smoke test of packaging: builds the app, then runs electron-builder --dir against a
# STUB Electron distribution (the real Electron zip cannot be downloaded here), and checks that
# the asar holds the main process, the bundled preload and the renderer, and that the sample
# archive sources ship beside it. Proves the `files`/`extraResources` globs of electron.config.ts.
# The stub carries a fuse wire in Electron's format (the @electron/fuses sentinel, version 1, eight
# fuses at Electron's defaults), so electron-builder really flips the `electronFuses` of the config in
# the packaged executable, and scripts/check-fuses.ts reads them back.
set -euo pipefail
cd "$(dirname "$0")/.."
start_ms=$(( $(date +%s%N) / 1000000 ))

npm run --silent build:renderer
npx tsc -p src-main/tsconfig.json
node scripts/build-preload.js

electron_version=$(node -p "require('./node_modules/electron/package.json').version")
stub=$(mktemp -d "${TMPDIR:-/tmp}/vraagbaak-electron-stub.XXXXXX")
trap 'rm -rf "$stub"' EXIT
printf '#!/bin/sh\necho "stub electron: not runnable" >&2\nexit 1\n' > "$stub/electron"
# fuse wire: sentinel, version 1, length 8, then RunAsNode..GrantFileProtocolExtraPrivileges as in Electron
printf '# dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX\x01\x0810110001\n' >> "$stub/electron"
chmod +x "$stub/electron"
printf 'v%s' "$electron_version" > "$stub/version"
echo "Stub of the Electron distribution for an offline packaging check." > "$stub/LICENSE"

rm -rf release/linux-unpacked
npx electron-builder --config electron.config.ts --linux --dir -c.electronDist="$stub"

out=release/linux-unpacked/resources
fail() { echo "package-check: $1" >&2; exit 1; }
[ -f "$out/app.asar" ] || fail "missing $out/app.asar"
[ -d "$out/data/samples" ] || fail "missing $out/data/samples"
ls "$out/data/samples"/* >/dev/null 2>&1 || fail "$out/data/samples is empty"
listing=$(npx asar list "$out/app.asar")
for entry in /package.json /dist-main/electron/main.js /dist-main/electron/preload.cjs /dist-renderer/index.html /node_modules/lowdb/package.json; do
  grep -qx "$entry" <<<"$listing" || fail "app.asar lacks $entry"
done
if grep -qE '\.(map|test\.js)$|^/src-main/|^/node_modules/tsx/' <<<"$listing"; then
  fail "app.asar contains files it should not (source maps, tests, sources or tsx)"
fi
npx tsx scripts/check-fuses.ts release/linux-unpacked/vraagbaak || fail "the packaged executable lacks the fuses of electron.config.ts"

asar_kb=$(( $(stat -c %s "$out/app.asar") / 1024 ))
elapsed_ms=$(( $(date +%s%N) / 1000000 - start_ms ))
echo "package-check: ok — app.asar ${asar_kb} KiB, $(wc -l <<<"$listing") entries, in ${elapsed_ms} ms"
