"""Records NumPy's random streams for the Tensor tests (tests/ArrayBridge.Tensor.Tests/Random).

Run with /usr/bin/python3 (NumPy 1.24). For several seeds (small, 2**63+5, beyond 2**128, and
sequences of integers) it replays one program of Generator calls on np.random.default_rng(seed):
random (float64 and float32, interleaved with integers so the PCG64 32-bit buffer is half full at
the boundaries), integers for every dtype over small, one-value, 32-bit-edge and full ranges with
and without endpoint, standard_normal and standard_exponential (float64 and float32), normal,
uniform, exponential, choice (with and without replacement, with p, both without-replacement
algorithms, shuffle=False), permutation, shuffle of a 2-d array and bytes. Each step stores the
result's dtype, shape and little-endian bytes (hex; SHA-256 of the bytes when large), and the
program ends with the PCG64 state. Also recorded: SeedSequence pools and generate_state words
(with spawn keys and pool sizes), PCG64 advance/jumped states, NumPy's error messages, and the
legacy RandomState (MT19937) streams of rand, randn and randint.
Output: tests/ArrayBridge.Tensor.Tests/Data/numpy_random.json
"""
import hashlib
import json
import os

import numpy as np

BIG_HEX_LIMIT = 64  # elements; larger results are stored as a hash plus their first elements


def encode(value):
    a = np.asarray(value)
    le = a.astype(a.dtype.newbyteorder("<")) if a.dtype.byteorder not in "|=" or a.dtype.itemsize > 1 else a
    raw = np.ascontiguousarray(le).tobytes()
    out = {"dtype": str(a.dtype), "shape": list(a.shape)}
    if a.size <= BIG_HEX_LIMIT:
        out["hex"] = raw.hex()
    else:
        out["sha256"] = hashlib.sha256(raw).hexdigest()
        out["head"] = raw[: 16 * a.dtype.itemsize].hex()
    return out


def state_of(rng):
    s = rng.bit_generator.state
    return {"state": str(s["state"]["state"]), "inc": str(s["state"]["inc"]),
            "has_uint32": bool(s["has_uint32"]), "uinteger": int(s["uinteger"])}


INT_DTYPES = ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "bool"]


def integer_steps():
    steps = []
    for dt in INT_DTYPES:
        info = np.iinfo(dt) if dt != "bool" else None
        lo, hi = (0, 1) if dt == "bool" else (int(info.min), int(info.max))
        ranges = [(lo, hi + 1, False), (lo, hi, True), (lo, lo + 1, False), (lo, lo, True),
                  (lo, min(lo + 3, hi + 1), False)]
        if dt != "bool":
            ranges += [(0, min(10, hi), False), (max(lo, -5), 6, True), (hi - 7, hi, True)]
        if dt in ("int64", "uint64"):
            ranges += [(0, 2**32, False), (0, 2**32 - 1, False), (0, 2**32 + 1, False),
                       (1, 2**33 + 7, False), (0, 2**63, False), (0, 2**62 + 3, True)]
        if dt == "uint64":
            ranges += [(0, 2**64 - 1, False), (5, 2**64 - 1, True)]
        for low, high, endpoint in ranges:
            for size in ([7], [3, 5], [65], []):
                steps.append({"op": "integers", "low": str(low), "high": str(high), "size": size,
                              "dtype": dt, "endpoint": endpoint})
            steps.append({"op": "random", "size": [1], "dtype": "float32"})
    return steps


