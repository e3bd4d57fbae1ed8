package interp

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"unicode/utf8"
)

// fileObject is what open() returns: a file in text mode (str, UTF-8,
// universal newlines on reading) or binary mode (bytes), opened for
// reading, writing, appending or updating ("+"). Reading loads the rest
// of the file from the current offset into a buffer, which is dropped
// (and the OS offset set to the logical position) before a write or a
// seek; tell() is a byte offset in both modes.
//
// A regular file opened by name buffers what is written (fileBufSize
// bytes) and writes it out when the buffer fills, on flush, seek, tell,
// read and close, and at exit (FlushFiles). Loading the read buffer and
// writing out the write buffer are the file's only system calls that can
// wait on a disk; under a host (the actor runtime) they run as blocking
// calls, so that they suspend only the calling process, as the BEAM runs
// file operations on its dirty I/O schedulers.
type fileObject struct {
	name      string
	mode      string
	binary    bool
	canRead   bool
	canWrite  bool
	universal bool   // text read: "\r\n" and "\r" read as "\n"
	writeNL   string // text write: what "\n" becomes ("" keeps it)
	f         *os.File
	buf       []byte // the bytes from bufOff to the end, when loaded
	bufOff    int64
	rpos      int
	loaded    bool
	closed    bool
	fdName    bool   // opened from a descriptor: name is that int
	buffered  bool   // writes collect in wbuf (a regular file opened by name)
	wbuf      []byte // written, not yet passed to the system
	host      Host   // owns the file: closes it if the process dies
}

// fileBufSize is the write buffer of a regular file, CPython's default
// buffer size.
const fileBufSize = 8192

// unflushed holds the files whose write buffer is not empty, for
// FlushFiles at exit.
var unflushed sync.Map // *fileObject -> struct{}

// FlushFiles writes out every file's pending buffered writes, as CPython
// flushes its open files when the interpreter ends.
func FlushFiles() {
	unflushed.Range(func(k, _ any) bool {
		f := k.(*fileObject)
		f.f.Write(f.wbuf)
		f.wbuf = nil
		unflushed.Delete(f)
		return true
	})
}

func (*fileObject) Type() *Type { return FileType }

// UnsupportedOperationType is io.UnsupportedOperation, raised by reading
// a file opened for writing and the like.
var UnsupportedOperationType = func() *Type {
	t := newBuiltinType("UnsupportedOperation", OSErrorType)
	t.Module = "io"
	t.Bases = []*Type{OSErrorType, ValueErrorType}
	t.MRO = []*Type{t, OSErrorType, ValueErrorType, ExceptionType, BaseExceptionType, ObjectType}
	return t
}()

