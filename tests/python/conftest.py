"""Puts the published fastmath extension module (examples/ExtensionModule, C# compiled with NativeAOT)
on sys.path. `./build.sh module examples/ExtensionModule` publishes it; `./build.sh test` does so first."""
import os
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
MODULE_DIR = pathlib.Path(os.environ.get("FASTMATH_DIR", ROOT / "examples" / "ExtensionModule" / "bin" / "module"))

if not any(MODULE_DIR.glob("fastmath*.so")):
    raise RuntimeError(f"fastmath is not published in {MODULE_DIR}; run ./build.sh module examples/ExtensionModule")

sys.path.insert(0, str(MODULE_DIR))
