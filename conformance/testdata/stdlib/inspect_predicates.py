import inspect
import sys
import abc


def func():
    "A function.\n\n    Indented more.\n    "
    pass


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class Base(abc.ABC):
    """Base docs."""
    attr = 5
    @abc.abstractmethod
    def run(self):
        "Run it."
    def helper(self):
        pass
    @property
    def prop(self):
        return 1


class Impl(Base):
    def run(self):
        pass


c = coro()
checks = [
    ("ismodule", [sys, func]), ("isclass", [Base, Impl(), int]),
    ("isfunction", [func, len, Impl().run, lambda: 0]), ("ismethod", [Impl().run, Impl.run, func]),
    ("isgeneratorfunction", [gen, func]), ("isgenerator", [gen(), gen]),
    ("iscoroutinefunction", [coro, func]), ("iscoroutine", [c]), ("isawaitable", [c, 3]),
    ("isasyncgenfunction", [agen, gen]), ("isbuiltin", [len, func, [].append]),
    ("isroutine", [func, len, Impl().run, 3]), ("isabstract", [Base, Impl, int]),
]
for name, values in checks:
    print(name, [getattr(inspect, name)(v) for v in values])
c.close()
print([n for n, v in inspect.getmembers(Impl, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Impl()) if not n.startswith("_")])
print(inspect.getmembers(Impl, lambda v: isinstance(v, int) and not isinstance(v, bool)))
print(repr(inspect.getdoc(func)), inspect.getdoc(Impl), inspect.getdoc(Impl.run), inspect.getdoc(Impl().run))
print(repr(inspect.cleandoc("  first\n    second\n      third\n\n")))
print(inspect.getmodule(func).__name__, inspect.getmro(Impl)[1].__name__, inspect.getfile(func).endswith("inspect_predicates.py"))
print(inspect.getsource(func), end="")
print(inspect.getsource(Impl), end="")
print(inspect.unwrap(func) is func, inspect.currentframe().f_code.co_name)
print(inspect.getcallargs(lambda a, b=2, *c: 0, 1))