PROGRAM = (
    [{"op": "random", "size": [7], "dtype": "float64"},
     {"op": "random", "size": [5], "dtype": "float32"},
     {"op": "integers", "low": "0", "high": "10", "size": [5], "dtype": "int64", "endpoint": False},
     {"op": "random", "size": [3], "dtype": "float32"},
     {"op": "integers", "low": "0", "high": "1000", "size": [3], "dtype": "int32", "endpoint": False},
     {"op": "random", "size": [1], "dtype": "float32"},
     {"op": "random_scalar"},
     {"op": "integers_scalar", "low": "-3", "high": "100"},
     {"op": "standard_normal_scalar"},
     {"op": "random", "size": [2, 3], "dtype": "float64"}]
    + integer_steps()
    + [{"op": "standard_normal", "size": [33], "dtype": "float64"},
       {"op": "standard_normal", "size": [5000], "dtype": "float64"},
       {"op": "random", "size": [1], "dtype": "float32"},
       {"op": "standard_normal", "size": [5001], "dtype": "float32"},
       {"op": "standard_normal", "size": [2, 3], "dtype": "float32"},
       {"op": "normal", "loc": 10.0, "scale": 2.0, "size": [3, 4]},
       {"op": "normal", "loc": -1.5, "scale": 0.0, "size": [2]},
       {"op": "uniform", "low": -1.0, "high": 1.0, "size": [5]},
       {"op": "uniform", "low": 3.0, "high": 3.0, "size": [2]},
       {"op": "exponential", "scale": 2.0, "size": [4000]},
       {"op": "standard_exponential", "size": [4001], "dtype": "float32"},
       {"op": "standard_exponential", "size": [9], "dtype": "float64"},
       {"op": "choice", "a": 10, "size": [3], "replace": False, "p": None, "shuffle": True},
       {"op": "choice", "a": 10, "size": [5], "replace": True, "p": None, "shuffle": True},
       {"op": "choice", "a": 5, "size": [2, 4], "replace": True, "p": [0.1, 0.2, 0.3, 0.15, 0.25], "shuffle": True},
       {"op": "choice", "a": 6, "size": [4], "replace": False, "p": [0.05, 0.4, 0.1, 0.2, 0.05, 0.2], "shuffle": True},
       {"op": "choice", "a": 20000, "size": [1000], "replace": False, "p": None, "shuffle": True},
       {"op": "choice", "a": 20000, "size": [100], "replace": False, "p": None, "shuffle": True},
       {"op": "choice", "a": 20000, "size": [500], "replace": False, "p": None, "shuffle": False},
       {"op": "choice", "a": 50, "size": [50], "replace": False, "p": None, "shuffle": False},
       {"op": "choice", "a": 7, "size": [], "replace": False, "p": None, "shuffle": True},
       {"op": "choice_rows", "rows": 6, "cols": 3, "size": [4], "replace": True},
       {"op": "permutation", "n": 10},
       {"op": "permutation", "n": 1000},
       {"op": "shuffle2d", "rows": 6, "cols": 4},
       {"op": "shuffle_strided", "n": 20},
       {"op": "bytes", "length": 13},
       {"op": "random", "size": [3], "dtype": "float32"},
       {"op": "bytes", "length": 4}]
)


def run(rng, step):
    op = step["op"]
    if op == "random":
        return rng.random(tuple(step["size"]), dtype=step["dtype"])
    if op == "random_scalar":
        return np.float64(rng.random())
    if op == "integers_scalar":
        return np.int64(rng.integers(int(step["low"]), int(step["high"])))
    if op == "standard_normal_scalar":
        return np.float64(rng.standard_normal())
    if op == "integers":
        return rng.integers(int(step["low"]), int(step["high"]), size=tuple(step["size"]),
                            dtype=step["dtype"], endpoint=step["endpoint"])
    if op == "standard_normal":
        return rng.standard_normal(tuple(step["size"]), dtype=step["dtype"])
    if op == "normal":
        return rng.normal(step["loc"], step["scale"], tuple(step["size"]))
    if op == "uniform":
        return rng.uniform(step["low"], step["high"], tuple(step["size"]))
    if op == "exponential":
        return rng.exponential(step["scale"], tuple(step["size"]))
    if op == "standard_exponential":
        return rng.standard_exponential(tuple(step["size"]), dtype=step["dtype"])
    if op == "choice":
        return np.asarray(rng.choice(step["a"], tuple(step["size"]), replace=step["replace"],
                                     p=step["p"], shuffle=step["shuffle"]), dtype=np.int64)
    if op == "choice_rows":
        a = np.arange(step["rows"] * step["cols"], dtype=np.int16).reshape(step["rows"], step["cols"])
        return rng.choice(a, tuple(step["size"]), replace=step["replace"])
    if op == "permutation":
        return rng.permutation(step["n"])
    if op == "shuffle2d":
        a = np.arange(step["rows"] * step["cols"], dtype=np.float32).reshape(step["rows"], step["cols"])
        rng.shuffle(a)
        return a
    if op == "shuffle_strided":
        base = np.arange(2 * step["n"], dtype=np.int32)
        view = base[::-2]
        rng.shuffle(view)
        return base
    if op == "bytes":
        return np.frombuffer(rng.bytes(step["length"]), dtype=np.uint8)
    raise ValueError(op)


