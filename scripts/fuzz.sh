#!/usr/bin/env bash
# Fuzz factdiff for a bounded time: reading (every format), extraction, checks and every printer, through
# Fuzz/FactDiffFuzzing/FuzzHarness.swift. See Docs/Security.md.
#
#   scripts/fuzz.sh [seconds]          # default 600
#   scripts/fuzz.sh --replay FILE...   # run inputs once (a crash file from .fuzz/, say) and exit
#
# Builds the libFuzzer target with AddressSanitizer into .build-fuzz (FUZZ_CONFIG=release for a faster, less
# checked build), seeds .fuzz/corpus from Samples/, Tests/Cases, Tests/Fixtures and the crash inputs kept in
# Tests/FactDiffHostileTests/Inputs/fuzz-crashes, and runs. A crash, timeout (FUZZ_TIMEOUT seconds per input,
# default 30) or out-of-memory input is written to .fuzz/ (crash-*, timeout-*, oom-*) and the exit status is
# non-zero. FUZZ_FORK=2 runs two fuzzing processes. Extra libFuzzer flags go in FUZZ_FLAGS.
#
# A crash found becomes a regression test: copy the file to Tests/FactDiffHostileTests/Inputs/fuzz-crashes/ (any
# name ending in .bin) and FuzzRegressionTests runs it through the same harness in every `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."

replay=0
seconds=600
if [ "${1:-}" = "--replay" ]; then
  replay=1
  shift
elif [ $# -gt 0 ]; then
  seconds="$1"
  shift
fi

config="${FUZZ_CONFIG:-debug}"
scratch=.build-fuzz
product=factdiff-fuzz

echo "== building $product ($config, -sanitize=fuzzer,address) into $scratch" >&2
swift build -c "$config" --scratch-path "$scratch" --product "$product" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFACTDIFF_LIBFUZZER >&2
bin="$scratch/$config/$product"

# libFuzzer's own flags; ASan: leaks are not failures (the harness keeps lexicons for the process's lifetime).
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}"
common=(-timeout="${FUZZ_TIMEOUT:-30}" -rss_limit_mb="${FUZZ_RSS_MB:-4096}" -dict=Fuzz/factdiff.dict)

if [ "$replay" = 1 ]; then
  exec "$bin" "${common[@]}" -runs=1 "$@"
fi

mkdir -p .fuzz/corpus
python3 - <<'EOF'
# Seeds: every report as a one-source input, every folder as a several-source input (scripts/fuzz.sh).
import glob, os, hashlib

FORMATS = {"txt": 0, "md": 1, "html": 2, "htm": 2, "jsonl": 3}

def join(parts):
    selector, body = 0, b""
    for k, (fmt, data) in enumerate(parts[:4]):
        selector |= fmt << (2 * k)
        body += (b"\x1e" if k else b"") + data.replace(b"\x1e", b"")
    return bytes([selector]) + body

def save(data):
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(".fuzz/corpus", "seed-" + name), "wb") as f:
        f.write(data)

folders = sorted(glob.glob("Samples/*/") + glob.glob("Tests/Cases/*/reports/") + glob.glob("Tests/Fixtures/*/"))
for folder in folders:
    parts = []
    for path in sorted(glob.glob(folder + "*")):
        ext = path.rsplit(".", 1)[-1].lower()
        if ext not in FORMATS or os.path.basename(path).lower().startswith("readme"):
            continue
        data = open(path, "rb").read()
        parts.append((FORMATS[ext], data))
        save(join([(FORMATS[ext], data)]))
    if len(parts) > 1:
        save(join(parts))
for path in sorted(glob.glob("Tests/FactDiffHostileTests/Inputs/fuzz-crashes/*.bin")):
    save(open(path, "rb").read())
EOF

echo "== fuzzing for $seconds s; crashes go to .fuzz/" >&2
fork=()
if [ -n "${FUZZ_FORK:-}" ]; then fork=(-fork="$FUZZ_FORK" -ignore_crashes=0); fi
# shellcheck disable=SC2086
"$bin" "${common[@]}" "${fork[@]}" -max_total_time="$seconds" -max_len="${FUZZ_MAX_LEN:-65536}" \
  -artifact_prefix=.fuzz/ -print_final_stats=1 ${FUZZ_FLAGS:-} .fuzz/corpus
