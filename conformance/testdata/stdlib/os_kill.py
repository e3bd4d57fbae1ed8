# os.kill and os.killpg: signal 0 probes a process, a reaped pid is gone,
# a signal ends a child with a negative returncode.
import os
import signal
import subprocess

print(os.kill(os.getpid(), 0))
p = subprocess.Popen(["sleep", "30"])
os.kill(p.pid, signal.SIGTERM)
print(p.wait())
try:
    os.kill(p.pid, 0)
except ProcessLookupError as e:
    print(type(e).__name__, e.errno, e.strerror)
q = subprocess.Popen(["sleep", "30"], start_new_session=True)
os.killpg(q.pid, signal.SIGKILL)
print(q.wait())
for args in [(), (1,), (1, 2, 3)]:
    try:
        os.kill(*args)
    except TypeError as e:
        print(e)
try:
    os.kill("1", 0)
except TypeError as e:
    print(e)