func builtinOpen(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	var file Value
	mode := "r"
	var buffering, encoding, errs, newline Value = None, None, None, None
	closefd := true
	if err := UnpackArgs("open", args, kw, "file", &file, "mode?", &mode, "buffering?", &buffering, "encoding?", &encoding, "errors?", &errs, "newline?", &newline, "closefd?", &closefd); err != nil {
		return nil, err
	}
	var name string
	fd := -1
	switch x := file.(type) {
	case Int:
		if x < 0 {
			return nil, Errorf(ValueErrorType, "negative file descriptor")
		}
		fd, name = int(x), strconv.Itoa(int(x))
	case Str:
		name = string(x)
	case Bytes:
		name = string(x)
	default:
		m := lookupDunder(file, "__fspath__")
		if m == nil {
			return nil, Errorf(TypeErrorType, "expected str, bytes or os.PathLike object, not %s", TypeName(file))
		}
		r, err := callDunder(t, m, file)
		if err != nil {
			return nil, err
		}
		s, ok := r.(Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", TypeName(file), TypeName(r))
		}
		name = string(s)
	}
	if !closefd && fd < 0 {
		return nil, Errorf(ValueErrorType, "Cannot use closefd=False with file name")
	}
	f := &fileObject{name: name, mode: mode, universal: true, fdName: fd >= 0}
	kinds := 0
	flag := 0
	for i, c := range mode {
		if strings.ContainsRune(mode[i+utf8.RuneLen(c):], c) || !strings.ContainsRune("rwxab+t", c) {
			return nil, Errorf(ValueErrorType, "invalid mode: '%s'", mode)
		}
		switch c {
		case 'r':
			kinds++
			f.canRead = true
		case 'w':
			kinds++
			f.canWrite = true
			flag = os.O_CREATE | os.O_TRUNC
		case 'a':
			kinds++
			f.canWrite = true
			flag = os.O_CREATE | os.O_APPEND
		case 'x':
			kinds++
			f.canWrite = true
			flag = os.O_CREATE | os.O_EXCL
		case 'b':
			f.binary = true
		case '+':
			f.canRead, f.canWrite = true, true
		}
	}
	if kinds != 1 {
		return nil, Errorf(ValueErrorType, "Must have exactly one of create/read/write/append mode and at most one plus")
	}
	if f.binary && strings.ContainsRune(mode, 't') {
		return nil, Errorf(ValueErrorType, "can't have text and binary mode at once")
	}
	if f.binary && encoding != None {
		return nil, Errorf(ValueErrorType, "binary mode doesn't take an encoding argument")
	}
	if f.binary && newline != None {
		return nil, Errorf(ValueErrorType, "binary mode doesn't take a newline argument")
	}
	if s, ok := encoding.(Str); ok {
		switch strings.ToLower(strings.ReplaceAll(string(s), "_", "-")) {
		case "utf-8", "utf8", "ascii", "us-ascii":
		default:
			return nil, Errorf(LookupErrorType, "unknown encoding: %s", s)
		}
	}
	switch nl := newline.(type) {
	case NoneType:
	case Str:
		switch nl {
		case "":
			f.universal = false
		case "\n":
			f.universal = false
		case "\r", "\r\n":
			f.universal = false
			f.writeNL = string(nl)
		default:
			return nil, Errorf(ValueErrorType, "illegal newline value: %s", nl)
		}
	default:
		return nil, Errorf(TypeErrorType, "open() argument 'newline' must be str or None, not %s", TypeName(newline))
	}
	switch {
	case f.canRead && f.canWrite:
		flag |= os.O_RDWR
	case f.canWrite:
		flag |= os.O_WRONLY
	}
	if fd >= 0 {
		if _, err := openFd(f, fd, closefd); err != nil {
			return nil, err
		}
		return f.own(t), nil
	}
	openFile := os.OpenFile
	if t.Interp.openFile != nil {
		openFile = t.Interp.openFile
	}
	// Opening can wait (a FIFO waits for its other end, a network file
	// system for the server): a blocking call.
	return t.perform(true, &BlockingCall{
		Fn: func() (any, error) {
			fh, err := openFile(name, flag, 0o666)
			if err != nil {
				return nil, err
			}
			st, err := fh.Stat()
			if err == nil && st.IsDir() {
				fh.Close()
				return nil, errors.New("is a directory")
			}
			f.f = fh
			f.buffered = err == nil && st.Mode().IsRegular() && f.canWrite
			return nil, nil
		},
		Then: func(t *Thread, _ any, err error) (Value, error) {
			if err != nil {
				return nil, osError(err, name)
			}
			return f.own(t), nil
		},
	})
}

// own hands f to the host (the actor runtime), which closes it if the
// process that opened it crashes or is killed before closing it.
func (f *fileObject) own(t *Thread) *fileObject {
	if h := HostOf(t); h != nil {
		f.host = h
		h.Own(t, f)
	}
	return f
}

// Close implements io.Closer for the host: the process that opened f died
// without closing it. What it wrote goes out first, as close would.
func (f *fileObject) Close() error {
	if f.closed {
		return nil
	}
	f.closed = true
	f.buf = nil
	if b := f.takeWrites(); len(b) > 0 {
		f.f.Write(b)
	}
	return f.f.Close()
}

