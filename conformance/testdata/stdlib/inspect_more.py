import functools
import inspect
from inspect import Parameter as P, Signature as S, signature


def show(action):
    try:
        print(repr(action()))
    except Exception as e:
        print(type(e).__name__, e)


def f(a, b=2, *args, c, d='x', **kw):
    pass


def g(a, b, c=3):
    pass


def h(x, /, y, *, z):
    pass


# Parameter
print(str(P.KEYWORD_ONLY), repr(P.KEYWORD_ONLY), P.KEYWORD_ONLY.description, list(type(P.KEYWORD_ONLY)))
print([k.description for k in type(P.KEYWORD_ONLY)], P.VAR_KEYWORD == 4, P.POSITIONAL_ONLY < P.KEYWORD_ONLY)
print(repr(P("a", P.POSITIONAL_ONLY, default=None, annotation=int)), P("a", P.VAR_KEYWORD, annotation="x"), P("a", P.VAR_POSITIONAL, annotation=list[int]))
print(P("a", 1).kind, P("a", P.KEYWORD_ONLY, default=[1]).default, P("b", P.KEYWORD_ONLY).annotation is P.empty)
show(lambda: P("a", 7))
show(lambda: P(1, P.POSITIONAL_ONLY))
show(lambda: P("a b", P.POSITIONAL_ONLY))
show(lambda: P("a", P.VAR_POSITIONAL, default=1))
show(lambda: P("a", P.VAR_KEYWORD, default=1))
show(lambda: P(".0", P.POSITIONAL_OR_KEYWORD))
p = P("a", P.POSITIONAL_OR_KEYWORD, default=1)
print(p.replace(name="b"), p.replace(kind=P.KEYWORD_ONLY, default=P.empty), p.replace(annotation=str))
print(p == P("a", P.POSITIONAL_OR_KEYWORD, default=1), p != p.replace(default=2), hash(p) == hash(P("a", 1, default=1)), p == 1)
show(lambda: setattr(p, "name", "q"))

# Signature construction and str
print(S(), S([P("a", P.POSITIONAL_ONLY)]), S([P("a", P.POSITIONAL_ONLY), P("b", P.KEYWORD_ONLY)]))
print(S([P("a", P.POSITIONAL_OR_KEYWORD), P("b", P.KEYWORD_ONLY)]), S([P("k", P.KEYWORD_ONLY)], return_annotation=list[int]))
print(S([P("a", P.POSITIONAL_ONLY), P("r", P.VAR_POSITIONAL), P("k", P.KEYWORD_ONLY)]))
show(lambda: S([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)]))
show(lambda: S([P("a", P.POSITIONAL_ONLY, default=1), P("b", P.POSITIONAL_ONLY)]))
show(lambda: S([P("a", P.POSITIONAL_ONLY), P("a", P.KEYWORD_ONLY)]))
print(S([P("b", P.KEYWORD_ONLY, default=1), P("a", P.KEYWORD_ONLY)]))
sig = signature(f)
print(sig.replace(return_annotation=int), hash(sig) == hash(signature(f)), sig == signature(f), sig != signature(g))
print(sig.parameters, type(sig.parameters).__name__, list(sig.parameters))
print(S.empty is P.empty, repr(S.empty), sig.return_annotation is S.empty, S.from_callable(g))
print(sig.replace(parameters=[]), signature(lambda: None) == S())

# bind
for args, kwargs in [((1, 2, 3, 4), {"c": 1, "e": 5}), ((1,), {"c": 0}), ((), {"a": 1, "c": 2, "b": 3})]:
    ba = sig.bind(*args, **kwargs)
    print(ba, ba.args, ba.kwargs)
    ba.apply_defaults()
    print(ba.arguments)
for bad in [lambda: signature(h).bind(x=1, y=2, z=3), lambda: signature(h).bind(1, 2, 3), lambda: signature(h).bind(1, 2),
            lambda: signature(h).bind(1, y=2, z=3, w=4), lambda: signature(g).bind(1, 2, b=3), lambda: signature(g).bind(1),
            lambda: signature(g).bind(1, 2, 3, 4), lambda: signature(h).bind(1, x=1, y=2, z=3), lambda: sig.bind(c=1)]:
    show(bad)
