#!/usr/bin/env bash
# Mutation testing of the engine with Stryker.NET (dotnet-stryker, a local tool in .config/dotnet-tools.json).
# Not run by CI: one namespace takes tens of minutes on two cores. Usage:
#   tests/ParIndex.Mutation/run.sh [rules|scoring|rankings|survey-statistics]...   (default: all four, one after another)
# Each run writes its report to tests/ParIndex.Mutation/StrykerOutput/<namespace>/ (reports/mutation-report.html and .json).
# Settings shared by every run (coverage-based test selection, target framework, thresholds) are in stryker-config.json.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null

# Globs are relative to src/ParIndex. The survey statistics are the files that turn answers into figures:
# counts, weights, indices, intervals; the survey readers and models are left to the bad-input tests and the fuzzer.
patterns() {
  case "$1" in
    rules) echo "Rules/**/*.cs" ;;
    scoring) echo "Scoring/**/*.cs" ;;
    rankings) echo "Rankings/**/*.cs" ;;
    survey-statistics) echo "Surveys/Statistics.cs Surveys/SurveyTally.cs Surveys/SipasFigures.cs Surveys/SipasCalculator.cs Surveys/SatisfactionProfile.cs Surveys/ItemSatisfaction.cs" ;;
    *) echo "unknown namespace '$1' (rules, scoring, rankings, survey-statistics)" >&2; return 1 ;;
  esac
}

# Each namespace is tested against the test classes that mirror it and the layers that exercise it, rather than all
# of ParIndex.Tests: a mutant in a static initialiser is otherwise run against every test, which made one namespace
# take more than an hour on two cores. PARINDEX_MUTATION_ALL_TESTS=1 runs every test instead (a score at least as high).
filter() {
  local ns
  case "$1" in
    rules) ns="Rules Scoring Methodologies" ;;
    scoring) ns="Scoring Rules Assessments Methodologies" ;; # weighted means are tested with the weights
    rankings) ns="Rankings Scoring" ;;
    survey-statistics) ns="Surveys" ;;
  esac
  local expr=""
  for n in $ns; do expr="${expr:+$expr|}FullyQualifiedName~ParIndex.Tests.$n."; done
  echo "$expr"
}

targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(rules scoring rankings survey-statistics)
for target in "${targets[@]}"; do
  args=()
  for pattern in $(patterns "$target"); do args+=(--mutate "$pattern"); done
  if [ "${PARINDEX_MUTATION_ALL_TESTS:-0}" != 1 ]; then args+=(--test-case-filter "$(filter "$target")"); fi
  out="$here/StrykerOutput/$target"
  mkdir -p "$out"
  echo "== $target: ${args[*]}"
  (cd "$root/tests/ParIndex.Tests" && dotnet stryker --config-file "$here/stryker-config.json" --output "$out" --log-to-file "${args[@]}")
done
