#!/usr/bin/env bash
# ArrayBridge build driver.
#   ./build.sh demo    build and run examples/QuickStart
#   ./build.sh test    build and run every test project and the install check (tests/Install);
#                      ends with "N passed, N failed"
#   ./build.sh pack    build and write the NuGet packages (.nupkg + .snupkg) to artifacts/packages
#   ./build.sh bench   run the BenchmarkDotNet suite and write benchmarks/results/
#   ./build.sh bench-extension  C# extension module against C: benchmarks/results/extension-modules.md
#   ./build.sh module [dir]  publish a C# extension module with NativeAOT into <dir>/bin/module/
#                      (default: every project in MODULE_PROJECTS)
# Installs what is missing (Debian packages, as root) and nothing when all is present.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

CONFIG=${CONFIG:-Release}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

apt_updated=0
# Installs the Debian packages given that are not installed yet.
ensure_debs() {
  local missing=()
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "build.sh: missing Debian packages: ${missing[*]} (run as root, or install them)" >&2
    exit 1
  fi
  log "installing ${missing[*]}"
  if [ $apt_updated -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Python side: Debian's interpreter with NumPy, scikit-learn and PyTorch (CPU), and its shared
# libpython for embedding. The array-protocol tests and examples/MachineLearning use all three.
# OpenBLAS (pthread build) serves NDArray.MatMul/Dot/Einsum through CBLAS, and through the
# libblas.so.3 alternative it also becomes the BLAS of Debian's NumPy, so both share one library.
ensure_python() {
  ensure_debs python3 python3-numpy python3-sklearn python3-torch libopenblas0-pthread
  local ver
  ver=$(/usr/bin/python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  ensure_debs "libpython${ver}"
}

ensure_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "build.sh: the .NET SDK (dotnet) is not on PATH" >&2
    exit 1
  fi
}

build() {
  log "building ($CONFIG)"
  dotnet build ArrayBridge.sln -c "$CONFIG" -nologo -v quiet -clp:ErrorsOnly
}

# C# extension modules: importable by /usr/bin/python3 once published with NativeAOT; tests/python tests them.
MODULE_PROJECTS=(examples/ExtensionModule)

# Publishes the extension module project in directory $1 with NativeAOT into $1/bin/module/
# (<name><EXT_SUFFIX> and <name>.pyi), unless its .so is newer than every source it is built from.
publish_module() {
  local dir=${1%/}
  local so
  so=$(ls -t "$dir"/bin/module/*.so 2>/dev/null | head -1 || true)
  if [ -n "$so" ] && [ -z "$(find "$dir" src Directory.Build.props Directory.Build.targets Directory.Packages.props \
      \( -name bin -o -name obj \) -prune -o \( -name '*.cs' -o -name '*.c' -o -name '*.csproj' -o -name '*.props' -o -name '*.targets' \) \
      -newer "$so" -print -quit)" ]; then
    log "module $dir is up to date ($so)"
    return 0
  fi
  log "publishing module $dir (NativeAOT)"
  dotnet publish "$dir" -c Release -r linux-x64 -p:PythonModulePublish=true -nologo -v quiet -clp:ErrorsOnly
  # The link may be skipped as up to date; the stamp is what the check above compares.
  touch "$dir"/bin/module/*.so
}

# Runs tests/python with Debian's pytest against the published modules; prints "name: N passed, N failed"
# and sets py_passed/py_failed from pytest's summary line.
run_python_tests() {
  local out=$1
  py_passed=0
  py_failed=0
  for dir in "${MODULE_PROJECTS[@]}"; do
    if ! publish_module "$dir"; then
      echo "build.sh: publishing $dir failed" >&2
      py_failed=$((py_failed + 1))
      return 1
    fi
  done
  log "testing tests/python (pytest)"
  set +e
  /usr/bin/python3 -m pytest tests/python -q -p no:cacheprovider -rfE 2>&1 | tee "$out" | grep -E '^(FAILED|ERROR)|Error' || true
  local rc=${PIPESTATUS[0]}
  set -e
  # pytest's last line, e.g. "2 failed, 89 passed in 5.18s" or "91 passed in 5.18s".
  local summary
  summary=$(grep -E '^=* *[0-9]+ (passed|failed|error)' "$out" | tail -1 || true)
  if [ -z "$summary" ]; then
    echo "build.sh: tests/python produced no pytest summary (exit $rc)" >&2
    py_failed=1
    return 1
  fi
  py_passed=$(echo "$summary" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+' || echo 0)
  local f e
  f=$(echo "$summary" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+' || echo 0)
  e=$(echo "$summary" | grep -oE '[0-9]+ errors?' | grep -oE '[0-9]+' || echo 0)
  py_failed=$((f + e))
  echo "python: $py_passed passed, $py_failed failed" >&2
  [ "$rc" -eq 0 ]
}

# Reads "     Passed: N" from the summary block VSTest prints after "Total tests:".
count_of() {
  local n
  n=$(sed -n '/^Total tests:/,$p' "$2" | grep -E "^\s+$1: [0-9]+" | tail -1 | grep -oE '[0-9]+' || true)
  echo "${n:-0}"
}

# Prints each failed test's whole block (message, expected/actual, stack, captured output) from a
# VSTest log, so a failure on a CI machine can be read without the log file; at most 80 lines each.
print_failures() {
  awk '
    /^  Failed / { on = 1; n = 0 }
    /^  (Passed|Skipped) / || /^Total tests:/ || /^(Test Run|Results File)/ { on = 0 }
    on && n++ < 80 { print }
  ' "$1" >&2
}

run_tests() {
  local results=artifacts/test-results
  rm -rf "$results"
  mkdir -p "$results"
  local status=0 passed=0 failed=0 skipped=0 projects=0
  for proj in tests/*/*.csproj; do
    local name
    name=$(basename "$proj" .csproj)
    log "testing $name"
    local out="$results/$name.log"
    set +e
    dotnet test "$proj" -c "$CONFIG" --no-build -nologo \
      --logger "console;verbosity=normal" 2>&1 | tee "$out" | grep -E '^\s+(Failed|Skipped) ' || true
    local rc=${PIPESTATUS[0]}
    set -e
    print_failures "$out"
    if ! grep -qE '^Total tests: [0-9]+' "$out"; then
      echo "build.sh: $name produced no test summary (exit $rc)" >&2
      status=1
      failed=$((failed + 1))
      continue
    fi
    projects=$((projects + 1))
    local f p s
    f=$(count_of Failed "$out"); p=$(count_of Passed "$out"); s=$(count_of Skipped "$out")
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
    echo "$name: $p passed, $f failed, $s skipped" >&2
    [ "$rc" -ne 0 ] && status=1
  done
  if ! run_python_tests "$results/python.log"; then
    status=1
  fi
  passed=$((passed + py_passed)); failed=$((failed + py_failed))
  # The packages as a user installs them: packed, referenced from a local feed by a console
  # project outside the repository, built and run (tests/Install/check.sh). Counts as one test.
  log "install check (tests/Install)"
  if tests/Install/check.sh "$CONFIG" 2>&1 | tee "$results/install-check.log" >&2; then
    passed=$((passed + 1))
    echo "install check: 1 passed, 0 failed" >&2
  else
    failed=$((failed + 1))
    status=1
    echo "install check: 0 passed, 1 failed" >&2
  fi
  if [ "$skipped" -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
  else
    echo "$passed passed, $failed failed"
  fi
  [ "$failed" -eq 0 ] && [ "$projects" -gt 0 ] || status=1
  return $status
}

verb=${1:-test}
case "$verb" in
  demo)
    ensure_dotnet; ensure_python; build
    dotnet run --project examples/QuickStart -c "$CONFIG" --no-build
    ;;
  test)
    # pytest for tests/python; gcc links the NativeAOT extension module it imports.
    ensure_dotnet; ensure_python; ensure_debs python3-pytest gcc zlib1g-dev; build
    run_tests
    ;;
  pack)
    ensure_dotnet; build
    rm -rf artifacts/packages
    log "packing to artifacts/packages"
    dotnet pack ArrayBridge.sln -c "$CONFIG" --no-build -nologo -v quiet -clp:ErrorsOnly
    ls -1 artifacts/packages
    ;;
  bench-extension)
    # Python's timeit, not BenchmarkDotNet: the measured call starts in the interpreter.
    ensure_dotnet; ensure_python; ensure_debs gcc zlib1g-dev python3-dev
    publish_module examples/ExtensionModule
    /usr/bin/python3 benchmarks/extension/bench.py benchmarks/results/extension-modules.md
    ;;
  module)
    ensure_dotnet; ensure_python; ensure_debs gcc zlib1g-dev
    shift || true
    for dir in "${@:-${MODULE_PROJECTS[@]}}"; do
      publish_module "$dir"
      ls "$dir"/bin/module/
    done
    ;;
  bench)
    ensure_dotnet; ensure_python; ensure_debs python3-matplotlib; build
    shift || true
    if [ $# -eq 0 ]; then
      # The whole suite, then benchmarks/results/latest.md and handoff.png.
      dotnet run --project benchmarks/ArrayBridge.Benchmarks -c Release --no-build -- suite benchmarks/results
    else
      dotnet run --project benchmarks/ArrayBridge.Benchmarks -c Release --no-build -- "$@"
    fi
    ;;
  *)
    echo "usage: ./build.sh demo|test|pack|bench|bench-extension|module [dir]" >&2
    exit 2
    ;;
esac