b2 = signature(h).bind_partial(1)
print(b2, b2.args, b2.kwargs)
b2.apply_defaults()
print(b2, b2 == signature(h).bind_partial(1), b2.signature == signature(h))
b3 = signature(g).bind_partial(b=5)
print(b3, b3.args, b3.kwargs)
b4 = signature(lambda a, b=1, *, c: 0).bind(1, c=2)
print(b4.args, b4.kwargs)

# signatures of callables
for p in [functools.partial(f, 1, c=5), functools.partial(f, b=3), functools.partial(g, 1), functools.partial(g, b=1),
          functools.partial(g, c=0), functools.partial(h, 1), functools.partial(h, y=2), functools.partial(h, z=1),
          functools.partial(f, 1, 2, 3, 4), functools.partial(f, kw=1), functools.partial(functools.partial(g, 1), 2)]:
    print(signature(p))
for bad in [lambda: signature(functools.partial(g, 1, 2, 3, 4)), lambda: signature(functools.partial(h, x=1)), lambda: signature(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, str(e).split(" at ")[0])


class W:
    def __init__(self, a, b=1):
        pass
    def meth(self, x, *, y=0):
        pass
    @classmethod
    def cm(cls, z):
        pass
    @staticmethod
    def sm(q, r=1):
        pass
    def __call__(self, n, /):
        pass


class N:
    def __new__(cls, x):
        return super().__new__(cls)


class Meta(type):
    def __call__(cls, q):
        pass


class Q(metaclass=Meta):
    pass


class Plain:
    pass


class Sub(W):
    pass


class Custom:
    __signature__ = S([P("only", P.KEYWORD_ONLY)])
    def __call__(self, *a):
        pass


print(signature(W), signature(N), signature(Q), signature(Plain), signature(W.__init__), signature(Sub))
print(signature(W(1)), signature(W(1).meth), signature(W.meth), signature(W.cm), signature(W.sm), signature(W(1).cm))
print(signature(object), signature(Custom()), signature(Custom))
show(lambda: signature(int))


class PM:
    def base(self, a, b, c=0):
        return (a, b, c)
    frozen = functools.partialmethod(base, 1)
print(signature(PM.frozen), signature(PM().frozen), PM().frozen(2))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def wrapped(a, b=1):
    pass


print(signature(wrapped), signature(wrapped, follow_wrapped=False))


def annotated(a: "int", b: "list[str]" = None) -> "dict":
    pass


print(signature(annotated), signature(annotated, eval_str=True))
print(inspect.get_annotations(annotated), inspect.get_annotations(annotated, eval_str=True))


class Ann:
    x: int
    y: "str" = "s"


class AnnSub(Ann):
    pass


print(inspect.get_annotations(Ann), inspect.get_annotations(AnnSub), inspect.get_annotations(Ann, eval_str=True))
print(inspect.get_annotations(inspect), inspect.get_annotations(lambda: 0))
show(lambda: inspect.get_annotations(1))

# formatannotation
print(inspect.formatannotation(list[int]), inspect.formatannotation(int), inspect.formatannotation("x"), inspect.formatannotation(inspect.Parameter), inspect.formatannotation(None))

# getfullargspec and getcallargs
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(W(1).meth))
print(inspect.getfullargspec(annotated))
show(lambda: inspect.getfullargspec(1))
print(inspect.getcallargs(f, 1, c=3, z=5))
print(inspect.getcallargs(f, 1, 2, 3, d=0, c=3))
print(inspect.getcallargs(g, b=4, a=1), list(inspect.getcallargs(W(1).meth, 5).items())[1:])
for bad in [lambda: inspect.getcallargs(g, 1), lambda: inspect.getcallargs(g, 1, 2, 3, 4), lambda: inspect.getcallargs(g, 1, 2, d=4), lambda: inspect.getcallargs(g, 1, a=4, b=5)]:
    show(bad)

