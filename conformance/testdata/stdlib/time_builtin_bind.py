# Functions of C modules are builtins: stored as a class attribute they do
# not bind as methods (a class attribute converter = time.localtime).
import time
import os
import decimal


class Stamp:
    converter = time.gmtime
    local = time.localtime
    fmt = time.strftime
    asc = time.asctime
    ct = time.ctime
    mk = time.mktime
    parse = time.strptime

    def utc(self, secs):
        return self.converter(secs)


s = Stamp()
t = s.utc(86400 * 365)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_isdst)
print(tuple(s.converter(0))[:6])
print(type(s.local(0)).__name__)
print(s.fmt("%Y-%m-%d %H:%M:%S", s.converter(1e9)))
print(s.asc(s.converter(0)))
print(len(s.ct(0)))
print(s.mk(s.local(1234567)))
print(s.parse("2024-02-29", "%Y-%m-%d")[:3])
print(Stamp.converter is time.gmtime)

for name in ["gmtime", "localtime", "mktime", "strftime", "asctime", "ctime", "strptime"]:
    f = getattr(time, name)
    print(name, type(f).__name__, f.__name__, hasattr(f, "__get__"))


class Paths:
    st = os.stat
    fs = os.fspath

p = Paths()
print(p.fs("abc"), p.st(".").st_mode == os.stat(".").st_mode)
for name in ["stat", "lstat", "fstat", "fspath", "scandir"]:
    print("os." + name, type(getattr(os, name)).__name__)


class Ctx:
    get = decimal.getcontext
    local = decimal.localcontext

c = Ctx()
print(c.get().prec)
with c.local() as ctx:
    ctx.prec = 5
    print(decimal.Decimal(1) / decimal.Decimal(3))
for name in ["getcontext", "setcontext", "localcontext"]:
    print("decimal." + name, type(getattr(decimal, name)).__name__)


# math.prod is C in CPython as well.
import math


class Product:
    of = math.prod

print(Product().of([2, 3, 7]), type(math.prod).__name__)
