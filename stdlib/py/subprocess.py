"""Subprocesses with accessible I/O streams, over rebeam's _subprocess.

Waiting for a child (wait, communicate, reading its pipes) suspends only
the calling rebeam process.
"""

import os
import sys
import _subprocess
import signal as _signal

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess", "list2cmdline"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_USE_POSIX_SPAWN = False
_USE_VFORK = False


class SubprocessError(Exception):
    pass


def _signame(signum):
    try:
        return repr(_signal.Signals(signum))
    except Exception:
        return "unknown signal %d" % signum


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            return "Command '%s' died with %s." % (self.cmd, _signame(-self.returncode))
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args),
                'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _translate_newlines(data, encoding, errors):
    data = data.decode(encoding, errors)
    return data.replace("\r\n", "\n").replace("\r", "\n")


class _PipeFile:
    """A pipe to or from a child: bytes, or text when the Popen is in
    text mode."""

    def __init__(self, pipe, mode, text, encoding, errors):
        self._pipe = pipe
        self._text = text
        self._encoding = encoding
        self._errors = errors
        self._buf = b""
        self._eof = False
        self.mode = mode
        self.closed = False
        self.encoding = encoding if text else None

    def fileno(self):
        return _subprocess.fileno(self._pipe)

    def readable(self):
        return "r" in self.mode

    def writable(self):
        return "w" in self.mode

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _out(self, b):
        return _translate_newlines(b, self._encoding, self._errors) if self._text else b

    def _fill(self):
        if self._eof:
            return False
        data = _subprocess.read(self._pipe, 65536)
        if not data:
            self._eof = True
            return False
        self._buf += data
        return True

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            data = self._buf + (b"" if self._eof else _subprocess.read(self._pipe, -1))
            self._buf = b""
            self._eof = True
            return self._out(data)
        while len(self._buf) < size and self._fill():
            pass
        data, self._buf = self._buf[:size], self._buf[size:]
        return self._out(data)

    def readline(self, size=-1):
        self._check()
        while True:
            i = self._buf.find(b"\n")
            if i >= 0 and (size is None or size < 0 or i < size):
                n = i + 1
                break
            if size is not None and 0 <= size <= len(self._buf):
                n = size
                break
            if not self._fill():
                n = len(self._buf)
                break
        data, self._buf = self._buf[:n], self._buf[n:]
        return self._out(data)

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check()
        if self._text:
            if not isinstance(data, str):
                raise TypeError("write() argument must be str, not %s" % type(data).__name__)
            b = data.encode(self._encoding, self._errors)
        else:
            b = bytes(data)
        view = b
        while view:
            n = _subprocess.write(self._pipe, view)
            view = view[n:]
        return len(data)

    def flush(self):
        self._check()

    def close(self):
        if not self.closed:
            self.closed = True
            _subprocess.close(self._pipe)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def _stdio_spec(v):
    if v is None or v in (PIPE, STDOUT, DEVNULL):
        return v
    if isinstance(v, int):
        if v < 0:
            raise ValueError("bad file descriptor")
        return v
    return v.fileno()


class Popen:
    def __init__(self, args, bufsize=-1, executable=None, stdin=None,
                 stdout=None, stderr=None, preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self._pipes = (None, None, None)
        if universal_newlines is not None and text is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding
        self.errors = errors
        if isinstance(args, (str, bytes, os.PathLike)):
            if isinstance(args, os.PathLike):
                args = os.fspath(args)
            argv = [args]
        else:
            argv = [os.fspath(a) if isinstance(a, os.PathLike) else a for a in args]
        if shell:
            unix_shell = "/bin/sh"
            argv = [unix_shell, "-c"] + argv
            if executable:
                argv[0] = executable
        if executable is not None and not isinstance(executable, str):
            executable = os.fspath(executable)
        if cwd is not None:
            cwd = os.fspath(cwd)
        envlist = None
        if env is None:
            env = os.environ
        envlist = ["%s=%s" % (k, v) for k, v in env.items()]
        proc, self.pid, pin, pout, perr = _subprocess.spawn(
            argv, executable, cwd, envlist, _stdio_spec(stdin),
            _stdio_spec(stdout), _stdio_spec(stderr), start_new_session)
        self._proc = proc
        self._pipes = (pin, pout, perr)
        enc = encoding or "utf-8"
        err = errors or "strict"
        if pin is not None:
            self.stdin = _PipeFile(pin, "wb", self.text_mode, enc, err)
        if pout is not None:
            self.stdout = _PipeFile(pout, "rb", self.text_mode, enc, err)
        if perr is not None:
            self.stderr = _PipeFile(perr, "rb", self.text_mode, enc, err)
        self._communicated = False

    def __repr__(self):
        return "<%s: returncode: %s args: %r>" % (self.__class__.__name__, self.returncode, self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr):
            if f:
                f.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type == KeyboardInterrupt:
                return
            self.wait()

    def poll(self):
        if self.returncode is None:
            self.returncode = _subprocess.wait(self._proc, 0)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        rc = _subprocess.wait(self._proc, timeout)
        if rc is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = rc
        return rc

    def communicate(self, input=None, timeout=None):
        if self._communicated and input:
            raise ValueError("Cannot send input after starting communication")
        if input is not None and self.text_mode:
            input = input.encode(self.encoding or "utf-8", self.errors or "strict")
        pipes = []
        for f, p in zip((self.stdin, self.stdout, self.stderr), self._pipes):
            pipes.append(p if f is not None and not f.closed else None)
        if not self._communicated:
            # What was already read through the files is not seen again.
            self._prefix = [self.stdout._buf if self.stdout else b"",
                            self.stderr._buf if self.stderr else b""]
        self._communicated = True
        res = _subprocess.communicate(self._proc, pipes[0], pipes[1], pipes[2], input, timeout)
        if res is None:
            out, err = _subprocess.partial(self._proc)
            raise TimeoutExpired(self.args, timeout, output=self._decode(out, 0), stderr=self._decode(err, 1))
        out, err = res
        for f in (self.stdin, self.stdout, self.stderr):
            if f is not None:
                f.closed = True
        self.wait()
        return (self._decode(out, 0) if self.stdout is not None else None,
                self._decode(err, 1) if self.stderr is not None else None)

    def _decode(self, data, i):
        if data is None:
            return None
        data = self._prefix[i] + data
        if self.text_mode:
            return _translate_newlines(data, self.encoding or "utf-8", self.errors or "strict")
        return data

    def send_signal(self, sig):
        if self.returncode is None:
            _subprocess.signal(self._proc, sig)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def list2cmdline(seq):
    result = []
    needquote = False
    for arg in map(os.fsdecode, seq):
        bs_buf = []
        if result:
            result.append(' ')
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == '\\':
                bs_buf.append(c)
            elif c == '"':
                result.append('\\' * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return ''.join(result)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