# unwrap
def base():
    pass
w1 = functools.wraps(base)(lambda: 0)
w2 = functools.wraps(w1)(lambda: 0)
print(inspect.unwrap(w2) is base, inspect.unwrap(w2, stop=lambda fn: fn is w1) is w1, inspect.unwrap(1))
class Loop:
    pass
loop = Loop()
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print("ValueError", str(e).split(" at ")[0])

# docs
class Doc:
    def method(self):
        """Method docs.

        More lines.
        """
    @property
    def prop(self):
        "Property docs."
        return 1


class DocSub(Doc):
    def method(self):
        pass
    @property
    def prop(self):
        return 2


print(repr(inspect.getdoc(DocSub.method)), repr(inspect.getdoc(DocSub().method)), repr(inspect.getdoc(DocSub.prop)))
print(inspect.getdoc(DocSub), inspect.getdoc(Doc), repr(inspect.getdoc(1)[:3]))
print(repr(inspect.cleandoc("\tfirst\n\t  second\n\n")), repr(inspect.cleandoc("")), repr(inspect.cleandoc("   \n  x\n   y")))
print(repr(inspect.cleandoc("\n\n  a\n    b\n  c\n\n")))

# members
class Members:
    a = 1
    b = "two"
    def m(self):
        pass
    @property
    def p(self):
        return 3
print([k for k, v in inspect.getmembers(Members) if not k.startswith("__")])
print(inspect.getmembers(Members(), lambda v: isinstance(v, (int, str)) and not isinstance(v, bool))[:3])
print([k for k, v in inspect.getmembers(Members, inspect.isfunction)], inspect.getmembers(1, lambda v: False))
print(type(inspect.getattr_static(Members, "p")).__name__, inspect.getattr_static(Members(), "a"), inspect.getattr_static(Members, "zz", "dflt"))
show(lambda: inspect.getattr_static(Members(), "zz"))
print([k for k, v in inspect.getmembers_static(Members) if not k.startswith("__")])

# predicates
class Desc:
    def __get__(self, obj, owner=None):
        return 1
class DataDesc(Desc):
    def __set__(self, obj, value):
        pass
print(inspect.ismethoddescriptor(Desc()), inspect.ismethoddescriptor(DataDesc()), inspect.isdatadescriptor(DataDesc()), inspect.isdatadescriptor(property()))
print(inspect.ismethoddescriptor(f), inspect.isdatadescriptor(Members), inspect.isroutine(W.sm), inspect.isroutine(Desc()))
async def co():
    pass
c = co()
print(inspect.isawaitable(c), inspect.iscoroutine(c), inspect.isawaitable(1), inspect.iscoroutinefunction(functools.partial(co)))
c.close()
class Aw:
    def __await__(self):
        yield
print(inspect.isawaitable(Aw()), inspect.isframe(inspect.currentframe()), inspect.iscode(f.__code__), inspect.istraceback(None))
print(inspect.isgeneratorfunction(functools.partial(lambda: (yield))), inspect.ismethod(W(1).cm), inspect.isbuiltin([].append), inspect.ismethod([].append))
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS, bool(f.__code__.co_flags & inspect.CO_VARARGS))

# files and source
print(inspect.getmodule(f).__name__, inspect.getmodule(inspect.Parameter).__name__, inspect.getmodule(inspect) is inspect)
print(inspect.getfile(f) == __file__, inspect.getsourcefile(W) == __file__, inspect.getfile(f.__code__) == __file__)
for bad in [lambda: inspect.getfile(1), lambda: inspect.getfile(inspect.sys), lambda: inspect.getfile(int)]:
    show(bad)
print(inspect.getsource(wrapped), end="")
print(inspect.getsource(PM), end="")
lines, start = inspect.getsourcelines(W.sm)
print(start, lines)
print(inspect.getsource(g), end="")
print(inspect.getsource(W.meth), end="")
