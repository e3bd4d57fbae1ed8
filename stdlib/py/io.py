"""The io module: in-memory text and binary streams, a text layer over a
binary stream, and the abstract classes that streams are instances of, as
CPython 3.11's io module documents them."""

import abc as _abc
import sys as _sys
from builtins import open

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


from _io import UnsupportedOperation, _FileType

BlockingIOError = BlockingIOError
_StdType = type(_sys.__stdout__)


def open_code(path):
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return "utf-8"
    return encoding


class _IOMeta(_abc.ABCMeta):
    def __instancecheck__(cls, instance):
        t = type(instance)
        if _FileType is not None and t is _FileType:
            binary = "b" in instance.mode
            if cls in (IOBase,):
                return True
            if cls in (TextIOBase, TextIOWrapper):
                return not binary
            if cls in (BufferedIOBase,):
                return binary
            if cls is BufferedReader:
                return binary and not instance.writable()
            if cls is BufferedWriter:
                return binary and not instance.readable()
            if cls is BufferedRandom:
                return binary and instance.readable() and instance.writable()
            return False
        if t is _StdType:
            return cls in (IOBase, TextIOBase, TextIOWrapper)
        return super().__instancecheck__(instance)


def _closed_error():
    return ValueError("I/O operation on closed file.")


class IOBase(metaclass=_IOMeta):
    """The base class of all streams."""

    __closed = False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise _closed_error() if msg is None else ValueError(msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable."
                                       if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable."
                                       if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable."
                                       if msg is None else msg)

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def __del__(self):
        pass

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        if size is None:
            size = -1
        out = []
        n = 0
        while size < 0 or n < size:
            b = self.read(1)
            if not b:
                break
            out.append(b)
            n += len(b)
            if b in ("\n", b"\n"):
                break
        if out:
            return out[0][:0].join(out)
        return b""

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """The base class of raw binary streams."""

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        return bytes(res)

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


