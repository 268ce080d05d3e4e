#!/usr/bin/env bash
# Installs the packages as a user would: packs the built libraries (--no-build) under a version
# no earlier run used, creates a console project in a temporary directory outside the repository
# that references ArrayBridge.Interop from that local feed, builds and runs it, and compares its
# output with expected.txt. Exits non-zero on any difference.
#   tests/Install/check.sh [Configuration]
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
for id in ArrayBridge.Native ArrayBridge.Tensor ArrayBridge.Interop; do
  [ -f "$work/feed/$id.$version.nupkg" ] || { echo "install check: $id.$version.nupkg was not packed" >&2; exit 1; }
  [ -f "$work/feed/$id.$version.snupkg" ] || { echo "install check: $id.$version.snupkg was not packed" >&2; exit 1; }
done

mkdir -p "$work/app"
sed "s/@VERSION@/$version/" "$here/InstallCheck.csproj.in" > "$work/app/InstallCheck.csproj"
cp "$here/Program.cs" "$work/app/Program.cs"
# The machine's own package sources (user-level NuGet.Config) still apply; this adds the feed.
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
echo "install check: ArrayBridge.Interop $version installed from a local feed, built and ran outside the repository"
