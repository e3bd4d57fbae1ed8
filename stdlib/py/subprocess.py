"""Running child programs: run(), Popen and the convenience functions.

Children are started by the _subprocess host (os/exec underneath). A
child belongs to the rebeam process that started it and is killed if
that process crashes or is killed before waiting for it. Waits and pipe
reads suspend only the calling process.
"""

import os
import sys
import types
import _subprocess
import signal as _signal

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess",
           "list2cmdline"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_CHUNK = 8192


# ----------------------------------------------------------- exceptions

class SubprocessError(Exception):
    pass


class _WithOutput(SubprocessError):
    """Keeps the output captured before the failure; stdout is output."""

    def _keep(self, cmd, output, stderr):
        self.cmd, self.output, self.stderr = cmd, output, stderr

    stdout = property(lambda self: self.output,
                      lambda self, value: setattr(self, 'output', value))


class CalledProcessError(_WithOutput):
    """A process run by check_call(), check_output() or run(check=True)
    ended with a non-zero status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self._keep(cmd, output, stderr)

    def __str__(self):
        code = self.returncode
        if code is not None and code < 0:
            try:
                how = repr(_signal.Signals(-code))
            except ValueError:
                how = f"unknown signal {-code}"
            return f"Command '{self.cmd}' died with {how}."
        return f"Command '{self.cmd}' returned non-zero exit status {code}."


class TimeoutExpired(_WithOutput):
    """A wait for a child process ran out of time."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.timeout = timeout
        self._keep(cmd, output, stderr)

    def __str__(self):
        return f"Command '{self.cmd}' timed out after {self.timeout} seconds"


