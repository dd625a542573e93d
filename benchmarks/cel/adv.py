import logging
import resource
import signal
import sys
import time

logging.disable(logging.CRITICAL)
LIB, KEY = sys.argv[1], sys.argv[2]
ALARM = int(sys.argv[3]) if len(sys.argv) > 3 else 5
L100 = "[" + ",".join(str(i) for i in range(100)) + "]"
EX = {
    "nest2": f"{L100}.map(x, {L100}.map(y, x + y)).size()",
    "nest3": f"{L100}.map(x, {L100}.map(y, {L100}.map(z, x + y + z))).size()",
    "nest4": f"{L100}.map(x, {L100}.map(y, {L100}.map(z, {L100}.map(w, x + y + z + w)))).size()",
    "data_nest6": "forum.members.all(a, forum.members.all(b, forum.members.all(c, forum.members.all(d, forum.members.all(e, forum.members.all(f, a.name != 'x'))))))",
    "strcat": "[" + ",".join(["'" + "a" * 1000 + "'"] * 100) + "].map(x, " + "+".join(["x"] * 200) + ").size()",
    "redos": "'" + "a" * 5000 + "!'.matches('^(a+)+$')",
    "bigregex": "'a'.matches('((a{100}){100}){100}')",
    "deep_parens": "(" * 5000 + "1" + ")" * 5000,
    "deep_neg": "!" * 20000 + "true",
    "long_sum": "+".join(["1"] * 50000),
}
expr = EX[KEY]
members = [{"name": f"m{i}", "side": "kommune"} for i in range(12)]
act = {"forum": {"members": members}}


class Deadline(BaseException):
    pass


def h(*a):
    raise Deadline()


signal.signal(signal.SIGALRM, h)
t = time.perf_counter()
phase = "compile"
try:
    signal.alarm(ALARM)
    if LIB == "celpy":
        import celpy

        env = celpy.Environment()
        prg = env.program(env.compile(expr))
        phase = "eval"
        r = prg.evaluate({k: celpy.json_to_cel(v) for k, v in act.items()})
    elif LIB == "cpp":
        from cel_expr_python import cel as ccel

        env = ccel.NewEnv(variables={"forum": ccel.Type.DYN})
        prg = env.compile(expr)
        phase = "eval"
        r = prg.eval(data=act)
        r = (r.type().name(), r.value())
    else:
        import cel

        prg = cel.compile(expr)
        phase = "eval"
        r = prg.execute(act)
    signal.alarm(0)
    out = "OK " + repr(r)[:80]
except BaseException as e:
    signal.alarm(0)
    out = f"{phase} {type(e).__module__}.{type(e).__name__}: " + str(e).replace("\n", " ")[:160]
el = time.perf_counter() - t
print(
    f"{LIB:6} {KEY:11} len={len(expr):6} {el:7.2f}s maxrss={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}MB  {out}"
)
