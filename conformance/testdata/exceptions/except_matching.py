class A(Exception): pass
class B(A): pass
class C(B): pass
for exc in [A, B, C]:
    try:
        raise exc()
    except C:
        print(exc.__name__, "-> C")
    except B:
        print(exc.__name__, "-> B")
    except A:
        print(exc.__name__, "-> A")
handlers = (KeyError, IndexError)
for exc in [KeyError, IndexError, ValueError]:
    try:
        try:
            raise exc("x")
        except handlers as e:
            print("tuple matched", type(e).__name__)
    except Exception as e:
        print("fell through", type(e).__name__)
try:
    try:
        raise ValueError
    except "notaclass":
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    raise B()
except (ValueError, TypeError, A) as e:
    print("flat tuple matched", type(e).__name__)
