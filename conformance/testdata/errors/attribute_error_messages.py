class Thing:
    __slots__ = ("a",)
cases = [
    lambda: (5).foo,
    lambda: "s".nope,
    lambda: [].push,
    lambda: None.attr,
    lambda: Thing().a,
    lambda: Thing.missing,
    lambda: setattr(Thing(), "b", 1),
    lambda: (1.5).imag_part,
    lambda: {}.iteritems,
    lambda: (lambda: 0).custom,
    lambda: object().__dict__,
    lambda: setattr(5, "real", 1),
]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print("AttributeError:", e)
import sys
try:
    sys.no_such_attribute
except AttributeError as e:
    print("AttributeError:", e)