class BufferedIOBase(IOBase):
    """The base class of buffered binary streams."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        return self.readinto(b)

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    """The base class of text streams."""

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def readline(self, size=-1):
        self._unsupported("readline")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


class FileIO(RawIOBase):
    def __new__(cls, file, mode="r", closefd=True, opener=None):
        if "b" not in mode:
            mode += "b"
        return open(file, mode)


class BufferedReader(BufferedIOBase):
    def __new__(cls, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        return raw


class BufferedWriter(BufferedIOBase):
    def __new__(cls, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        return raw


class BufferedRandom(BufferedIOBase):
    def __new__(cls, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        return raw


class BufferedRWPair(BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self._reader = reader
        self._writer = writer

    def read(self, size=-1):
        return self._reader.read(size)

    def write(self, b):
        return self._writer.write(b)

    def readable(self):
        return True

    def writable(self):
        return True


def _check_size(size, what="size"):
    if size is None:
        return -1
    if not hasattr(type(size), "__index__"):
        raise TypeError("argument should be integer or None, not '%s'"
                        % type(size).__name__)
    return size.__index__()


class BytesIO(BufferedIOBase):
    """A binary stream in memory."""

    def __init__(self, initial_bytes=None):
        buf = bytearray()
        if initial_bytes is not None:
            buf += initial_bytes
        self._buffer = buf
        self._pos = 0
        self._closed = False

    def __getstate__(self):
        if self._closed:
            raise _closed_error()
        return self.getvalue(), self._pos, self.__dict__.copy()

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check(self):
        if self._closed:
            raise _closed_error()

    def getvalue(self):
        self._check()
        return bytes(self._buffer)

    def getbuffer(self):
        self._check()
        return memoryview(self._buffer)

    def read(self, size=-1):
        self._check()
        size = _check_size(size)
        n = len(self._buffer)
        if self._pos >= n:
            return b""
        if size < 0:
            end = n
        else:
            end = min(n, self._pos + size)
        data = bytes(self._buffer[self._pos:end])
        self._pos = end
        return data

    read1 = read

    def readline(self, size=-1):
        self._check()
        size = _check_size(size)
        buf = self._buffer
        n = len(buf)
        if self._pos >= n:
            return b""
        i = buf.find(b"\n", self._pos)
        end = n if i < 0 else i + 1
        if size >= 0:
            end = min(end, self._pos + size)
        data = bytes(buf[self._pos:end])
        self._pos = end
        return data

    def readlines(self, hint=None):
        self._check()
        return IOBase.readlines(self, hint)

    def readinto(self, b):
        self._check()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._check()
        if isinstance(b, (bytes, bytearray)):
            data = bytes(b)
        else:
            try:
                data = memoryview(b).tobytes()
            except TypeError:
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(b).__name__) from None
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        buf = self._buffer
        if pos > len(buf):
            buf += bytes(pos - len(buf))
        if pos == len(buf):
            buf += data
        else:
            buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self._check()
        if not hasattr(type(pos), "__index__"):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(pos).__name__)
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _check_size(size)
            if size < 0:
                raise ValueError("negative size value %d" % size)
        if size < len(self._buffer):
            del self._buffer[size:]
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class StringIO(TextIOBase):
    """A text stream in memory."""

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._seen = set()
        self._buf = ""
        self._parts = []
        self._len = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self._write(initial_value)
            self._pos = 0

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _value(self):
        if self._parts:
            self._buf = self._buf + "".join(self._parts)
            self._parts = []
        return self._buf

    def getvalue(self):
        self._check()
        return self._value()

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            if "\r" in s:
                if "\r\n" in s:
                    self._seen.add("\r\n")
                    s = s.replace("\r\n", "\n")
                if "\r" in s:
                    self._seen.add("\r")
                    s = s.replace("\r", "\n")
            if "\n" in s:
                self._seen.add("\n")
        elif nl in ("\r", "\r\n"):
            s = s.replace("\n", nl)
        return s

    def _write(self, s):
        s = self._translate(s)
        n = len(s)
        pos = self._pos
        if pos == self._len:
            self._parts.append(s)
        else:
            buf = self._value()
            if pos > len(buf):
                buf = buf + "\0" * (pos - len(buf))
            buf = buf[:pos] + s + buf[pos + n:]
            self._buf = buf
        self._pos = pos + n
        if self._pos > self._len:
            self._len = self._pos

    def write(self, s):
        if self._closed:
            raise ValueError("I/O operation on closed file")
        if type(s) is not str and not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'"
                            % type(s).__name__)
        n = len(s)
        if n:
            if self._newline == "\n" and self._pos == self._len:
                self._parts.append(s)
                self._pos = self._len = self._pos + n
            else:
                self._write(s)
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        size = _check_size(size)
        buf = self._value()
        pos = self._pos
        if pos >= len(buf):
            return ""
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        self._pos = end
        return buf[pos:end]

    def readline(self, size=-1):
        self._check()
        size = _check_size(size)
        buf = self._value()
        pos = self._pos
        if pos >= len(buf):
            return ""
        nl = self._newline
        if nl == "":
            i = pos
            end = len(buf)
            while i < len(buf):
                c = buf[i]
                if c == "\n":
                    end = i + 1
                    break
                if c == "\r":
                    end = i + 2 if buf[i + 1:i + 2] == "\n" else i + 1
                    break
                i += 1
        elif (nl is None or nl == "\n") and len(buf) > 2048:
            end = self._line_end(buf, pos)
        else:
            sep = "\n" if nl is None else nl
            i = buf.find(sep, pos)
            end = len(buf) if i < 0 else i + len(sep)
        if size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return buf[pos:end]

    def _line_end(self, buf, pos):
        # where the line holding pos ends, from a table of line starts
        # built once per buffer value, so that reading a long buffer line
        # by line does not search it again for each line
        cache = self.__dict__.get("_lcache")
        if cache is None or cache[0] is not buf:
            starts = [0]
            for part in buf.split("\n"):
                starts.append(starts[-1] + len(part) + 1)
            cache = self._lcache = [buf, starts, 0]
        starts = cache[1]
        k = cache[2]
        if not (starts[k] <= pos < starts[k + 1]):
            lo, hi = 0, len(starts) - 1
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if starts[mid] <= pos:
                    lo = mid
                else:
                    hi = mid
            k = lo
        cache[2] = k + 1 if k + 2 < len(starts) else k
        return min(starts[k + 1], len(buf))

    def readlines(self, hint=None):
        self._check()
        return IOBase.readlines(self, hint)

    def __iter__(self):
        if self._closed:
            raise _closed_error()
        return self

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        if not hasattr(type(pos), "__index__"):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(pos).__name__)
        pos = pos.__index__()
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if pos < 0 and whence == 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._len
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _check_size(size)
            if size < 0:
                raise ValueError("Negative size value %d" % size)
        if size < self._len:
            self._buf = self._value()[:size]
            self._len = size
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def detach(self):
        raise UnsupportedOperation("detach")

    def fileno(self):
        raise UnsupportedOperation("fileno")

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline is not None or not self._seen:
            return None
        order = [n for n in ("\r", "\n", "\r\n") if n in self._seen]
        if len(order) == 1:
            return order[0]
        return tuple(order)

    def __getstate__(self):
        self._check()
        return (self.getvalue(), self._newline, self._pos, self.__dict__.copy())


class TextIOWrapper(TextIOBase):
    """A text stream over a binary stream."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if encoding is None:
            encoding = "utf-8"
        if not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str "
                            "or None, not %s" % type(encoding).__name__)
        "".encode(encoding)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors if errors is not None else "strict"
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._decoded = ""
        self._dpos = 0
        self._detached = False

    @property
    def buffer(self):
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def closed(self):
        if self._detached:
            raise ValueError("underlying buffer has been detached")
        return self._buffer.closed

    @property
    def name(self):
        return self._buffer.name

    @property
    def mode(self):
        return getattr(self._buffer, "mode", "r")

    def _check(self):
        if self._detached:
            raise ValueError("underlying buffer has been detached")
        if self._buffer.closed:
            raise _closed_error()

    def readable(self):
        self._check()
        return self._buffer.readable()

    def writable(self):
        self._check()
        return self._buffer.writable()

    def seekable(self):
        self._check()
        return self._buffer.seekable()

    def isatty(self):
        self._check()
        return self._buffer.isatty()

    def fileno(self):
        return self._buffer.fileno()

    def flush(self):
        self._check()
        self._buffer.flush()

    def close(self):
        if self._detached or self._buffer.closed:
            return
        try:
            self.flush()
        finally:
            self._buffer.close()

    def detach(self):
        self._check()
        self.flush()
        b = self._buffer
        self._detached = True
        return b

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s"
                            % type(s).__name__)
        n = len(s)
        if not self._buffer.writable():
            raise UnsupportedOperation("not writable")
        text = s
        nl = self._newline
        if nl is None:
            import os
            if os.linesep != "\n":
                text = text.replace("\n", os.linesep)
        elif nl in ("\r", "\r\n"):
            text = text.replace("\n", nl)
        if self._decoded:
            self._drop_read_ahead()
        self._buffer.write(text.encode(self._encoding, self._errors))
        if self._line_buffering and ("\n" in s or "\r" in s):
            self.flush()
        return n

    def _drop_read_ahead(self):
        rest = self._decoded[self._dpos:]
        if rest and self._buffer.seekable():
            back = len(rest.encode(self._encoding, self._errors))
            self._buffer.seek(-back, 1)
        self._decoded = ""
        self._dpos = 0

    def _fill(self):
        if self._dpos >= len(self._decoded):
            data = self._buffer.read()
            if not data:
                return False
            text = data.decode(self._encoding, self._errors)
            if self._newline is None:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            self._decoded = text
            self._dpos = 0
        return True

    def read(self, size=-1):
        self._check()
        if not self._buffer.readable():
            raise UnsupportedOperation("not readable")
        size = _check_size(size)
        self._fill()
        d = self._decoded
        pos = self._dpos
        end = len(d) if size < 0 else min(len(d), pos + size)
        self._dpos = end
        return d[pos:end]

    def readline(self, size=-1):
        self._check()
        if not self._buffer.readable():
            raise UnsupportedOperation("not readable")
        size = _check_size(size)
        if not self._fill():
            return ""
        d = self._decoded
        pos = self._dpos
        nl = self._newline
        if nl in (None, "\n"):
            i = d.find("\n", pos)
            end = len(d) if i < 0 else i + 1
        elif nl == "":
            end = len(d)
            i = pos
            while i < len(d):
                if d[i] == "\n":
                    end = i + 1
                    break
                if d[i] == "\r":
                    end = i + 2 if d[i + 1:i + 2] == "\n" else i + 1
                    break
                i += 1
        else:
            i = d.find(nl, pos)
            end = len(d) if i < 0 else i + len(nl)
        if size >= 0:
            end = min(end, pos + size)
        self._dpos = end
        return d[pos:end]

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, cookie, whence=0):
        self._check()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            return self.tell()
        self._decoded = ""
        self._dpos = 0
        return self._buffer.seek(cookie, whence)

    def tell(self):
        self._check()
        pos = self._buffer.tell()
        rest = self._decoded[self._dpos:]
        if rest:
            pos -= len(rest.encode(self._encoding, self._errors))
        return pos

    def truncate(self, pos=None):
        self._check()
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        if encoding is not None:
            self._encoding = encoding
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            self._newline = newline
        if line_buffering is not None:
            self._line_buffering = line_buffering
        if write_through is not None:
            self._write_through = write_through

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        try:
            parts.append(" name=%r" % (self.name,))
        except Exception:
            pass
        try:
            parts.append(" mode=%r" % (self.mode,))
        except Exception:
            pass
        parts.append(" encoding=%r>" % (self._encoding,))
        return "".join(parts)


class IncrementalNewlineDecoder:
    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = "\r" + output
            self._pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self._pendingcr = True
        if self.translate:
            output = output.replace("\r\n", "\n").replace("\r", "\n")
        return output

    def reset(self):
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()


for _name in ("StringIO", "BytesIO", "TextIOWrapper", "FileIO",
              "BufferedReader", "BufferedWriter", "BufferedRandom",
              "BufferedRWPair", "IncrementalNewlineDecoder"):
    globals()[_name].__module__ = "_io"
for _name in ("IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase"):
    globals()[_name].__module__ = "io"
del _name
