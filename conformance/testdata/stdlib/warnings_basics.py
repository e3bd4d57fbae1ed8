import warnings
import sys


class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
    old_api()
    warnings.warn(UserWarning("instance"))
print(len(caught))
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno > 0, w.filename.endswith("warnings_basics.py"))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("repeated")
    warnings.simplefilter("ignore", category=RuntimeWarning)
    warnings.warn("hidden", RuntimeWarning)
    warnings.warn("shown", UserWarning)
print([str(w.message) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print("raised", e)
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    print("not raised")

with warnings.catch_warnings(record=True) as caught:
    warnings.filterwarnings("always", category=FutureWarning)
    warnings.filterwarnings("ignore", module="__main__", category=SyntaxWarning)
    warnings.warn("future", FutureWarning)
    warnings.warn("syntax", SyntaxWarning)
print([w.category.__name__ for w in caught])

print(warnings.formatwarning("msg", UserWarning, "file.py", 10, line="x = 1"), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "f.py", 3, line=""), end="")
out = Collect()
old = sys.stderr
sys.stderr = out
try:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("to stderr")
finally:
    sys.stderr = old
text = "".join(out.parts)
print(text.split(":", 1)[1].strip().splitlines()[0], text.splitlines()[1])
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError", e)
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print("TypeError", e)
