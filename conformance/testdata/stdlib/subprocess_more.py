# subprocess: reprs and messages of the result and error classes, pipes
# read line by line, text mode and encodings, stdin/stdout as files,
# signals, timeouts, check_output/check_call/run errors, list2cmdline.
import os
import signal
import subprocess
import sys
import tempfile


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "->", repr(r))


# result and error classes
cp = subprocess.CompletedProcess(["a", "b"], 0)
print(cp, cp.args, cp.returncode, cp.stdout, cp.stderr)
print(subprocess.CompletedProcess("x", 1, b"out", "err"))
print(cp.check_returncode())
attempt("check_returncode", subprocess.CompletedProcess(["a"], 3, "o", "e").check_returncode)
try:
    subprocess.CompletedProcess(["a"], 3, "o", "e").check_returncode()
except subprocess.CalledProcessError as e:
    print(repr(e), e.stdout, e.output, e.stderr)
e = subprocess.CalledProcessError(2, ["ls", "x"], output=b"o", stderr=b"e")
print(e, "|", repr(e), "|", e.returncode, e.cmd, e.output, e.stdout, e.stderr)
print(subprocess.CalledProcessError(-9, "sleep"))
print(subprocess.CalledProcessError(-15, ["sleep", "1"]))
print(subprocess.CalledProcessError(-99, "x"))
t = subprocess.TimeoutExpired(["sleep", "9"], 0.5, output="partial")
print(t, "|", repr(t), "|", t.timeout, t.output, t.stdout, t.stderr)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError),
      issubclass(subprocess.SubprocessError, Exception))

# run
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 5"], capture_output=True)
print(r)
r = subprocess.run(["sh", "-c", "printf 'a\\r\\nb\\rc\\n'"], stdout=subprocess.PIPE, text=True)
print(repr(r.stdout))
r = subprocess.run(["sh", "-c", "printf 'a\\r\\nb'"], stdout=subprocess.PIPE)
print(repr(r.stdout))
r = subprocess.run(["cat"], input="héllo wörld", capture_output=True, encoding="utf-8")
print(r.stdout, r.returncode)
r = subprocess.run(["cat"], input="héllo", capture_output=True, encoding="latin-1")
print(r.stdout)
r = subprocess.run(["cat"], input=b"\xff\xfebytes", stdout=subprocess.PIPE)
print(r.stdout)
r = subprocess.run(["printf", "\\377x"], stdout=subprocess.PIPE, errors="replace")
print(repr(r.stdout))
r = subprocess.run(["cat"], input="uni\n", capture_output=True, universal_newlines=True)
print(repr(r.stdout), repr(r.stderr))
print(subprocess.run(["true"]), subprocess.run("exit 7", shell=True).returncode)
print(subprocess.run(["sh", "-c", "echo $0 $1", "zero", "one"], capture_output=True, text=True).stdout)
print(subprocess.run("echo $0", shell=True, capture_output=True, text=True).stdout.strip())
attempt("stdin and input", lambda: subprocess.run(["cat"], input=b"x", stdin=subprocess.PIPE))
attempt("capture and stdout", lambda: subprocess.run(["cat"], capture_output=True, stdout=subprocess.PIPE))
attempt("text conflict", lambda: subprocess.run(["true"], text=True, universal_newlines=False))
attempt("check", lambda: subprocess.run(["sh", "-c", "echo o; exit 2"], check=True, capture_output=True))
try:
    subprocess.run(["sh", "-c", "echo o; echo e >&2; exit 2"], check=True, capture_output=True, text=True)
except subprocess.CalledProcessError as err:
    print(err.returncode, repr(err.output), repr(err.stderr), err.cmd)
try:
    subprocess.run(["sh", "-c", "echo before; sleep 5"], timeout=0.3, capture_output=True)
except subprocess.TimeoutExpired as err:
    print("timed out", err.cmd, err.timeout, err.output)
attempt("missing program", lambda: subprocess.run(["no-such-program-xyz", "a"]))
attempt("missing cwd", lambda: subprocess.run(["true"], cwd="/no/such/dir"))
attempt("empty args", lambda: subprocess.run([]))
print(subprocess.run(["pwd"], cwd=tempfile.gettempdir(), capture_output=True, text=True).stdout.strip() == os.path.realpath(tempfile.gettempdir()))
print(subprocess.run(["sh", "-c", "echo $A-$B"], env={"A": "1", "B": "2"}, capture_output=True, text=True).stdout)

# check_output, check_call, call, getoutput
print(subprocess.check_output(["echo", "hi"]), subprocess.check_output("echo $((6*7))", shell=True, text=True))
print(subprocess.check_output(["sh", "-c", "echo o; echo e >&2"], stderr=subprocess.STDOUT))
print(repr(subprocess.check_output(["cat"], input=None, text=True)))
print(repr(subprocess.check_output(["cat"], input=b"fed")))
attempt("check_output stdout", lambda: subprocess.check_output(["true"], stdout=subprocess.PIPE))
attempt("check_output fails", lambda: subprocess.check_output(["sh", "-c", "exit 3"]))
print(subprocess.check_call(["true"]), subprocess.call(["sh", "-c", "exit 4"]))
attempt("check_call fails", lambda: subprocess.check_call(["sh", "-c", "exit 6"]))
attempt("check_call args", lambda: subprocess.check_call(args=["false"]))
print(subprocess.getstatusoutput("echo a; echo b >&2; exit 3"))
print(subprocess.getstatusoutput("printf 'no newline'"))
print(repr(subprocess.getoutput("echo two lines; echo x")))

