class Config:
    debug = False
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
c = Config(verbose=True, level=3)
for name in ["debug", "verbose", "level", "missing"]:
    print(name, getattr(c, name, "<unset>"), hasattr(c, name))
handlers = {"start": lambda: "starting", "stop": lambda: "stopping"}
class Dispatcher:
    def do_start(self):
        return "method start"
    def do_stop(self):
        return "method stop"
    def dispatch(self, cmd):
        method = getattr(self, "do_" + cmd, None)
        return method() if method else f"unknown {cmd}"
d = Dispatcher()
print([d.dispatch(c) for c in ["start", "stop", "jump"]])
print(sorted(n for n in dir(Dispatcher) if n.startswith("do_")))
for attr, value in [("x", 1), ("y", [2])]:
    setattr(Config, attr, value)
print(Config.x, c.y, Config(y=5).y)