// openFd makes f read and write the open descriptor fd; with closefd
// false it works on a duplicate, so that closing f leaves fd open.
func openFd(f *fileObject, fd int, closefd bool) (Value, error) {
	if !closefd {
		nfd, err := syscall.Dup(fd)
		if err != nil {
			return nil, osError(err, f.name)
		}
		syscall.CloseOnExec(nfd)
		fd = nfd
	} else {
		var st syscall.Stat_t
		if err := syscall.Fstat(fd, &st); err != nil {
			return nil, Errorf(OSErrorType, "[Errno 9] Bad file descriptor")
		}
	}
	f.f = os.NewFile(uintptr(fd), f.name)
	return f, nil
}

func osError(err error, name string) *Exception {
	cls := OSErrorType
	errno, msg := 5, err.Error()
	switch {
	case errors.Is(err, fs.ErrNotExist):
		cls, errno, msg = FileNotFoundErrorType, 2, "No such file or directory"
	case errors.Is(err, fs.ErrExist):
		cls, errno, msg = FileExistsErrorType, 17, "File exists"
	case errors.Is(err, fs.ErrPermission):
		cls, errno, msg = PermissionErrorType, 13, "Permission denied"
	case strings.Contains(msg, "is a directory"):
		cls, errno, msg = IsADirectoryErrorType, 21, "Is a directory"
	}
	e := &Exception{Class: cls, Args: Tuple{Int(errno), Str(msg)}}
	e.Dict = NewDict()
	e.Dict.SetStr("errno", Int(errno))
	e.Dict.SetStr("strerror", Str(msg))
	e.Dict.SetStr("filename", Str(name))
	return e
}

func (f *fileObject) out(s string) Value {
	if f.binary {
		return Bytes(s)
	}
	return Str(s)
}

// loaded is what readRest read: the rest of the file from off.
type loaded struct {
	b   []byte
	off int64
}

// readRest reads the rest of the file (the system calls of load).
func readRest(fh *os.File) (any, error) {
	off, err := fh.Seek(0, io.SeekCurrent)
	if err != nil {
		off = 0 // a pipe or FIFO: no offset
	}
	b, err := io.ReadAll(fh)
	if err != nil {
		return nil, err
	}
	return loaded{b, off}, nil
}

// load reads the rest of the file into the buffer, after writing out
// pending writes, then returns then(). Under a host this is a blocking
// call: it suspends the process when suspend is set (a method, whose
// result the thread takes when resumed), else the worker waits, handing
// its other processes to another goroutine (a Go caller: iteration).
func (f *fileObject) load(t *Thread, suspend bool, then func() (Value, error)) (Value, error) {
	if f.loaded {
		return then()
	}
	fh, pending := f.f, f.takeWrites()
	return t.perform(suspend, &BlockingCall{
		Fn: func() (any, error) {
			if len(pending) > 0 {
				if _, err := fh.Write(pending); err != nil {
					return nil, err
				}
			}
			return readRest(fh)
		},
		Then: func(t *Thread, v any, err error) (Value, error) {
			if err != nil {
				return nil, osError(err, f.name)
			}
			l := v.(loaded)
			f.buf, f.bufOff, f.rpos, f.loaded = l.b, l.off, 0, true
			return then()
		},
	})
}

// perform runs a blocking call: at once without a host; under one, by
// suspending the thread (suspend) or by waiting in a nested suspension.
func (t *Thread) perform(suspend bool, c *BlockingCall) (Value, error) {
	switch {
	case t == nil || !t.Offloads():
		v, err := c.Fn()
		return c.Done(v, err).Finish(t)
	case suspend:
		return t.Blocking(c)
	}
	return t.blockingSuspend(&Suspension{Payload: c})
}

// unload drops the read buffer, leaving the OS offset at the logical
// position.
func (f *fileObject) unload() error {
	if !f.loaded {
		return nil
	}
	pos := f.bufOff + int64(f.rpos)
	f.buf, f.loaded = nil, false
	if _, err := f.f.Seek(pos, io.SeekStart); err != nil {
		return osError(err, f.name)
	}
	return nil
}

// takeWrites empties the write buffer and returns what it held.
func (f *fileObject) takeWrites() []byte {
	b := f.wbuf
	if len(b) > 0 {
		f.wbuf = nil
		unflushed.Delete(f)
	}
	return b
}

