# repr of staticmethod and classmethod objects shows the function they wrap.
import re


def shown(obj):
    return re.sub(r" at 0x[0-9a-f]+", " at ADDR", repr(obj))


class C:
    @staticmethod
    def st(x):
        return x

    @classmethod
    def cm(cls):
        return cls


print(shown(C.__dict__["st"]))
print(shown(C.__dict__["cm"]))
print(shown(staticmethod(len)), shown(classmethod(print)))
print(shown(staticmethod(C.__dict__["cm"])))
