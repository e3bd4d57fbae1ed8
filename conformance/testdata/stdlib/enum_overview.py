from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
print(repr(Color.RED), str(Color.RED), f"{Color.RED}", format(Color.RED, ">12"), Color, list(Color), Color.CRIMSON is Color.RED, len(Color))
print(Color.__members__)
try: (1 in Color) if False else None
except Exception as e: print(type(e).__name__, e)
print(Color.RED in Color)
try: Color.RED = 3
except Exception as e: print(type(e).__name__, e)
try: del Color.RED
except Exception as e: print(type(e).__name__, e)
try: Color(7)
except Exception as e: print(type(e).__name__, e)
try: Color['X']
except Exception as e: print(type(e).__name__, e)
try:
    class More(Color): BLUE = 3
except Exception as e: print(type(e).__name__, e)
try:
    @unique
    class U(Enum):
        A = 1; B = 1; C = 2; D = 2
except Exception as e: print(type(e).__name__, e)
class N(IntEnum):
    A = 1
    B = auto()
print(repr(N.B), str(N.B), f"{N.B}", N.A + 1, N.A == 1, N, format(N.A, "03d"))
class P(Flag):
    R = auto(); W = auto(); X = auto()
x = P.R | P.W
print(repr(x), str(x), x.name, x.value, list(x), ~P.R, P(0), repr(P(0)), P.R in x, bool(P(0)), P, repr(~x))
class IP(IntFlag):
    R = 4; W = 2; X = 1
y = IP.R | IP.W
print(repr(y), str(y), y + 1, repr(IP(8)), repr(IP(0)), repr(~IP.R), list(IP))
class S(StrEnum):
    A = auto()
    B = "bee"
print(repr(S.A), str(S.A), f"{S.B}", S.A == "a", S.B.upper())
try: P(8)
except Exception as e: print(type(e).__name__, e)
A = Enum("A", "x y z")
print(list(A), A.x.value, repr(Enum("B", [("p", 5)]).p), Enum("C", {"q": 9}).q)
print(Color.RED.name, Color.RED.value, Color(1), Color["GREEN"], hash(Color.RED) == hash(Color.RED))
print(type(Color), type(Color.RED), isinstance(Color.RED, Color), Color.RED == 1)