// flush writes out the write buffer, then returns then() (see load for
// suspend).
func (f *fileObject) flush(t *Thread, suspend bool, then func() (Value, error)) (Value, error) {
	pending := f.takeWrites()
	if len(pending) == 0 {
		return then()
	}
	return f.writeOut(t, suspend, pending, then)
}

// writeOut passes b to the system, then returns then().
func (f *fileObject) writeOut(t *Thread, suspend bool, b []byte, then func() (Value, error)) (Value, error) {
	fh := f.f
	return t.perform(suspend, &BlockingCall{
		Fn: func() (any, error) {
			_, err := fh.Write(b)
			return nil, err
		},
		Then: func(t *Thread, _ any, err error) (Value, error) {
			if err != nil {
				return nil, osError(err, f.name)
			}
			return then()
		},
	})
}

// sync leaves the OS offset at the logical position: pending writes out,
// the read buffer dropped. It never suspends (seek, tell, truncate and
// close call it).
func (f *fileObject) sync(t *Thread) error {
	if _, err := f.flush(t, false, func() (Value, error) { return None, nil }); err != nil {
		return err
	}
	return f.unload()
}

// readText reads up to n characters (all when n < 0), stopping after a
// newline when line is set, translating newlines in universal mode.
func (f *fileObject) readText(n int, line bool) string {
	var b strings.Builder
	count := 0
	for f.rpos < len(f.buf) && (n < 0 || count < n) {
		c := f.buf[f.rpos]
		if c == '\r' && f.universal {
			f.rpos++
			if f.rpos < len(f.buf) && f.buf[f.rpos] == '\n' {
				f.rpos++
			}
			b.WriteByte('\n')
			count++
			if line {
				break
			}
			continue
		}
		if c < utf8.RuneSelf {
			b.WriteByte(c)
			f.rpos++
		} else {
			r, size := utf8.DecodeRune(f.buf[f.rpos:])
			if r == utf8.RuneError && size <= 1 {
				b.WriteRune(utf8.RuneError)
				f.rpos++
			} else {
				b.Write(f.buf[f.rpos : f.rpos+size])
				f.rpos += size
			}
		}
		count++
		if line && c == '\n' {
			break
		}
	}
	return b.String()
}

// readBytes reads up to n bytes (all when n < 0), stopping after b'\n'
// when line is set.
func (f *fileObject) readBytes(n int, line bool) string {
	rest := f.buf[f.rpos:]
	if n >= 0 && n < len(rest) {
		rest = rest[:n]
	}
	if line {
		if i := strings.IndexByte(string(rest), '\n'); i >= 0 {
			rest = rest[:i+1]
		}
	}
	f.rpos += len(rest)
	return string(rest)
}

// read reads up to n characters or bytes (all when n < 0), one line at
// most when line is set; see load for suspend.
func (f *fileObject) read(t *Thread, suspend bool, n int, line bool) (Value, error) {
	if !f.canRead {
		return nil, Errorf(UnsupportedOperationType, "not readable")
	}
	return f.load(t, suspend, func() (Value, error) {
		if f.binary {
			return Bytes(f.readBytes(n, line)), nil
		}
		return Str(f.readText(n, line)), nil
	})
}

// write writes v, buffered for a regular file; see load for suspend.
func (f *fileObject) write(t *Thread, suspend bool, v Value) (Value, error) {
	if !f.canWrite {
		return nil, Errorf(UnsupportedOperationType, "not writable")
	}
	var s string
	var n int
	if f.binary {
		b, ok := bytesLike(v)
		if !ok {
			return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(v))
		}
		s, n = b, len(b)
	} else {
		x, ok := v.(Str)
		if !ok {
			if o, isObj := v.(*Object); isObj {
				x, ok = o.Base.(Str)
			}
			if !ok {
				return nil, Errorf(TypeErrorType, "write() argument must be str, not %s", TypeName(v))
			}
		}
		s, n = string(x), strLen(string(x))
		if f.writeNL != "" {
			s = strings.ReplaceAll(s, "\n", f.writeNL)
		}
	}
	if err := f.unload(); err != nil {
		return nil, err
	}
	written := func() (Value, error) { return Int(n), nil }
	if !f.buffered {
		return f.writeOut(t, suspend, []byte(s), written)
	}
	if len(f.wbuf) == 0 {
		unflushed.Store(f, struct{}{})
	}
	f.wbuf = append(f.wbuf, s...)
	if len(f.wbuf) < fileBufSize {
		return written()
	}
	return f.flush(t, suspend, written)
}

