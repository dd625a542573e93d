"""Parse cel-spec tests/simple/testdata/*.textproto with the real protos and
export a JSON list of cases with tagged values (run with v0 venv)."""

import base64
import glob
import json
import math
import os
import re
import sys
from pathlib import Path

WORK = os.environ.get("CEL_EVAL", "/tmp/cel-eval")  # working folder: spec/, gen/, harness/
sys.path.insert(0, f"{WORK}/gen")
# the test messages register themselves in the default descriptor pool when imported
import cel.expr.conformance.proto2.test_all_types_extensions_pb2
import cel.expr.conformance.proto2.test_all_types_pb2
import cel.expr.conformance.proto3.test_all_types_pb2  # noqa: F401
import cel.expr.conformance.test.simple_pb2 as simple_pb2
from google.protobuf import any_pb2, descriptor_pool, duration_pb2, struct_pb2, text_format, timestamp_pb2, wrappers_pb2  # noqa: F401


class Unsupported(Exception):
    pass


WRAP = {
    "google.protobuf.Int64Value": "int",
    "google.protobuf.Int32Value": "int",
    "google.protobuf.UInt64Value": "uint",
    "google.protobuf.UInt32Value": "uint",
    "google.protobuf.DoubleValue": "double",
    "google.protobuf.FloatValue": "double",
    "google.protobuf.StringValue": "string",
    "google.protobuf.BoolValue": "bool",
    "google.protobuf.BytesValue": "bytes",
}


def dbl(x):
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def enc(v):
    k = v.WhichOneof("kind")
    if k == "null_value":
        return {"t": "null"}
    if k == "bool_value":
        return {"t": "bool", "v": v.bool_value}
    if k == "int64_value":
        return {"t": "int", "v": v.int64_value}
    if k == "uint64_value":
        return {"t": "uint", "v": v.uint64_value}
    if k == "double_value":
        return {"t": "double", "v": dbl(v.double_value)}
    if k == "string_value":
        return {"t": "string", "v": v.string_value}
    if k == "bytes_value":
        return {"t": "bytes", "v": base64.b64encode(v.bytes_value).decode()}
    if k == "list_value":
        return {"t": "list", "v": [enc(e) for e in v.list_value.values]}
    if k == "map_value":
        return {"t": "map", "v": [[enc(e.key), enc(e.value)] for e in v.map_value.entries]}
    if k == "type_value":
        return {"t": "type", "v": v.type_value}
    if k == "object_value":
        a = v.object_value
        tn = a.TypeName()
        if tn == "google.protobuf.Timestamp":
            m = timestamp_pb2.Timestamp()
            a.Unpack(m)
            return {"t": "timestamp", "s": m.seconds, "n": m.nanos}
        if tn == "google.protobuf.Duration":
            m = duration_pb2.Duration()
            a.Unpack(m)
            return {"t": "duration", "s": m.seconds, "n": m.nanos}
        if tn in WRAP:
            m = getattr(wrappers_pb2, tn.split(".")[-1])()
            a.Unpack(m)
            t = WRAP[tn]
            val = m.value
            if t == "double":
                val = dbl(val)
            if t == "bytes":
                val = base64.b64encode(val).decode()
            return {"t": t, "v": val}
        raise Unsupported("object " + tn)
    raise Unsupported("value kind " + str(k))


PROTO_RE = re.compile(
    r"TestAllTypes|NestedTestAllTypes|google\.protobuf\.|\b[A-Z][A-Za-z0-9_.]*\s*\{|\.proto|proto[23]\.|GlobalEnum|TestAllTypes"
)

out = []
for f in sorted(glob.glob(f"{WORK}/spec/tests/simple/testdata/*.textproto")):
    fname = os.path.basename(f).replace(".textproto", "")
    msg = simple_pb2.SimpleTestFile()
    try:
        text_format.Parse(Path(f).read_text(), msg, descriptor_pool=descriptor_pool.Default())
    except Exception as e:
        print("PARSE FAIL", fname, e, file=sys.stderr)
        continue
    for sec in msg.section:
        for t in sec.test:
            case = {"file": fname, "section": sec.name, "name": t.name, "expr": t.expr}
            try:
                if t.disable_macros:
                    raise Unsupported("disable_macros")
                if t.check_only:
                    raise Unsupported("check_only")
                if t.container:
                    raise Unsupported("container")
                if PROTO_RE.search(t.expr):
                    raise Unsupported("proto message types in expr")
                b = {}
                for name, ev in t.bindings.items():
                    if ev.WhichOneof("kind") != "value":
                        raise Unsupported("binding not value")
                    b[name] = enc(ev.value)
                case["bindings"] = b
                rm = t.WhichOneof("result_matcher")
                if rm is None:
                    case["expect"] = {"t": "bool", "v": True}
                elif rm == "value":
                    case["expect"] = enc(t.value)
                elif rm == "typed_result":
                    case["expect"] = enc(t.typed_result.result)
                elif rm in ("eval_error", "any_eval_errors"):
                    case["expect"] = {"t": "error"}
                else:
                    raise Unsupported(rm)
            except Unsupported as e:
                case["skip"] = str(e)
            out.append(case)
os.makedirs(f"{WORK}/harness", exist_ok=True)
Path(f"{WORK}/harness/cases.json").write_text(json.dumps(out, indent=0))
from collections import Counter

print(len(out), Counter(c["file"] for c in out if "skip" not in c).most_common())
print(Counter(c.get("skip", "run") for c in out).most_common())
