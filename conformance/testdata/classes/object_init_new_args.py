# Extra arguments reach object.__new__/__init__ only to be refused, worded by which
# of the two the class overrides, as CPython does.
def t(f):
    try:
        print(type(f()).__name__)
    except Exception as e:
        print(type(e).__name__, e)
class Plain: pass
class InitOnly:
    def __init__(self, x): super().__init__(x)
class InitOk:
    def __init__(self, x): super().__init__()
class NewOnly:
    def __new__(cls, x): return super().__new__(cls, x)
class NewOk:
    def __new__(cls, x): return super().__new__(cls)
class Both:
    def __new__(cls, x): return super().__new__(cls)
    def __init__(self, x): super().__init__()
class Sub(NewOk): pass
t(lambda: Plain(1))
t(lambda: Plain(x=1))
t(lambda: object.__init__(Plain(), 1))
t(lambda: InitOnly(1))
t(lambda: InitOk(1))
t(lambda: NewOnly(1))
t(lambda: NewOk(1))
t(lambda: Both(1))
t(lambda: Sub(1))
t(lambda: object.__new__(Plain, 1))
t(lambda: object.__new__(InitOk, 1))
t(lambda: object.__init__(NewOk(1), 1))
t(lambda: object(1))
t(lambda: object.__init__(5, 1))
