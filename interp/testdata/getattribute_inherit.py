# Setting __getattribute__ or __setattr__ on a class after the fact
# reaches its subclasses too.
class A:
    pass


class B(A):
    pass


class C(B):
    pass


def ga(self, name):
    return "got " + name


A.__getattribute__ = ga
print(C().x, B().y, A().z)

log = []


def sa(self, name, value):
    log.append((type(self).__name__, name, value))


B.__setattr__ = sa
c = C()
c.v = 1
print(log)
del A.__getattribute__
print(hasattr(C(), "x"))
