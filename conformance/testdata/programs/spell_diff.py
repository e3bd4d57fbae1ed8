"""A spelling suggester and a tiny diff tool over difflib."""
import difflib

WORDS = "apple apply ape apricot banana band bandana bank cherry chart charm python pyramid".split()
COMMANDS = ["install", "uninstall", "list", "freeze", "show", "search", "download"]

for typo in ["appel", "banan", "pythn", "chary", "xyz", "bnak"]:
    print(f"{typo:<6} -> {difflib.get_close_matches(typo, WORDS)}")
for cmd in ["instal", "lst", "frezee", "serch"]:
    best = difflib.get_close_matches(cmd, COMMANDS, n=1, cutoff=0.5)
    print(f"unknown command {cmd!r}; did you mean {best[0]!r}?" if best else f"unknown command {cmd!r}")
s = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 4), round(s.quick_ratio(), 4), s.real_quick_ratio())
for block in s.get_matching_blocks():
    print(block)
for op in s.get_opcodes():
    print("{:7} a[{}:{}] b[{}:{}]".format(*op))
s2 = difflib.SequenceMatcher(lambda x: x == " ", "abcd efgh", "abxd efgz")
print(s2.find_longest_match(0, 9, 0, 9), s2.get_opcodes())
OLD = """def greet(name):
    print("Hello, " + name)
    return None

def add(a, b):
    return a + b

def unused():
    pass
""".splitlines(keepends=True)
NEW = """def greet(name: str) -> None:
    print(f"Hello, {name}")

def add(a, b):
    return a + b

def mul(a, b):
    return a * b
""".splitlines(keepends=True)
print("".join(difflib.unified_diff(OLD, NEW, fromfile="old.py", tofile="new.py")), end="")
print("".join(difflib.context_diff(OLD, NEW, fromfile="old.py", tofile="new.py", n=1)), end="")
print(list(difflib.unified_diff(["a"], ["a"])), list(difflib.unified_diff(["x"], ["y"], lineterm="")))
long_a = ["line %d\n" % i for i in range(300)]
long_b = long_a[:100] + ["changed\n"] + long_a[101:250] + long_a[260:]
print(len(list(difflib.unified_diff(long_a, long_b, n=2))), round(difflib.SequenceMatcher(None, long_a, long_b).ratio(), 5))