// Next reads the next line, so that a file is its own iterator.
func (f *fileObject) Next(t *Thread) (Value, bool, error) {
	if f.closed {
		return nil, false, Errorf(ValueErrorType, "I/O operation on closed file.")
	}
	v, err := f.read(t, false, -1, true)
	if err != nil {
		return nil, false, err
	}
	switch x := v.(type) {
	case Str:
		if x == "" {
			return nil, false, nil
		}
	case Bytes:
		if x == "" {
			return nil, false, nil
		}
	}
	return v, true, nil
}

// close writes out pending writes and closes the file.
func (f *fileObject) close(t *Thread) error {
	if f.closed {
		return nil
	}
	_, ferr := f.flush(t, false, func() (Value, error) { return None, nil })
	f.closed = true
	f.buf = nil
	if f.host != nil {
		f.host.Disown(t, f)
	}
	if err := f.f.Close(); err != nil {
		return osError(err, f.name)
	}
	return ferr
}

func init() {
	self := func(v Value) (*fileObject, error) {
		f, ok := v.(*fileObject)
		if !ok {
			return nil, Errorf(TypeErrorType, "descriptor requires a file object, not '%s'", TypeName(v))
		}
		if f.closed {
			return nil, Errorf(ValueErrorType, "I/O operation on closed file.")
		}
		return f, nil
	}
	size := func(args []Value, i int) (int, error) {
		if len(args) <= i || args[i] == None {
			return -1, nil
		}
		return ToIndex(args[i])
	}
	FileType.Dict.SetStr("__exit__", &Builtin{Name: "__exit__", Owner: FileType, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if f, ok := args[0].(*fileObject); ok {
			return None, f.close(t)
		}
		return None, nil
	}})
	addMethods(FileType, map[string]BuiltinFunc{
		"__enter__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return self(args[0]) },
		"close": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if f, ok := args[0].(*fileObject); ok {
				return None, f.close(t)
			}
			return None, nil
		},
		"read": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, err := self(args[0])
			if err != nil {
				return nil, err
			}
			n, err := size(args, 1)
			if err != nil {
				return nil, err
			}
			return f.read(t, true, n, false)
		},
		"readline": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, err := self(args[0])
			if err != nil {
				return nil, err
			}
			n, err := size(args, 1)
			if err != nil {
				return nil, err
			}
			return f.read(t, true, n, true)
		},
		"readlines": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, err := self(args[0])
			if err != nil {
				return nil, err
			}
			hint, err := size(args, 1)
			if err != nil {
				return nil, err
			}
			var out []Value
			total := 0
			for {
				v, ok, err := f.Next(t)
				if err != nil {
					return nil, err
				}
				if !ok {
					break
				}
				out = append(out, v)
				if s, isStr := v.(Str); isStr {
					total += strLen(string(s))
				} else {
					total += len(v.(Bytes))
				}
				if hint > 0 && total >= hint {
					break
				}
			}
			return NewList(out), nil
		},
		"write": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, err := self(args[0])
			if err != nil {
				return nil, err
			}
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "write() takes exactly one argument (%d given)", len(args)-1)
			}
			return f.write(t, true, args[1])
		},
		"writelines": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, err := self(args[0])
			if err != nil {
				return nil, err
			}
			return None, Iterate(t, args[1], func(v Value) (bool, error) {
				_, err := f.write(t, false, v)
				return err == nil, err
			})
		},
		"flush": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, err := self(args[0])
			if err != nil {
				return nil, err
			}
			return f.flush(t, true, func() (Value, error) { return None, nil })
		},
		"tell": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, err := self(args[0])
			if err != nil {
				return nil, err
			}
			if f.loaded {
				return Int(f.bufOff + int64(f.rpos)), nil
			}
			if err := f.sync(t); err != nil {
				return nil, err
			}
			off, e := f.f.Seek(0, io.SeekCurrent)
			if e != nil {
				return nil, osError(e, f.name)
			}
			return Int(off), nil
		},
		"seek": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, err := self(args[0])
			if err != nil {
				return nil, err
			}
			if len(args) < 2 {
				return nil, Errorf(TypeErrorType, "seek expected at least 1 argument, got 0")
			}
			off, err := ToIndex(args[1])
			if err != nil {
				return nil, err
			}
			whence := 0
			if len(args) > 2 {
				if whence, err = ToIndex(args[2]); err != nil {
					return nil, err
				}
			}
			if whence < 0 || whence > 2 {
				return nil, Errorf(ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
			}
			if !f.binary && whence != 0 && off != 0 {
				return nil, Errorf(UnsupportedOperationType, "can't do nonzero cur-relative seeks")
			}
			if err := f.sync(t); err != nil {
				return nil, err
			}
			pos, e := f.f.Seek(int64(off), whence)
			if e != nil {
				return nil, Errorf(OSErrorType, "[Errno 22] Invalid argument")
			}
			return Int(pos), nil
		},
		"truncate": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, err := self(args[0])
			if err != nil {
				return nil, err
			}
			if !f.canWrite {
				return nil, Errorf(UnsupportedOperationType, "File not open for writing")
			}
			if err := f.sync(t); err != nil {
				return nil, err
			}
			pos, _ := f.f.Seek(0, io.SeekCurrent)
			if len(args) > 1 && args[1] != None {
				n, err := ToIndex(args[1])
				if err != nil {
					return nil, err
				}
				pos = int64(n)
			}
			if e := f.f.Truncate(pos); e != nil {
				return nil, osError(e, f.name)
			}
			return Int(pos), nil
		},
		"fileno": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, err := self(args[0])
			if err != nil {
				return nil, err
			}
			return Int(f.f.Fd()), nil
		},
		"__iter__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return self(args[0])
		},
		"__next__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, err := self(args[0])
			if err != nil {
				return nil, err
			}
			v, ok, err := f.Next(t)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, NewException(StopIterationType)
			}
			return v, nil
		},
	})
	prop := func(name string, get func(f *fileObject) Value) {
		FileType.Dict.SetStr(name, &Property{Name: name, Get: &Builtin{Name: name, Owner: FileType, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, ok := args[0].(*fileObject)
			if !ok {
				return nil, Errorf(TypeErrorType, "descriptor '%s' needs a file object", name)
			}
			return get(f), nil
		}}})
	}
	prop("closed", func(f *fileObject) Value { return Bool(f.closed) })
	prop("name", func(f *fileObject) Value {
		if f.fdName {
			n, _ := strconv.Atoi(f.name)
			return Int(n)
		}
		return Str(f.name)
	})
	prop("mode", func(f *fileObject) Value { return Str(f.mode) })
	prop("encoding", func(f *fileObject) Value {
		if f.binary {
			return None
		}
		return Str("UTF-8")
	})
	addMethods(FileType, map[string]BuiltinFunc{
		"readable": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, err := self(args[0])
			if err != nil {
				return nil, err
			}
			return Bool(f.canRead), nil
		},
		"writable": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, err := self(args[0])
			if err != nil {
				return nil, err
			}
			return Bool(f.canWrite), nil
		},
		"seekable": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return True, nil },
		"isatty":   func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return False, nil },
		"__repr__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f := args[0].(*fileObject)
			nameRepr := reprNoThread(Str(f.name))
			if f.fdName {
				nameRepr = f.name
			}
			if f.binary {
				kind := "BufferedReader"
				switch {
				case f.canRead && f.canWrite:
					kind = "BufferedRandom"
				case f.canWrite:
					kind = "BufferedWriter"
				}
				return Str("<_io." + kind + " name=" + nameRepr + ">"), nil
			}
			return Str("<_io.TextIOWrapper name=" + nameRepr + " mode=" + reprNoThread(Str(f.mode)) + " encoding='UTF-8'>"), nil
		},
	})
}
