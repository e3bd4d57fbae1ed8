# A break, continue or return in a finally body that a return is running
# drops the returned value: the loop goes on, or the new value is returned.
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(g())
def g2():
    for i in range(3):
        try:
            return i
        finally:
            break
    return "after"
print(g2())
def g3():
    for i in [5, 6]:
        try:
            return i
        finally:
            return i * 10
print(g3())
def g4():
    while True:
        try:
            try:
                return 1
            finally:
                print("inner")
        finally:
            break
    return "g4 after"
print(g4())
class Noisy:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0])


def g5():
    for i in range(2):
        with Noisy() as f:
            try:
                return i
            finally:
                if i == 0:
                    continue
print(g5())
def g6():
    for x in range(3):
        for y in range(3):
            try:
                return (x, y)
            finally:
                if y < 2:
                    continue
    return None
print(g6())


def g7():
    out = []
    for i in range(4):
        try:
            try:
                return i
            finally:
                out.append(i)
        finally:
            if i < 3:
                continue
    return out


print(g7())
