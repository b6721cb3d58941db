#!/usr/bin/env bash
# Fuzzes one reader with afl++ through SharpFuzz: tests/ParIndex.Fuzz/run.sh TARGET SECONDS
#   TARGET   one of: methodology-json reform-plan-json catalogue survey-instruments survey-csv survey-json
#            indicators-csv indicators-json indicators-xlsx assessment-csv area-points-csv results-csv
#            composite-data-csv composite-meta-csv composite-pipeline-json
#   SECONDS  how long afl-fuzz runs (-V)
# Needs afl++ (Debian: apt-get install -y afl++) and the local tool SharpFuzz.CommandLine (dotnet tool restore).
# Publishes the harness to artifacts/fuzz/bin, instruments the ParIndex assemblies there (never the normal build),
# seeds afl-fuzz with tests/ParIndex.Fuzz/corpus/TARGET (and the format's words, dict/TARGET.dict) and writes its
# findings to artifacts/fuzz/TARGET/out. One input may take 1 s of processor time: the harness stops a slower one and
# reports it as a crash (TimeoutException), so that afl-fuzz (-t 3000, a backstop) never kills the in-process fork
# server. The harness's heap is capped at 1 GiB (ParIndex.Fuzz.csproj), so unbounded memory ends in
# OutOfMemoryException, which afl-fuzz records as a crash. Replay a finding on the normal build with
#   dotnet run --project tests/ParIndex.Fuzz -c Release -- run TARGET artifacts/fuzz/TARGET/out/default/crashes/id:…
set -euo pipefail
cd "$(dirname "$0")/../.."

target=${1:?usage: run.sh TARGET SECONDS}
seconds=${2:?usage: run.sh TARGET SECONDS}
seeds=tests/ParIndex.Fuzz/corpus/$target
[[ -d $seeds ]] || { echo "run.sh: no seed corpus $seeds" >&2; exit 2; }
command -v afl-fuzz >/dev/null || { echo "run.sh: afl-fuzz not found (apt-get install -y afl++)" >&2; exit 2; }

work=artifacts/fuzz/$target
bin=artifacts/fuzz/bin
# PARINDEX_FUZZ_NO_BUILD=1 reuses the instrumented harness of the previous run (to fuzz several targets in a row).
if [[ ${PARINDEX_FUZZ_NO_BUILD:-} != 1 || ! -f $bin/ParIndex.Fuzz.dll ]]; then
  rm -rf "$bin"
  dotnet tool restore >/dev/null
  dotnet publish tests/ParIndex.Fuzz -c Release -o "$bin" -p:UseAppHost=false >/dev/null
  for assembly in ParIndex.dll ParIndex.Csv.dll ParIndex.Excel.dll ParIndex.Cli.dll; do
    dotnet tool run sharpfuzz "$bin/$assembly"
  done
fi

export AFL_SKIP_BIN_CHECK=1            # the target is dotnet, not an afl-instrumented binary
export AFL_NO_AFFINITY=1               # the machine is shared: let the scheduler place it
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
export PARINDEX_FUZZ_SEEDS=$PWD/$seeds # the harness warms up on the seeds before the fork server starts
export AFL_FORKSRV_INIT_TMOUT=120000   # the warm-up comes before the fork server's handshake
mkdir -p "$work/out"
# -m none: the CLR reserves far more address space than it uses; memory is bounded by the heap limit instead.
dictionary=()
[[ -f tests/ParIndex.Fuzz/dict/$target.dict ]] && dictionary=(-x "tests/ParIndex.Fuzz/dict/$target.dict")
afl-fuzz -i "$seeds" -o "$work/out" "${dictionary[@]}" -t 3000 -m none -V "$seconds" -- dotnet "$bin/ParIndex.Fuzz.dll" fuzz "$target"
stats=$work/out/default/fuzzer_stats
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs) ' "$stats" || true
