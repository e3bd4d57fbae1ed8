# subprocess: run, check_output, Popen with pipes, communicate,
# timeouts, errors, cwd, env, shell.
import os
import subprocess

r = subprocess.run(["echo", "hello"], capture_output=True)
print(r)
r = subprocess.run("echo $((1+2)); echo err >&2; exit 3", shell=True,
                   capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
print(subprocess.check_output(["printf", "a\\nb\\n"], text=True).splitlines())
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(e, e.returncode)
try:
    subprocess.run(["sh", "-c", "exit 4"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd, isinstance(e, subprocess.SubprocessError))

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"via stdin\n")
print(out, err, p.returncode)
p = subprocess.Popen(["sh", "-c", "echo one; echo two; echo three"],
                     stdout=subprocess.PIPE, text=True)
print([line.strip() for line in p.stdout])
print(p.wait())
print(subprocess.run(["pwd"], cwd="/", capture_output=True, text=True).stdout)
env = {"FOO": "bar", "PATH": os.environ["PATH"]}
print(subprocess.run(["sh", "-c", "echo $FOO"], env=env, stdout=subprocess.PIPE).stdout)
print(subprocess.run(["sh", "-c", "echo out; echo err 1>&2"],
                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout)
print(subprocess.run(["echo", "quiet"], stdout=subprocess.DEVNULL).returncode)
try:
    subprocess.run(["no-such-program-xyz"])
except FileNotFoundError as e:
    print("FileNotFoundError", e)
p = subprocess.Popen(["sleep", "10"])
print(p.poll())
p.kill()
print(p.wait())
p = subprocess.Popen(["sh", "-c", "sleep 0.3; echo late"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print("timeout", e.timeout)
print(p.communicate())
print(subprocess.call(["true"]), subprocess.getoutput("echo hi"),
      subprocess.getstatusoutput("exit 2"))
with subprocess.Popen(["echo", "ctx"], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode)
r = subprocess.run(["cat"], input="text in\n", capture_output=True, text=True)
print(r.stdout, r.stderr == "")
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
