"""Before/after per-call overhead of two builds of fastmath, with cbase (C) as the yardstick, all in one
process: the two NativeAOT modules are loaded side by side under the same import name.

    /usr/bin/python3 benchmarks/extension/compare.py BEFORE_DIR [AFTER_DIR] [ROUNDS]

BEFORE_DIR and AFTER_DIR hold a published fastmath*.so (AFTER_DIR defaults to this checkout's
examples/ExtensionModule/bin/module); build a baseline with e.g.
`git archive <commit> | tar -x -C /tmp/base && (cd /tmp/base && ./build.sh module examples/ExtensionModule)`.
Run `./build.sh bench-extension` first, which builds cbase. Each figure is the minimum over ROUNDS
interleaved batches of 5,000 calls (the least disturbed batch on a shared machine).
"""
import importlib.util
import pathlib
import sys
import sysconfig
import timeit

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[2]
CALLS = 5_000


def load(directory):
    so = next(pathlib.Path(directory).glob("fastmath*.so"))
    spec = importlib.util.spec_from_file_location("fastmath", so)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    before_dir = sys.argv[1]
    after_dir = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] else ROOT / "examples" / "ExtensionModule" / "bin" / "module"
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 60
    sys.path.insert(0, str(ROOT / "artifacts" / "cbase"))
    import cbase
    g = {"before": load(before_dir), "after": load(after_dir), "cbase": cbase, "one": np.ones(1)}
    print("| measure | before | ratio | after | ratio | C |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for label, stmt in [("no-op call", "{}.noop()"), ("total(1 element): array argument only", "{}.total(one)"),
                        ("scale(1 element)", "{}.scale(one, 3.0)"), ("scale(1 element, factor=)", "{}.scale(one, factor=3.0)")]:
        times = {k: [] for k in ("before", "after", "cbase")}
        for _ in range(rounds):  # interleaved, so drift on a shared machine hits all three alike
            for k in times:
                times[k].append(timeit.Timer(stmt.format(k), globals=g).timeit(CALLS) / CALLS * 1e9)
        b, a, c = min(times["before"]), min(times["after"]), min(times["cbase"])
        print(f"| {label} | {b:.3g} ns | {b / c:.2f}x | {a:.3g} ns | {a / c:.2f}x | {c:.3g} ns |", flush=True)


if __name__ == "__main__":
    main()
