# enum.verify: UNIQUE names the aliases, CONTINUOUS the missing values, and
# NAMED_FLAGS the aliases whose bits no member names; unique() too.
from enum import Enum, IntEnum, Flag, IntFlag, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, unique
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def mk(check, base, **members):
    return lambda: verify(check)(base('U', members))
t(mk(UNIQUE, Enum, A=1, B=1, C=2, D=2)); t(mk(UNIQUE, Enum, A=1, B=2))
t(lambda: unique(Enum('U', {'A': 1, 'B': 1})))
t(mk(CONTINUOUS, IntEnum, A=1, C=3, F=6)); t(mk(CONTINUOUS, IntEnum, A=1, B=2))
t(mk(NAMED_FLAGS, Flag, A=1, C=6)); t(mk(NAMED_FLAGS, Flag, A=1, C=5)); t(mk(NAMED_FLAGS, Flag, A=1, B=2, C=3))
t(mk(NAMED_FLAGS, Flag, A=1, C=6, D=24)); t(mk(NAMED_FLAGS, IntFlag, A=1, D=8 | 16 | 1))
t(mk(NAMED_FLAGS, Flag, A=1, C=6, D=24, E=96))
t(lambda: verify(UNIQUE, CONTINUOUS)(IntEnum('V', {'A': 1, 'B': 2, 'C': 2})))