SEEDS = [0, 1, 42, 2**63 + 5, 2**128 + 12345, 12345678901234567890123456789012345678901234567890,
         [1, 2, 3], [2**64 - 1, 0, 5, 2**40], []]


def generator_cases():
    cases = []
    for seed in SEEDS:
        rng = np.random.default_rng(seed)
        seed_json = [str(s) for s in seed] if isinstance(seed, list) else str(seed)
        steps = []
        for step in PROGRAM:
            steps.append({"step": step, "result": encode(run(rng, step))})
        cases.append({"seed": seed_json, "steps": steps, "final_state": state_of(rng)})
    return cases


def long_cases():
    out = []
    for seed in (7, 2**100 + 3):
        rng = np.random.default_rng(seed)
        out.append({"seed": str(seed), "what": "standard_normal", "dtype": "float64", "n": 1000000,
                    "result": encode(rng.standard_normal(1000000))})
        out.append({"seed": str(seed), "what": "standard_normal", "dtype": "float32", "n": 1000001,
                    "result": encode(rng.standard_normal(1000001, dtype=np.float32))})
        out.append({"seed": str(seed), "what": "standard_exponential", "dtype": "float64", "n": 1000000,
                    "result": encode(rng.standard_exponential(1000000))})
        out.append({"seed": str(seed), "what": "standard_exponential", "dtype": "float32", "n": 1000000,
                    "result": encode(rng.standard_exponential(1000000, dtype=np.float32))})
        out.append({"seed": str(seed), "what": "final_state", "state": state_of(rng)})
    return out


def seed_sequence_cases():
    out = []
    entries = [(0, []), (42, []), (2**32, []), (2**128 + 1, []), (5, [0]), (5, [3, 2**40]),
               ([1, 2, 3], []), ([1, 2, 3], [1]), ([2**64 - 1, 2**33, 0, 7, 9], []), ([], [])]
    for entropy, key in entries:
        for pool in (4, 8):
            ss = np.random.SeedSequence(entropy, spawn_key=key, pool_size=pool)
            out.append({"entropy": [str(e) for e in entropy] if isinstance(entropy, list) else str(entropy),
                        "spawn_key": [str(k) for k in key], "pool_size": pool,
                        "pool": [int(x) for x in ss.pool],
                        "state32": [int(x) for x in ss.generate_state(9)],
                        "state64": [str(int(x)) for x in ss.generate_state(5, np.uint64)]})
    ss = np.random.SeedSequence(1234)
    kids = ss.spawn(3)
    grand = kids[1].spawn(2)
    out.append({"spawned_from": "1234", "children_pools": [[int(x) for x in k.pool] for k in kids],
                "grandchildren_of_1_pools": [[int(x) for x in g.pool] for g in grand]})
    return out


def pcg_cases():
    out = []
    for seed in (0, 42, 2**70):
        bg = np.random.PCG64(seed)
        entry = {"seed": str(seed), "initial": state_of(np.random.Generator(bg))}
        entry["raw"] = [str(int(x)) for x in bg.random_raw(5)]
        g = np.random.Generator(bg)
        g.random(1, dtype=np.float32)  # leave the 32-bit buffer full
        entry["after_float32"] = state_of(g)
        bg.advance(12345)
        entry["advanced_12345"] = state_of(g)
        bg.advance(-3)
        entry["advanced_minus_3"] = state_of(g)
        bg.advance(2**130 + 7)
        entry["advanced_2_130_plus_7"] = state_of(g)
        j = bg.jumped()
        entry["jumped_1"] = state_of(np.random.Generator(j))
        j3 = bg.jumped(3)
        entry["jumped_3"] = state_of(np.random.Generator(j3))
        entry["jumped_3_random"] = encode(np.random.Generator(j3).random(4))
        out.append(entry)
    return out


def jsonable(v):
    # Integers as decimal strings (they may exceed 64 bits) and NaN as "nan" (JSON has no NaN).
    if isinstance(v, bool) or isinstance(v, str):
        return v
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return "nan" if v != v else v
    if isinstance(v, list):
        return [jsonable(x) for x in v]
    return v


