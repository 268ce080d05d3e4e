"""Per-call overhead, import time and size of fastmath (C#, NativeAOT) against cbase (the same
functions in C, built here with gcc), measured in one run so that only ratios are compared.

    /usr/bin/python3 benchmarks/extension/bench.py [results.md]

Python's timeit rather than BenchmarkDotNet: the cost measured is a call that starts in the Python
interpreter, which only Python can issue; the .NET side has no loop of its own to time. Each figure
is the minimum over interleaved repeats (the least disturbed run on a shared machine).
"""
import os
import pathlib
import statistics
import subprocess
import sys
import sysconfig
import timeit

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
MODULE_DIR = ROOT / "examples" / "ExtensionModule" / "bin" / "module"
BUILD_DIR = ROOT / "artifacts" / "cbase"
SUFFIX = sysconfig.get_config_var("EXT_SUFFIX")
ROUNDS = 100  # alternating C# and C batches
CALLS = 5_000  # calls per batch: short, so that some batches run undisturbed on a busy host


def build_cbase():
    BUILD_DIR.mkdir(parents=True, exist_ok=True)
    target = BUILD_DIR / f"cbase{SUFFIX}"
    source = HERE / "cbase.c"
    if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        subprocess.run(["gcc", "-O2", "-shared", "-fPIC", f"-I{sysconfig.get_paths()['include']}", f"-I{np.get_include()}",
                        str(source), "-o", str(target)], check=True)
    return target


def per_call_ns(stmt, setup_globals, number=200_000, repeats=15):
    timer = timeit.Timer(stmt, globals=setup_globals)
    return [t / number * 1e9 for t in timer.repeat(repeat=repeats, number=number)]


def import_ms(module, directory, repeats=15, **environment):
    code = ("import sys, time; sys.path.insert(0, %r); import numpy; t = time.perf_counter(); import %s; "
            "print((time.perf_counter() - t) * 1e3)") % (str(directory), module)
    env = {**os.environ, **environment}
    return [float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env).stdout)
            for _ in range(repeats)]


def main():
    cbase_path = build_cbase()
    sys.path.insert(0, str(MODULE_DIR))
    sys.path.insert(0, str(BUILD_DIR))
    import cbase
    import fastmath

    one = np.ones(1)
    g = {"fastmath": fastmath, "cbase": cbase, "one": one}
    rows = []
    for label, cs, c in [
        ("no-op call", "fastmath.noop()", "cbase.noop()"),
        ("total(1 element): array argument only", "fastmath.total(one)", "cbase.total(one)"),
        ("scale(1 element)", "fastmath.scale(one, 3.0)", "cbase.scale(one, 3.0)"),
        ("scale(1 element, factor=)", "fastmath.scale(one, factor=3.0)", "cbase.scale(one, factor=3.0)"),
    ]:
        cs_times, c_times = [], []
        for _ in range(ROUNDS):  # interleaved, so drift on a shared machine hits both alike
            cs_times += per_call_ns(cs, g, number=CALLS, repeats=1)
            c_times += per_call_ns(c, g, number=CALLS, repeats=1)
        rows.append((label, min(cs_times), min(c_times), "ns"))

    cs_import, c_import, cs_registering = [], [], []
    for _ in range(5):  # interleaved, as above
        cs_import += import_ms("fastmath", MODULE_DIR, repeats=3)
        c_import += import_ms("cbase", BUILD_DIR, repeats=3)
        # As the NativeAOT runtime starts by itself: registering for membarrier waits for an RCU
        # grace period in a process with threads (src/Extensions/build/native/arraybridge_syscall_wrap.c).
        cs_registering += import_ms("fastmath", MODULE_DIR, repeats=3, ARRAYBRIDGE_MODULE_MEMBARRIER="register")
    rows.append(("import (after numpy)", min(cs_import), min(c_import), "ms"))
    rows.append(("import (after numpy), median", statistics.median(cs_import), statistics.median(c_import), "ms"))
    rows.append(("import (after numpy), median, runtime registering for membarrier", statistics.median(cs_registering),
                 statistics.median(c_import), "ms"))
    so = next(MODULE_DIR.glob("fastmath*.so"))
    rows.append(("module size", so.stat().st_size / 2**20, cbase_path.stat().st_size / 2**20, "MiB"))

    lines = ["| measure | C# (NativeAOT) | C (gcc -O2) | ratio |", "| --- | ---: | ---: | ---: |"]
    for label, cs, c, unit in rows:
        lines.append(f"| {label} | {cs:.3g} {unit} | {c:.3g} {unit} | {cs / c:.2f}x |")
    table = "\n".join(lines)
    print(table)
    if len(sys.argv) > 1:
        pathlib.Path(sys.argv[1]).write_text(
            "# Extension modules: C# (NativeAOT) against C\n\n"
            f"Python {sys.version.split()[0]}, NumPy {np.__version__}, {os.cpu_count()} cores (shared); "
            f"minimum over {ROUNDS} alternating batches of {CALLS:,} calls each (timeit); import: minimum and median of 15 fresh python3 "
            "processes each, interleaved, timed after numpy is imported; size of the .so files.\n\n"
            + table + "\n")


if __name__ == "__main__":
    main()
