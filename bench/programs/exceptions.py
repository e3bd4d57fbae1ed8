"""Exceptions raised and caught in loops, with custom classes and finally."""


class AppError(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


class NotFound(AppError):
    pass


def lookup(table, key):
    if key not in table:
        raise NotFound(key)
    return table[key]


def checked_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1


def nested_handlers(i):
    try:
        try:
            if i % 3 == 0:
                raise ValueError(i)
            if i % 3 == 1:
                raise KeyError(i)
            return 1
        except ValueError as e:
            return e.args[0] % 5
        finally:
            pass
    except KeyError:
        return 2


table = {i: i * 2 for i in range(0, 1000, 2)}
found = 0
missing = 0
codes = 0
for i in range(250000):
    try:
        found += lookup(table, i % 1000)
    except AppError as e:
        missing += 1
        codes += e.code % 7
divs = sum(checked_div(i, i % 4) for i in range(250000))
nested = sum(nested_handlers(i) for i in range(250000))
cleanups = 0
for i in range(150000):
    try:
        if i % 2:
            raise RuntimeError("odd")
    except RuntimeError:
        cleanups += 1
    else:
        cleanups += 2
    finally:
        cleanups += 1
print("found:", found, "missing:", missing, "codes:", codes)
print("divs:", divs)
print("nested:", nested)
print("cleanups:", cleanups)
