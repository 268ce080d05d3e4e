#!/usr/bin/env bash
# Installs the packages as a user would: packs the built libraries (--no-build) under a version
# no earlier run used, creates a console project in a temporary directory outside the repository
# that references ArrayBridge.Interop from that local feed, builds and runs it, and compares its
# output with expected.txt. Then builds an extension module project (Module/) that references
# ArrayBridge.Extensions from the same feed: the package's source generator must have written the
# PyInit_checkmod export and the .pyi stub, and its build/ targets must make the opted-in project a
# NativeLib while leaving a project that does not opt in alone. Exits non-zero on any difference.
#   tests/Install/check.sh [Configuration]
# With INSTALL_CHECK_AOT=1 it also publishes the module with NativeAOT and imports it in
# /usr/bin/python3 (slow: not part of ./build.sh test).
# Our packages go to a per-run package folder (NUGET_PACKAGES); the user's global folder serves
# every other package as a read-only fallback, so nothing is downloaded twice and no version of
# ArrayBridge ever lands in the global folder.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
config=${1:-Release}

global_packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
work=$(mktemp -d "${TMPDIR:-/tmp}/arraybridge-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
suffix="check.$(date +%Y%m%d%H%M%S).$$"
version="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$root/Directory.Build.props")-$suffix"

dotnet pack "$root/ArrayBridge.sln" -c "$config" --no-build -nologo -v quiet -clp:ErrorsOnly \
  -p:VersionSuffix="$suffix" -p:PackageOutputPath="$work/feed/" >/dev/null
for id in ArrayBridge.Native ArrayBridge.Tensor ArrayBridge.Interop ArrayBridge.Extensions; do
  [ -f "$work/feed/$id.$version.nupkg" ] || { echo "install check: $id.$version.nupkg was not packed" >&2; exit 1; }
  [ -f "$work/feed/$id.$version.snupkg" ] || { echo "install check: $id.$version.snupkg was not packed" >&2; exit 1; }
done

mkdir -p "$work/app"
sed "s/@VERSION@/$version/" "$here/InstallCheck.csproj.in" > "$work/app/InstallCheck.csproj"
cp "$here/Program.cs" "$work/app/Program.cs"
# The machine's own package sources (user-level NuGet.Config) still apply; this adds the feed.
mkdir -p "$work/module"
sed "s/@VERSION@/$version/" "$here/Module/CheckModule.csproj.in" > "$work/module/CheckModule.csproj"
cp "$here/Module/CheckModule.cs" "$work/module/CheckModule.cs"
cat > "$work/app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="arraybridge-local" value="$work/feed" />
  </packageSources>
  <fallbackPackageFolders>
    <add key="global" value="$global_packages" />
  </fallbackPackageFolders>
</configuration>
XML

export NUGET_PACKAGES="$work/packages"
(cd "$work/app" && dotnet build -c Release -nologo -v quiet -clp:ErrorsOnly >"$work/build.log" 2>&1) || {
  cat "$work/build.log" >&2; echo "install check: the consumer project did not build" >&2; exit 1; }
[ -d "$work/packages/arraybridge.interop/$version" ] || {
  echo "install check: ArrayBridge.Interop $version was not restored from the local feed" >&2; exit 1; }
(cd "$work/app" && dotnet bin/Release/net10.0/InstallCheck.dll >"$work/out.txt" 2>"$work/err.txt") || {
  cat "$work/out.txt" "$work/err.txt" >&2; echo "install check: the consumer program failed" >&2; exit 1; }
if ! diff -u "$here/expected.txt" "$work/out.txt" >&2; then
  echo "install check: the consumer program's output differs from tests/Install/expected.txt" >&2
  exit 1
fi

# The extension module: an ordinary `dotnet build` (no AOT publish: that takes a minute).
cp "$work/app/nuget.config" "$work/module/nuget.config"
(cd "$work/module" && dotnet build -c Release -nologo -v quiet -clp:ErrorsOnly >"$work/module-build.log" 2>&1) || {
  cat "$work/module-build.log" >&2; echo "install check: the extension module project did not build" >&2; exit 1; }
[ -d "$work/packages/arraybridge.extensions/$version" ] || {
  echo "install check: ArrayBridge.Extensions $version was not restored from the local feed" >&2; exit 1; }
# The generator ran from the package's analyzers/: its files are emitted under obj/ (the build/
# targets turn EmitCompilerGeneratedFiles on) and the export's name is compiled into the assembly.
generated="$work/module/obj/generated/Release/ArrayBridge.Extensions.Generator/ArrayBridge.Extensions.Generator.ModuleGenerator"
grep -q 'EntryPoint = "PyInit_checkmod"' "$generated"/*.PythonModule.g.cs 2>/dev/null || {
  ls -R "$work/module/obj" >&2; echo "install check: the package's generator wrote no PyInit_checkmod" >&2; exit 1; }
grep -q 'def add_one(x: float) -> float' "$generated/checkmod.pyi.g.cs" || {
  cat "$generated/checkmod.pyi.g.cs" >&2; echo "install check: the generated stub lacks add_one" >&2; exit 1; }
grep -q 'PyInit_checkmod' "$work/module/bin/Release/net10.0/CheckModule.dll" || {
  echo "install check: CheckModule.dll does not contain the PyInit_checkmod export" >&2; exit 1; }
# The module settings reach the opted-in project only: without PythonModuleName the same project,
# which still references the package, is not a module.
opted_in=$(cd "$work/module" && dotnet msbuild CheckModule.csproj -nologo -getProperty:NativeLib)
opted_out=$(cd "$work/module" && dotnet msbuild CheckModule.csproj -nologo -getProperty:NativeLib -p:PythonModuleName=)
[ "$opted_in" = "Shared" ] && [ -z "$opted_out" ] || {
  echo "install check: NativeLib is '$opted_in' for the module and '$opted_out' without PythonModuleName (expected Shared and empty)" >&2; exit 1; }

if [ "${INSTALL_CHECK_AOT:-0}" = "1" ]; then
  start=$(date +%s)
  (cd "$work/module" && dotnet publish -c Release -r linux-x64 -p:PublishAot=true -nologo -v quiet -clp:ErrorsOnly >"$work/module-publish.log" 2>&1) || {
    cat "$work/module-publish.log" >&2; echo "install check: the NativeAOT publish of the module failed" >&2; exit 1; }
  echo "install check: NativeAOT publish of the module took $(( $(date +%s) - start )) s" >&2
  # The package's syscall shim was compiled and linked: after the import, in a process with
  # OpenBLAS's threads, the runtime never registered for the private expedited membarrier (EPERM).
  result=$(cd "$work/module/bin/module" && /usr/bin/python3 -c "import ctypes, numpy as np, checkmod; print(checkmod.add_one(41.0), checkmod.total(np.arange(5.0)), ctypes.CDLL(None).syscall(324, 8, 0))")
  [ "$result" = "42.0 10.0 -1" ] || { echo "install check: checkmod printed '$result', expected '42.0 10.0 -1' (the last: membarrier not registered)" >&2; exit 1; }
  echo "install check: checkmod published with NativeAOT and imported by /usr/bin/python3"
fi
echo "install check: ArrayBridge.Interop $version installed from a local feed, built and ran outside the repository"
echo "install check: ArrayBridge.Extensions $version built an extension module outside the repository (generator and build targets from the package)"