class CompletedProcess:
    """What run() returns: the args, the return code and any captured output."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args, self.returncode = args, returncode
        self.stdout, self.stderr = stdout, stderr

    def __repr__(self):
        fields = [f"args={self.args!r}", f"returncode={self.returncode!r}"]
        for name in ("stdout", "stderr"):
            value = getattr(self, name)
            if value is not None:
                fields.append(f"{name}={value!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


# ---------------------------------------------------------------- pipes

def _unify_newlines(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _Pipe:
    """The parent's end of a child's stdin, stdout or stderr: a small
    file object, in bytes or (encoding given) text mode."""

    def __init__(self, handle, mode, encoding=None, errors=None):
        self._handle = handle
        self.mode = mode
        self._text = encoding is not None
        self.encoding = encoding
        self.errors = (errors or 'strict') if self._text else None
        self._pending = "" if self._text else b""
        self._undecoded = b""
        self._at_eof = False
        self.closed = False

    def __repr__(self):
        kind = "_io.TextIOWrapper" if self._text else (
            "_io.BufferedReader" if self.mode == "rb" else "_io.BufferedWriter")
        return f"<{kind} name={self.fileno() if not self.closed else -1} mode={self.mode!r}>"

    def _ensure_open(self, action="I/O operation on"):
        if self.closed:
            raise ValueError(f"{action} closed file")

    def fileno(self):
        self._ensure_open()
        return _subprocess.fileno(self._handle)

    def readable(self):
        return self.mode.startswith("r")

    def writable(self):
        return self.mode.startswith("w")

    def isatty(self):
        return False

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        if not self.closed:
            self.closed = True
            _subprocess.close(self._handle)

    # writing
    def write(self, data):
        self._ensure_open("write to")
        if self._text:
            if not isinstance(data, str):
                raise TypeError(f"write() argument must be str, not {type(data).__name__}")
            raw = data.encode(self.encoding, self.errors)
        else:
            raw = bytes(data)
        while raw:
            raw = raw[_subprocess.write(self._handle, raw):]
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._ensure_open("flush of")

    # reading
    def _decode_some(self, raw, final):
        data = self._undecoded + raw
        try:
            text = data.decode(self.encoding, self.errors)
            self._undecoded = b""
        except UnicodeDecodeError as exc:
            # An incomplete character at the end waits for more bytes.
            if final or exc.start < len(data) - 4:
                raise
            text = data[:exc.start].decode(self.encoding, self.errors)
            self._undecoded = data[exc.start:]
        return text

    def _fill(self):
        """Append another chunk to the pending data; False at end of file."""
        if self._at_eof:
            return False
        raw = _subprocess.read(self._handle, _CHUNK)
        if not raw:
            self._at_eof = True
        if not self._text:
            self._pending += raw
            return bool(raw)
        text = self._pending + self._decode_some(raw, self._at_eof)
        # Keep a final "\r" back until we know whether "\n" follows it.
        hold = "" if self._at_eof or not text.endswith("\r") else "\r"
        if hold:
            text = text[:-1]
        self._pending = _unify_newlines(text) + hold
        return not self._at_eof

    def _take(self, n):
        chunk, self._pending = self._pending[:n], self._pending[n:]
        return chunk

    def read(self, size=-1):
        self._ensure_open("read of")
        if size is None or size < 0:
            while self._fill():
                pass
            return self._take(len(self._pending))
        while len(self._pending) < size and self._fill():
            pass
        return self._take(size)

    def read1(self, size=-1):
        self._ensure_open("read of")
        if not self._pending:
            self._fill()
        if size is None or size < 0:
            size = len(self._pending)
        return self._take(size)

    def readline(self, size=-1):
        self._ensure_open("readline of")
        newline = "\n" if self._text else b"\n"
        while True:
            end = self._pending.find(newline)
            if end >= 0:
                cut = end + 1
                break
            if not self._fill():
                cut = len(self._pending)
                break
        if size is not None and size >= 0:
            cut = min(cut, size)
        return self._take(cut)

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _leftover(self):
        """Data read from the pipe but not handed out yet."""
        return self._take(len(self._pending))


# ---------------------------------------------------------------- Popen

def _command_line(args, shell, executable):
    if isinstance(args, (str, bytes, os.PathLike)):
        argv = [args]
    else:
        argv = list(args)
    if shell:
        argv = [executable or "/bin/sh", "-c"] + argv
    out = []
    for arg in argv:
        if isinstance(arg, os.PathLike):
            arg = os.fspath(arg)
        if not isinstance(arg, (str, bytes)):
            raise TypeError(f"expected str, bytes or os.PathLike object, not {type(arg).__name__}")
        out.append(os.fsdecode(arg))
    return out


def _stdio(spec):
    if spec is None or isinstance(spec, int):
        return spec
    try:
        return spec.fileno()
    except AttributeError:
        raise TypeError(f"bad stdio argument: {spec!r}") from None


def _environment(env):
    if env is None:
        return None
    return [f"{os.fsdecode(k)}={os.fsdecode(v)}" for k, v in env.items()]


class Popen:
    """A child process running args, with its standard streams connected
    as stdin, stdout and stderr say (None, PIPE, DEVNULL, STDOUT, a file
    descriptor or a file object)."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None,
                 creationflags=0, restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        if (text is not None and universal_newlines is not None
                and bool(text) != bool(universal_newlines)):
            raise SubprocessError('Cannot disambiguate when both text '
                             'and universal_newlines are supplied but '
                             'different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding
        self.errors = errors
        self.universal_newlines = self.text_mode
        self._started_talking = False
        self._saved_input = None
        self._outcome = None        # what communicate() returned, once done

        argv = _command_line(args, shell, executable if shell else None)
        exe = None if shell or executable is None else os.fsdecode(executable)
        where = None if cwd is None else os.fsdecode(os.fspath(cwd))
        new_session = bool(start_new_session) or process_group is not None
        self._proc, self.pid, to_child, from_out, from_err = _subprocess.spawn(
            argv, exe, where, _environment(env), _stdio(stdin), _stdio(stdout),
            _stdio(stderr), new_session)

        code = (encoding or "utf-8") if self.text_mode else None
        if to_child is not None:
            self.stdin = _Pipe(to_child, "wb" if code is None else "w", code, errors)
        if from_out is not None:
            self.stdout = _Pipe(from_out, "rb" if code is None else "r", code, errors)
        if from_err is not None:
            self.stderr = _Pipe(from_err, "rb" if code is None else "r", code, errors)

    __class_getitem__ = classmethod(types.GenericAlias)

    def __repr__(self):
        text = f"<{type(self).__name__}: returncode: {self.returncode} args: {self.args!r}>"
        if len(text) > 80:
            text = text[:76] + "...>"
        return text

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        for stream in (self.stdout, self.stderr, self.stdin):
            if stream is not None:
                try:
                    stream.close()
                except OSError:
                    pass
        self.wait()

    def poll(self):
        if self.returncode is None:
            self.returncode = _subprocess.wait(self._proc, 0)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            code = _subprocess.wait(self._proc, timeout)
            if code is None:
                raise TimeoutExpired(self.args, timeout)
            self.returncode = code
        return self.returncode

    def send_signal(self, sig):
        if self.poll() is None:
            _subprocess.signal(self._proc, sig)

    def terminate(self):
        self.send_signal(_signal.SIGTERM)

    def kill(self):
        self.send_signal(_signal.SIGKILL)

    def _as_output(self, stream, raw, leftover):
        if stream is None:
            return None
        if not stream._text:
            return leftover + raw
        return leftover + _unify_newlines(raw.decode(stream.encoding, stream.errors))

    def communicate(self, input=None, timeout=None):
        """Send input to the child, read its output to the end and wait
        for it to exit; returns (stdout_data, stderr_data)."""
        if self._started_talking and input:
            raise ValueError("Cannot send input after starting communication")
        if self._outcome is not None:
            return self._outcome
        if not self._started_talking:
            self._started_talking = True
            if input is not None and self.stdin is not None and self.stdin._text:
                input = input.encode(self.stdin.encoding, self.stdin.errors)
            self._saved_input = input
            # Whatever the pipes had buffered comes first in the result.
            self._leftovers = [None if s is None else s._leftover()
                               for s in (self.stdout, self.stderr)]
        streams = [s if s is not None and not s.closed else None
                   for s in (self.stdin, self.stdout, self.stderr)]
        handles = [None if s is None else s._handle for s in streams]
        got = _subprocess.communicate(self._proc, *handles, self._saved_input, timeout)
        if got is None:
            so_far = _subprocess.partial(self._proc)
            raise TimeoutExpired(self.args, timeout,
                                 output=so_far[0] if self.stdout is not None else None,
                                 stderr=so_far[1] if self.stderr is not None else None)
        for s in streams:
            if s is not None:
                s.closed = True
        out = self._as_output(self.stdout, got[0] or b"", self._leftovers[0])
        err = self._as_output(self.stderr, got[1] or b"", self._leftovers[1])
        self.wait()
        self._outcome = out, err
        return self._outcome


# ---------------------------------------------------------- conveniences

def call(*popenargs, timeout=None, **kwargs):
    """Run a command and return its exit status."""
    with Popen(*popenargs, **kwargs) as child:
        try:
            return child.wait(timeout=timeout)
        except BaseException:
            child.kill()
            raise


def _command_of(popenargs, kwargs):
    return kwargs.get("args", popenargs[0] if popenargs else None)


def check_call(*popenargs, **kwargs):
    """Run a command; raise CalledProcessError unless it exits with 0."""
    status = call(*popenargs, **kwargs)
    if status:
        raise CalledProcessError(status, _command_of(popenargs, kwargs))
    return 0


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False,
        **kwargs):
    """Run a command, wait for it and return a CompletedProcess."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used "
                             "with capture_output.")
        kwargs["stdout"] = kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as child:
        try:
            out, err = child.communicate(input, timeout=timeout)
        except TimeoutExpired:
            child.kill()
            child.wait()
            raise
        except BaseException:
            child.kill()
            raise
        status = child.poll()
    if check and status:
        raise CalledProcessError(status, child.args, output=out, stderr=err)
    return CompletedProcess(child.args, status, out, err)


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its standard output; raise
    CalledProcessError if it fails."""
    for name in ("stdout", "check"):
        if name in kwargs:
            raise ValueError(f"{name} argument not allowed, it will be overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        wants_text = (kwargs.get("universal_newlines") or kwargs.get("text")
                      or kwargs.get("encoding") or kwargs.get("errors"))
        kwargs["input"] = "" if wants_text else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Run cmd in a shell; return (exit status, output with stderr merged,
    one trailing newline removed)."""
    try:
        text = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        status = 0
    except CalledProcessError as failed:
        text, status = failed.output, failed.returncode
    return status, text[:-1] if text.endswith("\n") else text


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of getstatusoutput(cmd), without the status."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Join arguments into one command line quoted as the Microsoft C
    runtime parses it: arguments with spaces or tabs (or empty ones) are
    double-quoted, a literal double quote is backslash-escaped, and
    backslashes are doubled only where they come before a double quote."""
    parts = []
    for arg in map(os.fsdecode, seq):
        quote = not arg or " " in arg or "\t" in arg
        piece = []
        slashes = 0
        for ch in arg:
            if ch == "\\":
                slashes += 1
                continue
            if ch == '"':
                piece.append("\\" * (2 * slashes + 1) + '"')
            else:
                piece.append("\\" * slashes + ch)
            slashes = 0
        # Trailing backslashes double when a closing quote follows them.
        piece.append("\\" * (slashes * (2 if quote else 1)))
        text = "".join(piece)
        parts.append(f'"{text}"' if quote else text)
    return " ".join(parts)
