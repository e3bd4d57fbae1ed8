class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc_value, traceback):
        print("type:", exc_type)
        print("value:", repr(exc_value))
        print("traceback is None:", traceback is None)
        if traceback is not None:
            print("tb_lineno:", traceback.tb_lineno)
        return True
with Inspect():
    pass
with Inspect():
    raise KeyError("key")
with Inspect():
    x = [1, 2][5]
class ReplaceExc:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is ValueError:
            raise RuntimeError("replaced") from v
try:
    with ReplaceExc():
        raise ValueError("original")
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
