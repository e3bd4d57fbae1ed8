class Picky:
    def __set_name__(self, owner, name):
        if name != "ok":
            raise ValueError("bad name " + name)


class Fine:
    ok = Picky()


try:
    class Broken:
        wrong = Picky()
except RuntimeError as e:
    print(e)
    print(repr(e.__cause__), e.__suppress_context__)


class Boom:
    kept = Picky()
    other = Picky()
