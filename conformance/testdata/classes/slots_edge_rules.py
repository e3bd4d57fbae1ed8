# __slots__: a name given twice makes one slot; subclasses of int, bytes and tuple
# (whose items are inline) may not add slots.
def t(src):
    try:
        exec(src, {})
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Dup:
    __slots__ = ("x", "x")
d = Dup(); d.x = 1; print(Dup.__slots__, d.x)
t("class A(int):\n    __slots__ = ('x',)")
t("class A(int):\n    __slots__ = ()")
t("class A(bytes):\n    __slots__ = ('__dict__',)")
t("class A(tuple):\n    __slots__ = ('a',)")
t("class A(tuple):\n    __slots__ = ()")
t("class A(str):\n    __slots__ = ('a',)")
t("class A(float):\n    __slots__ = ('a',)")
t("class B(int): pass\nclass A(B):\n    __slots__ = ('a',)")
t("class A:\n    __slots__ = ('a',)\n    a = 1")
t("class A(bool): pass")
