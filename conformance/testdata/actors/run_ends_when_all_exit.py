# With no supervisor and no shutdown(), the run lasts until every process
# has exited: here a function process outlives the body, waits until the
# body is gone, and the run ends when it returns, with status 0.
from rebeam import call, spawn, self_pid


def last(body):
    # A call to the body, which serves no messages, times out while it
    # lives and finds no process once it has exited.
    while call(body, "alive?", timeout=0.01) != ("error", "noproc"):
        pass
    print("the body has exited; the last process returns")


def early(n):
    return n * 2


spawn(early, 21)
spawn(last, self_pid())
print("body ends")
