"""Run exported cel-spec cases against one library. usage: run.py celpy|cel [file-filter]"""

import base64
import datetime
import json
import math
import os
import signal
import sys
import time
from collections import Counter, defaultdict

LIB = sys.argv[1]
WORK = os.environ.get("CEL_EVAL", "/tmp/cel-eval")  # working folder: spec/, gen/, harness/
with open(f"{WORK}/harness/cases.json") as handle:
    cases = json.load(handle)
if len(sys.argv) > 2:
    cases = [c for c in cases if c["file"] == sys.argv[2]]
UTC = datetime.UTC
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=UTC)


def dval(v):
    return {"nan": math.nan, "inf": math.inf, "-inf": -math.inf}.get(v, v) if isinstance(v, str) else float(v)


class Timeout(Exception):
    pass


def _plain_value(t):
    """A conformance test value as plain Python (the two libraries that take native values)."""
    k = t["t"]
    if k == "null":
        return None
    if k in ("bool", "int", "uint", "string"):
        return t["v"]
    if k == "double":
        return dval(t["v"])
    if k == "bytes":
        return base64.b64decode(t["v"])
    if k == "list":
        return [_plain_value(e) for e in t["v"]]
    if k == "map":
        return {_plain_value(a): _plain_value(b) for a, b in t["v"]}
    if k == "timestamp":
        return EPOCH + datetime.timedelta(seconds=t["s"], microseconds=t["n"] // 1000)
    if k == "duration":
        return datetime.timedelta(seconds=t["s"], microseconds=t["n"] // 1000)
    raise ValueError(k)


def _alarm(*a):
    raise Timeout()


signal.signal(signal.SIGALRM, _alarm)

if LIB == "celpy":
    import logging

    logging.disable(logging.CRITICAL)
    import celpy
    from celpy import celtypes

    env = celpy.Environment()

    def to_lib(t):
        k = t["t"]
        if k == "null":
            return None
        if k == "bool":
            return celtypes.BoolType(t["v"])
        if k == "int":
            return celtypes.IntType(t["v"])
        if k == "uint":
            return celtypes.UintType(t["v"])
        if k == "double":
            return celtypes.DoubleType(dval(t["v"]))
        if k == "string":
            return celtypes.StringType(t["v"])
        if k == "bytes":
            return celtypes.BytesType(base64.b64decode(t["v"]))
        if k == "list":
            return celtypes.ListType([to_lib(e) for e in t["v"]])
        if k == "map":
            return celtypes.MapType({to_lib(a): to_lib(b) for a, b in t["v"]})
        if k == "timestamp":
            return celtypes.TimestampType(EPOCH + datetime.timedelta(seconds=t["s"], microseconds=t["n"] // 1000))
        if k == "duration":
            return celtypes.DurationType(datetime.timedelta(seconds=t["s"], microseconds=t["n"] // 1000))
        raise ValueError(k)

    TYPENAMES = {
        celtypes.IntType: "int",
        celtypes.UintType: "uint",
        celtypes.DoubleType: "double",
        celtypes.StringType: "string",
        celtypes.BytesType: "bytes",
        celtypes.BoolType: "bool",
        celtypes.ListType: "list",
        celtypes.MapType: "map",
        celtypes.TypeType: "type",
        celtypes.NullType: "null_type",
        celtypes.TimestampType: "google.protobuf.Timestamp",
        celtypes.DurationType: "google.protobuf.Duration",
    }

    def norm(v):
        if isinstance(v, (celpy.CELEvalError, Exception)):
            return {"t": "error"}
        if v is None or isinstance(v, celtypes.NullType):
            return {"t": "null"}
        if isinstance(v, type):
            return {"t": "type", "v": TYPENAMES.get(v, getattr(v, "__name__", str(v)))}
        if isinstance(v, (celtypes.BoolType, bool)):
            return {"t": "bool", "v": bool(v)}
        if isinstance(v, celtypes.UintType):
            return {"t": "uint", "v": int(v)}
        if isinstance(v, celtypes.TimestampType):
            d = v - EPOCH
            return {"t": "timestamp", "us": d // datetime.timedelta(microseconds=1)}
        if isinstance(v, celtypes.DurationType):
            return {"t": "duration", "us": v // datetime.timedelta(microseconds=1)}
        if isinstance(v, int):
            return {"t": "int", "v": int(v)}
        if isinstance(v, float):
            return {"t": "double", "v": float(v)}
        if isinstance(v, str):
            return {"t": "string", "v": str(v)}
        if isinstance(v, bytes):
            return {"t": "bytes", "v": bytes(v)}
        if isinstance(v, list):
            return {"t": "list", "v": [norm(e) for e in v]}
        if isinstance(v, dict):
            return {"t": "map", "v": [[norm(a), norm(b)] for a, b in v.items()]}
        return {"t": "other", "v": repr(v)}

    def evaluate(expr, bindings):
        ast = env.compile(expr)
        prg = env.program(ast)
        return prg.evaluate({k: to_lib(v) for k, v in bindings.items()})

    UINT_LENIENT = False
elif LIB == "cpp":
    from cel_expr_python import cel as ccel
    from cel_expr_python.ext import ext_bindings, ext_encoders, ext_math, ext_optional, ext_strings

    EXTS = (
        [
            ext_strings.ExtStrings(),
            ext_math.ExtMath(),
            ext_optional.ExtOptional(),
            ext_encoders.ExtEncoders(),
            ext_bindings.ExtBindings(),
        ]
        if os.environ.get("CPP_EXT")
        else []
    )
    to_lib = _plain_value

    def pnorm(v):
        if v is None:
            return {"t": "null"}
        if isinstance(v, ccel.Type):
            n = v.name().lower().split("<")[0]
            return {"t": "type", "v": {"null": "null_type"}.get(n, n)}
        if isinstance(v, bytearray):
            return {"t": "bytes", "v": bytes(v)}
        if isinstance(v, bool):
            return {"t": "bool", "v": v}
        if isinstance(v, datetime.datetime):
            d = v - EPOCH
            return {"t": "timestamp", "us": d // datetime.timedelta(microseconds=1)}
        if isinstance(v, datetime.timedelta):
            return {"t": "duration", "us": v // datetime.timedelta(microseconds=1)}
        if isinstance(v, int):
            return {"t": "int", "v": v}
        if isinstance(v, float):
            return {"t": "double", "v": v}
        if isinstance(v, str):
            return {"t": "string", "v": v}
        if isinstance(v, bytes):
            return {"t": "bytes", "v": v}
        if isinstance(v, list):
            return {"t": "list", "v": [pnorm(e) for e in v]}
        if isinstance(v, dict):
            return {"t": "map", "v": [[pnorm(a), pnorm(b)] for a, b in v.items()]}
        return {"t": "other", "v": repr(v)}

    def norm(r):
        if isinstance(r, Exception):
            return {"t": "error"}
        tn = r.type().name()
        if tn == "ERROR":
            return {"t": "error", "ex": str(r.value())[:100]}
        if tn == "UINT":
            return {"t": "uint", "v": r.plain_value()}
        return pnorm(r.plain_value())

    def evaluate(expr, bindings):
        env = ccel.NewEnv(variables=dict.fromkeys(bindings, ccel.Type.DYN), extensions=EXTS)
        try:
            ex = env.compile(expr)
        except Exception:
            ex = env.compile(expr, disable_check=True)
        return ex.eval(data={k: to_lib(v) for k, v in bindings.items()})

    UINT_LENIENT = True  # nested uints come back as Python int; bindings cannot be declared uint here
else:
    import cel

    to_lib = _plain_value

    def norm(v):
        if isinstance(v, Exception):
            return {"t": "error"}
        if v is None:
            return {"t": "null"}
        if isinstance(v, bool):
            return {"t": "bool", "v": v}
        if isinstance(v, datetime.datetime):
            d = v - EPOCH
            return {"t": "timestamp", "us": d // datetime.timedelta(microseconds=1)}
        if isinstance(v, datetime.timedelta):
            return {"t": "duration", "us": v // datetime.timedelta(microseconds=1)}
        if isinstance(v, int):
            return {"t": "int", "v": v}
        if isinstance(v, float):
            return {"t": "double", "v": v}
        if isinstance(v, str):
            return {"t": "string", "v": v}  # type values also come back as str
        if isinstance(v, bytes):
            return {"t": "bytes", "v": v}
        if isinstance(v, list):
            return {"t": "list", "v": [norm(e) for e in v]}
        if isinstance(v, dict):
            return {"t": "map", "v": [[norm(a), norm(b)] for a, b in v.items()]}
        return {"t": "other", "v": repr(v)}

    def evaluate(expr, bindings):
        prg = cel.compile(expr)
        return prg.execute({k: to_lib(v) for k, v in bindings.items()})

    UINT_LENIENT = True  # the binding returns CEL uint as plain Python int; type values as str


def exp_norm(t):
    k = t["t"]
    if k == "bytes":
        return {"t": "bytes", "v": base64.b64decode(t["v"])}
    if k == "double":
        return {"t": "double", "v": dval(t["v"])}
    if k in ("timestamp", "duration"):
        return {"t": k, "us": t["s"] * 1_000_000 + t["n"] // 1000}
    if k == "list":
        return {"t": "list", "v": [exp_norm(e) for e in t["v"]]}
    if k == "map":
        return {"t": "map", "v": [[exp_norm(a), exp_norm(b)] for a, b in t["v"]]}
    return t


def eq(e, a):
    ek, ak = e["t"], a["t"]
    if UINT_LENIENT:
        if ek == "uint" and ak == "int":
            ak = "uint"
        if ek == "type" and ak == "string":
            ak = "type"
        if ek == "type" and ak == "type":
            alias = {
                "null_type": "null_type",
                "google.protobuf.timestamp": "google.protobuf.Timestamp",
                "timestamp": "google.protobuf.Timestamp",
                "google.protobuf.duration": "google.protobuf.Duration",
                "duration": "google.protobuf.Duration",
            }
            return alias.get(a["v"], a["v"]) in (e["v"], e["v"].lower()) or a["v"] == e["v"].lower()
    if ek != ak:
        return False
    if ek in ("null", "error"):
        return True
    if ek in ("timestamp", "duration"):
        return e["us"] == a["us"]
    if ek == "double":
        x, y = e["v"], a["v"]
        return (math.isnan(x) and math.isnan(y)) or x == y
    if ek == "list":
        return len(e["v"]) == len(a["v"]) and all(eq(x, y) for x, y in zip(e["v"], a["v"], strict=False))
    if ek == "map":
        if len(e["v"]) != len(a["v"]):
            return False
        return all(any(eq(k1, k2) and eq(v1, v2) for k2, v2 in a["v"]) for k1, v1 in e["v"])
    return e["v"] == a["v"]


res = defaultdict(Counter)
fails = []
t0 = time.perf_counter()
for c in cases:
    f = c["file"]
    if "skip" in c:
        res[f]["skipped"] += 1
        continue
    signal.alarm(5)
    try:
        try:
            r = evaluate(c["expr"], c["bindings"])
            got = norm(r)
        except Timeout:
            got = {"t": "timeout"}
        except RecursionError:
            got = {"t": "error"}
        except Exception as ex:
            got = {"t": "error", "ex": type(ex).__name__ + ": " + str(ex)[:150]}
    finally:
        signal.alarm(0)
    exp = exp_norm(c["expect"])
    if eq(exp, got):
        res[f]["pass"] += 1
    else:
        res[f]["fail"] += 1
        fails.append((f, c["name"], c["expr"][:100], str(exp)[:100], str(got)[:200]))
el = time.perf_counter() - t0
tot = Counter()
print(f"{'file':16} pass fail skip")
for f in sorted(res):
    r = res[f]
    tot.update(r)
    print(f"{f:16} {r['pass']:4} {r['fail']:4} {r['skipped']:4}")
print(f"{'TOTAL':16} {tot['pass']:4} {tot['fail']:4} {tot['skipped']:4}   ({el:.1f}s)")
with open(f"{WORK}/harness/fails-{LIB}{os.environ.get('CPP_EXT', '')}.txt", "w") as fh:
    for x in fails:
        fh.write(" | ".join(map(str, x)) + "\n")
