# Two handlers for one subject, two catch-alls, two @start or two @stop
# handlers raise TypeError when the class is defined, whether the
# decorators are written bare or called. A subclass may replace a
# handler of its base without error.
from rebeam import GenPy, start, stop, receive


def attempt(label, make):
    try:
        make()
        print(label, "defined")
    except TypeError as e:
        print(label, "TypeError:", e)


def two_subjects():
    class Twice(GenPy):
        @receive("a")
        def first(self):
            pass

        @receive("a")
        def second(self):
            pass


def bare_and_called():
    class Mixed(GenPy):
        @receive
        def first(self):
            pass

        @receive()
        def second(self):
            pass


def two_starts():
    class Starts(GenPy):
        @start
        def first(self):
            pass

        @start()
        def second(self):
            pass


def two_stops():
    class Stops(GenPy):
        @stop()
        def first(self):
            pass

        @stop
        def second(self, reason):
            pass


class Base(GenPy):
    @receive("a")
    def a(self):
        return "base"

    @start
    def begin(self):
        pass


def override():
    class Derived(Base):
        @receive("a")
        def a2(self):
            return "derived"

        @start()
        def begin2(self):
            pass


def bad_subject():
    class Bad(GenPy):
        @receive(42)
        def x(self):
            pass


attempt("two subjects", two_subjects)
attempt("bare and called", bare_and_called)
attempt("two starts", two_starts)
attempt("two stops", two_stops)
attempt("override", override)
attempt("bad subject", bad_subject)
