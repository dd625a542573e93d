import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import EXPRS, forums

LIB = sys.argv[1]
data = forums()


def timeit(fn, n):
    t = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - t) / n


if LIB.startswith("celpy"):
    import logging

    logging.disable(logging.CRITICAL)
    import celpy

    runner = celpy.CompiledRunner if LIB == "celpy-compiled" else celpy.InterpretedRunner
    env = celpy.Environment(runner_class=runner)
    t = time.perf_counter()
    acts = [{"forum": celpy.json_to_cel(f)} for f in data]
    conv = (time.perf_counter() - t) / len(data)
    print(f"{LIB}: json_to_cel per forum: {conv * 1e6:.1f} us")
    for k, e in EXPRS.items():
        comp = timeit(lambda e=e: env.program(env.compile(e)), 50)
        prg = env.program(env.compile(e))
        t = time.perf_counter()
        res = [prg.evaluate(a) for a in acts]
        ev = (time.perf_counter() - t) / len(acts)
        truthy = sum(1 for r in res if r is True or (isinstance(r, int) and r)) if not isinstance(res[0], str) else "-"
        print(f"{LIB:15} {k:12} compile {comp * 1e3:8.3f} ms   eval {ev * 1e6:8.1f} us/call  true={truthy}")
elif LIB == "cpp":
    from cel_expr_python import cel as ccel

    env = ccel.NewEnv(variables={"forum": ccel.Type.DYN})
    for k, e in EXPRS.items():
        comp = timeit(lambda e=e: env.compile(e), 200)
        prg = env.compile(e)
        t = time.perf_counter()
        res = [prg.eval(data={"forum": f}).value() for f in data]
        ev = (time.perf_counter() - t) / len(data)
        acts = [env.Activation({"forum": f}) for f in data]
        t = time.perf_counter()
        res2 = [prg.eval(a).value() for a in acts]
        ev2 = (time.perf_counter() - t) / len(data)
        truthy = sum(1 for r in res if r is True) if not isinstance(res[0], str) else "-"
        print(
            f"{LIB:15} {k:12} compile {comp * 1e3:8.3f} ms   eval {ev * 1e6:8.1f} us/call (dict)  {ev2 * 1e6:8.1f} us/call (prebuilt Activation) true={truthy}"
        )
else:
    import cel

    for k, e in EXPRS.items():
        comp = timeit(lambda e=e: cel.compile(e), 200)
        prg = cel.compile(e)
        t = time.perf_counter()
        res = [prg.execute({"forum": f}) for f in data]
        ev = (time.perf_counter() - t) / len(data)
        ctxs = [cel.Context({"forum": f}) for f in data]
        t = time.perf_counter()
        res2 = [prg.execute(c) for c in ctxs]
        ev2 = (time.perf_counter() - t) / len(data)
        truthy = sum(1 for r in res if r is True) if not isinstance(res[0], str) else "-"
        print(
            f"{LIB:15} {k:12} compile {comp * 1e3:8.3f} ms   eval {ev * 1e6:8.1f} us/call (dict)  {ev2 * 1e6:8.1f} us/call (prebuilt Context) true={truthy}"
        )