# Popen pipes
p = subprocess.Popen(["sh", "-c", "echo first; echo second; printf third"], stdout=subprocess.PIPE)
print(p.stdout.readline(), p.stdout.readline(), p.stdout.read(), p.stdout.read())
print(p.wait(), p.returncode, p.poll())
p = subprocess.Popen(["sh", "-c", "printf 'x\\ny\\nz'"], stdout=subprocess.PIPE, text=True)
print(p.stdout.readlines())
p.wait()
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(p.stdin.write("line one\n"), p.stdin.write("line two\n"))
p.stdin.close()
print(list(p.stdout), p.wait())
p = subprocess.Popen(["sh", "-c", "echo a; echo b; echo c"], stdout=subprocess.PIPE)
print(p.stdout.readline())
print(p.communicate())
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.communicate(input=b"abc"), p.returncode)
print(p.communicate())
p = subprocess.Popen(["sh", "-c", "read x; echo got $x"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate("value\n")
print(repr(out), err, p.returncode)
p = subprocess.Popen(["true"])
print(p.communicate(), p.returncode, p.stdin, p.stdout, p.stderr)
p = subprocess.Popen(["sh", "-c", "echo x"], stdout=subprocess.PIPE)
with p:
    print(repr(p.stdout.read(1)), repr(p.stdout.read(0)), repr(p.stdout.read1(100)))
print(p.returncode, p.stdout.closed)
attempt("read closed", p.stdout.read)
print(repr(subprocess.Popen(["true"], stdout=subprocess.DEVNULL)).split(":")[0])
q = subprocess.Popen(["true"])
q.wait()
print(repr(q), q.args)
print(repr(subprocess.Popen(["echo"] + ["x" * 10] * 10, stdout=subprocess.DEVNULL)).split("args: ")[1])

# stdio as files and descriptors
with tempfile.TemporaryFile() as f:
    subprocess.run(["echo", "to a file"], stdout=f)
    subprocess.run(["sh", "-c", "echo err line >&2"], stderr=f)
    f.seek(0)
    print(f.read())
with tempfile.TemporaryFile() as f:
    f.write(b"from a file\n")
    f.seek(0)
    print(subprocess.run(["cat"], stdin=f, capture_output=True).stdout)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "out.txt")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT)
    subprocess.run(["echo", "via fd"], stdout=fd)
    os.close(fd)
    with open(path, "rb") as f:
        print(f.read())
print(subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True).stdout)

# signals and timeouts
p = subprocess.Popen(["sleep", "10"])
print(p.poll(), isinstance(p.pid, int))
attempt("wait timeout", lambda: p.wait(timeout=0.05))
p.terminate()
print(p.wait(), p.returncode)
p.terminate()   # no effect once it has exited
p.kill()
p = subprocess.Popen(["sleep", "10"])
p.send_signal(signal.SIGINT)
print(p.wait())
p = subprocess.Popen(["sleep", "10"])
p.kill()
print(p.wait())
attempt("timed out call", lambda: subprocess.call(["sleep", "10"], timeout=0.05))
p = subprocess.Popen(["sh", "-c", "echo early; sleep 0.5; echo late"], stdout=subprocess.PIPE, text=True)
try:
    p.communicate(timeout=0.2)
except subprocess.TimeoutExpired as err:
    print("partial", repr(err.output), err.timeout)
print(p.communicate())
attempt("input after start", lambda: p.communicate(b"more"))
r = subprocess.run(["sh", "-c", "kill -TERM $$"])
print(r.returncode)
attempt("died", lambda: subprocess.check_call(["sh", "-c", "kill -KILL $$"]))

# list2cmdline
cases = [["a", "b c"], [""], ['say "hi"'], ["back\\slash"], ["trail\\"], ["trail space\\"],
         ['q\\"x'], ["tab\there"], ["a\\\\b"], ['\\"'], ["plain", "", "x"]]
for c in cases:
    print(repr(subprocess.list2cmdline(c)))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL, sorted(subprocess.__all__)[:5])

# closed pipes
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.close()
p.stdout.close()
for label, fn in [("readline", p.stdout.readline), ("read1", p.stdout.read1),
                  ("write", lambda: p.stdin.write(b"x")), ("flush", p.stdin.flush),
                  ("fileno", p.stdout.fileno), ("iterate", lambda: list(p.stdout))]:
    attempt(label, fn)
print(p.wait(), p.stdin.closed, p.stdout.closed)
print(repr(signal.Signals(9)), repr(signal.Signals(signal.SIGTERM)))
attempt("Signals", lambda: signal.Signals(99))
