class AppError(Exception):
    """Base for the app."""
class NotFound(AppError):
    def __init__(self, what, where="db"):
        super().__init__(what, where)
        self.what = what
        self.where = where
    def __str__(self):
        return f"{self.what} not found in {self.where}"
class Detailed(AppError):
    def __init__(self, code):
        self.code = code
e = NotFound("user")
print(e, repr(e), e.args, e.what, isinstance(e, AppError))
try:
    raise NotFound("file", "disk")
except AppError as err:
    print(type(err).__name__, err)
d = Detailed(404)
print(repr(d), d.args, str(d), d.code)
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")))
for args in [(), ("one",), ("one", 2), (None,), ([1, 2],)]:
    ex = Exception(*args)
    print(repr(str(ex)), repr(ex), ex.args)
class MyKey(KeyError):
    pass
print(str(MyKey("k")), str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")))
e = ValueError("msg")
e.args = ("changed",)
print(e, e.add_note("a note") is None, e.__notes__)
