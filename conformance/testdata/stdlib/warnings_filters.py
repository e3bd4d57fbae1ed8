import sys
import warnings


class Sink:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s


def emit(msg, cat=UserWarning, level=2):
    warnings.warn(msg, cat, stacklevel=level)


print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)
print(warnings.__all__)

# What reaches stderr, with the source line.
sink = Sink()
saved = sys.stderr
sys.stderr = sink
try:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("plain warning")
        emit("from a helper")
        emit("helper itself", level=1)
        warnings.warn("deprecated thing", DeprecationWarning)
        warnings.warn(RuntimeWarning("an instance"))
        warnings.warn("far away", stacklevel=50)
    with warnings.catch_warnings():
        warnings.simplefilter("default")
        for _ in range(3):
            warnings.warn("only once per line")
        for _ in range(2):
            emit("once per caller line")
finally:
    sys.stderr = saved
for line in sink.text.splitlines():
    print(line.replace(__file__, "PROG"))

# Actions and the registries.
def collect(action, calls):
    with warnings.catch_warnings(record=True) as seen:
        warnings.resetwarnings()
        warnings.simplefilter(action)
        calls()
    return [(str(w.message), w.category.__name__, w.lineno) for w in seen]


def calls():
    for i in range(2):
        warnings.warn("same")
        warnings.warn("same")
    warnings.warn("other", RuntimeWarning)
    warnings.warn("other", RuntimeWarning)


for action in ["always", "default", "module", "once", "ignore"]:
    print(action, collect(action, calls))
print(collect("once", calls))  # once remembers across the whole program

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for cat in (UserWarning, DeprecationWarning, BytesWarning):
        try:
            warnings.warn("now an error", cat)
        except Warning as e:
            print(type(e).__name__, e, e.args)
    try:
        warnings.warn(FutureWarning("an instance", 2))
    except FutureWarning as e:
        print("FutureWarning", e.args)

# Filters: message regexes (case-insensitive, anchored at the start),
# categories, modules, line numbers, append.
with warnings.catch_warnings(record=True) as seen:
    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="noisy")
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("error", module="some\\.other")
    warnings.filterwarnings("ignore", lineno=10000)
    warnings.warn("NOISY message")
    warnings.warn("not noisy")
    warnings.warn("old", DeprecationWarning)
    warnings.warn("pending", PendingDeprecationWarning)
    warnings.warn_explicit("exp", UserWarning, "x.py", 10000)
    warnings.warn_explicit("exp2", UserWarning, "x.py", 10001, module="mod")
    try:
        warnings.warn_explicit("exp3", UserWarning, "x.py", 1, module="some.other.thing")
    except UserWarning as e:
        print("error for module", e)
    warnings.warn_explicit("exp4", SyntaxWarning, "pkg/mod.PY", 7)
    for entry in warnings.filters:
        print(entry)
print([(str(w.message), w.filename.replace(__file__, "PROG"), w.lineno) for w in seen])

warnings.resetwarnings()
warnings.simplefilter("ignore", UserWarning)
warnings.simplefilter("error", append=True)
warnings.simplefilter("ignore", UserWarning)
warnings.simplefilter("error", append=True)
warnings.filterwarnings("always", "abc", RuntimeWarning, "mod", 4)
print(warnings.filters)
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("default")

for bad in [lambda: warnings.filterwarnings("sometimes"),
            lambda: warnings.filterwarnings("ignore", message=None),
            lambda: warnings.filterwarnings("ignore", category="x"),
            lambda: warnings.filterwarnings("ignore", category=ValueError),
            lambda: warnings.filterwarnings("ignore", module=1),
            lambda: warnings.filterwarnings("ignore", lineno=-1),
            lambda: warnings.simplefilter("ignore", lineno=1.5),
            lambda: warnings.warn("x", 5),
            lambda: warnings.warn("x", ValueError)]:
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)

# formatwarning / showwarning and replacing them.
print(repr(warnings.formatwarning("text", UserWarning, "f.py", 1)))
print(repr(warnings.formatwarning("text", UserWarning, "f.py", 1, line="  x = 1  ")))
print(repr(warnings.formatwarning(UserWarning("w"), ImportWarning, "g", 0, "")))
sink = Sink()
warnings.showwarning("shown", UserWarning, "h.py", 5, file=sink, line="code()")
warnings.showwarning("shown2", UserWarning, "h.py", 6, sink)
print(repr(sink.text))

got = []
saved_show = warnings.showwarning
warnings.showwarning = lambda *args: got.append(args[:4] + (args[5],))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("to hook")
warnings.showwarning = saved_show
print([(str(a[0]), a[1].__name__, a[3], a[4]) for a in got])

saved_format = warnings.formatwarning
warnings.formatwarning = lambda m, c, f, l, line=None: "CUSTOM %s %s\n" % (c.__name__, m)
sink = Sink()
sys.stderr = sink
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("formatted")
sys.stderr = saved
warnings.formatwarning = saved_format
print(repr(sink.text))

# catch_warnings
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw as log:
    warnings.simplefilter("always")
    warnings.warn("a")
    print(type(log).__name__, len(log), str(log[0]).replace(__file__, "PROG"))
    m = log[0]
    print(m.message, m.category, m.filename == __file__, m.file, m.line, m.source)
try:
    c = warnings.catch_warnings()
    c.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)
c = warnings.catch_warnings()
c.__enter__()
try:
    c.__enter__()
except RuntimeError as e:
    print("RuntimeError", e)
c.__exit__(None, None, None)

before = list(warnings.filters)
with warnings.catch_warnings(action="ignore", category=RuntimeWarning):
    print(warnings.filters[0])
    warnings.simplefilter("error")
print(warnings.filters == before)

msg = warnings.WarningMessage("m", UserWarning, "f.py", 3)
print(msg, msg._category_name, msg.file, msg.line, msg.source)
print(warnings.WarningMessage(ValueError("v"), None, "f", 1, line="src"))

# The registries as CPython keeps them.
warnings.resetwarnings()
warnings.simplefilter("once")
sink = Sink()
sys.stderr = sink
for _ in range(2):
    warnings.warn_explicit("b", UserWarning, "f", 1)
    warnings.warn_explicit("b", UserWarning, "f", 2)
reg = {}
warnings.warn_explicit("c", UserWarning, "f", 1, registry=reg)
warnings.warn_explicit("c", UserWarning, "f", 2, registry=reg)
warnings.simplefilter("default")
warnings.warn_explicit("d", UserWarning, "f", 1)
warnings.warn_explicit("d", UserWarning, "f", 1)
warnings.warn_explicit("e", UserWarning, "f", 1, registry=reg)
warnings.warn_explicit("e", UserWarning, "f", 1, registry=reg)
sys.stderr = saved
print(sorted(k for k in reg if k != "version"), sorted(k for k in warnings.onceregistry if k != "version"))
print(sink.text)