def error_cases():
    rng = np.random.default_rng(3)
    calls = [
        ("integers", dict(low=5, high=5, dtype="int64", endpoint=False)),
        ("integers", dict(low=0, high=0, dtype="int64", endpoint=False)),
        ("integers", dict(low=0, high=-1, dtype="int64", endpoint=True)),
        ("integers", dict(low=3, high=1, dtype="int16", endpoint=True)),
        ("integers", dict(low=-1, high=3, dtype="uint8", endpoint=False)),
        ("integers", dict(low=0, high=300, dtype="uint8", endpoint=False)),
        ("integers", dict(low=0, high=256, dtype="uint8", endpoint=True)),
        ("integers", dict(low=-129, high=0, dtype="int8", endpoint=False)),
        ("integers", dict(low=0, high=2**64 + 1, dtype="uint64", endpoint=False)),
        ("integers", dict(low=0, high=3, dtype="bool", endpoint=False)),
        ("normal", dict(loc=0.0, scale=-1.0)),
        ("normal", dict(loc=0.0, scale=-0.0)),
        ("exponential", dict(scale=-2.0)),
        ("uniform", dict(low=1.0, high=0.0)),
        ("uniform", dict(low=-1e308, high=1e308)),
        ("choice", dict(a=5, size=6, replace=False)),
        ("choice", dict(a=5, size=3, p=[0.1] * 5)),
        ("choice", dict(a=3, size=2, p=[0.5, 0.6, -0.1])),
        ("choice", dict(a=3, size=2, p=[0.5, 0.5])),
        ("choice", dict(a=3, size=2, p=[0.5, float("nan"), 0.5])),
        ("choice", dict(a=0, size=3)),
        ("choice", dict(a=3, size=2, replace=False, p=[1.0, 0.0, 0.0])),
        ("random", dict(size=-1)),
    ]
    out = []
    for name, kw in calls:
        try:
            getattr(rng, name)(**kw)
            raise AssertionError(f"{name}{kw} did not raise")
        except (ValueError, OverflowError, TypeError) as e:
            out.append({"op": name, "args": {k: jsonable(v) for k, v in kw.items()},
                        "type": type(e).__name__, "message": str(e)})
    return out


def legacy_cases():
    out = []
    for seed in (0, 1, 42, 2**32 - 1):
        rs = np.random.RandomState(seed)
        entry = {"seed": seed}
        entry["rand"] = encode(rs.rand(5))
        entry["randn"] = encode(rs.randn(7))  # odd: leaves a cached gauss
        entry["randn_scalar"] = encode(np.float64(rs.randn()))
        entry["randint"] = encode(rs.randint(0, 10, size=9))
        entry["randint_wide"] = encode(rs.randint(-2**40, 2**40, size=5))
        entry["randint_int32"] = encode(rs.randint(-5, 70000, size=6, dtype=np.int32))
        entry["randint_uint8"] = encode(rs.randint(0, 256, size=11, dtype=np.uint8))
        entry["randint_bool"] = encode(rs.randint(0, 2, size=40, dtype=np.bool_))
        entry["randint_int16"] = encode(rs.randint(-300, 300, size=7, dtype=np.int16))
        entry["randint_uint16"] = encode(rs.randint(0, 65536, size=5, dtype=np.uint16))
        entry["randint_int8"] = encode(rs.randint(-3, 4, size=9, dtype=np.int8))
        entry["randint_uint64"] = encode(rs.randint(0, 2**64, size=4, dtype=np.uint64))
        entry["randint_uint64_masked"] = encode(rs.randint(0, 2**63 + 12345, size=4, dtype=np.uint64))
        entry["random_sample"] = encode(rs.random_sample((2, 3)))
        entry["randn_long"] = encode(rs.randn(3001))
        rs.seed((seed + 1) % 2**32)
        entry["reseeded_rand"] = encode(rs.rand(3))
        out.append(entry)
    for seed in ([1, 2, 3], [2**32 - 1], list(range(700))):
        rs = np.random.RandomState(seed)
        out.append({"array_seed": seed, "rand": encode(rs.rand(5)), "randn": encode(rs.randn(3))})
    return out


def main():
    data = {"numpy_version": np.__version__, "generator": generator_cases(), "long": long_cases(),
            "seed_sequence": seed_sequence_cases(), "pcg64": pcg_cases(), "errors": error_cases(),
            "legacy": legacy_cases()}
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "ArrayBridge.Tensor.Tests", "Data", "numpy_random.json")
    with open(path, "w") as f:
        json.dump(data, f, separators=(",", ":"), allow_nan=False)
    print(path, os.path.getsize(path))


if __name__ == "__main__":
    main()
