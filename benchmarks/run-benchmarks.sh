#!/usr/bin/env bash
# Runs every BenchmarkDotNet suite of the repository in Release, one suite project after the other.
#
#   benchmarks/run-benchmarks.sh [--suite Orleans|Domain]... [BenchmarkDotNet arguments]
#
# Builds the suite projects once, then runs each built suite with the remaining arguments passed through to
# BenchmarkDotNet unchanged (default: --filter '*', every benchmark). Results go to
# BenchmarkDotNet.Artifacts/<suite>/results (Markdown, CSV, HTML) at the repository root; the folder is git-ignored.
# The custom runner of Asivado.Orleans.Benchmarks (deadlines) is not a BenchmarkDotNet suite and is not run here
# (benchmarks/README.md).
#
# Examples:
#   benchmarks/run-benchmarks.sh                                   # everything, each class with its own job (ShortRun)
#   benchmarks/run-benchmarks.sh --filter '*GrainCall*'            # one class
#   benchmarks/run-benchmarks.sh --suite Domain --job short        # one suite, BenchmarkDotNet's short job
#   benchmarks/run-benchmarks.sh --list flat                       # list the benchmarks without running them
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
all_suites=(Orleans Domain)

usage() {
  sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

suites=()
passthrough=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --suite)
      [[ $# -ge 2 ]] || { echo "--suite needs a value: ${all_suites[*]}" >&2; exit 2; }
      if [[ ! " ${all_suites[*]} " == *" $2 "* ]]; then
        echo "Unknown suite '$2'; the suites are: ${all_suites[*]}" >&2
        exit 2
      fi
      suites+=("$2")
      shift 2
      ;;
    -h | --help)
      usage
      exit 0
      ;;
    *)
      passthrough+=("$1")
      shift
      ;;
  esac
done
[[ ${#suites[@]} -gt 0 ]] || suites=("${all_suites[@]}")

# Without --filter (or --list) BenchmarkDotNet asks interactively which benchmark to run.
if [[ ! " ${passthrough[*]-} " =~ \ (--filter|-f|--list)\  ]]; then
  passthrough=(--filter '*' "${passthrough[@]+"${passthrough[@]}"}")
fi

project() { echo "$root/benchmarks/Asivado.$1.Benchmarks/Asivado.$1.Benchmarks.csproj"; }
assembly() { echo "$root/benchmarks/Asivado.$1.Benchmarks/bin/Release/net10.0/Asivado.$1.Benchmarks.dll"; }

for suite in "${suites[@]}"; do
  echo "== building $suite (Release)"
  dotnet build "$(project "$suite")" -c Release --nologo -v quiet
done

status=0
for suite in "${suites[@]}"; do
  artifacts="$root/BenchmarkDotNet.Artifacts/$suite"
  echo "== running $suite: ${passthrough[*]} (results in ${artifacts#"$root"/}/results)"
  # Run from the suite's folder so BenchmarkDotNet finds the project it generates its runners from.
  if ! (cd "$root/benchmarks/Asivado.$suite.Benchmarks" && dotnet "$(assembly "$suite")" "${passthrough[@]}" --artifacts "$artifacts"); then
    echo "== $suite failed" >&2
    status=1
  fi
done

exit "$status"
