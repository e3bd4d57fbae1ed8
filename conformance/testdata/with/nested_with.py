class CM:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name
    def __exit__(self, *exc):
        self.log.append("exit " + self.name)
log = []
with CM("outer", log) as o:
    with CM("inner", log) as i:
        log.append(f"body {o}/{i}")
print(log)
log = []
with CM("a", log) as a, CM("b", log) as b, CM("c", log):
    log.append("body " + a + b)
print(log)
log = []
with (CM("x", log) as x,
      CM("y", log) as y):
    log.append("parenthesised " + x + y)
print(log)
class FailsToEnter:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("never called")
log = []
try:
    with CM("first", log), FailsToEnter():
        log.append("body")
except OSError as e:
    log.append("caught " + str(e))
print(log)
