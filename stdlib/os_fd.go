package stdlib

import (
	"sync/atomic"
	"syscall"
	"time"

	"github.com/rebeam/rebeam/interp"
)

// The os functions on file descriptors and the rest that tempfile,
// shutil and pathlib need: open, close, read, write, pipe, lseek, fstat,
// fsync, ftruncate, isatty, dup, utime, link, statvfs.

func fdArg(fname string, v interp.Value) (int, error) {
	fd, err := interp.ToIndex(v)
	if err != nil {
		return 0, err
	}
	return fd, nil
}

// fdWait runs op, a read (write false) or write on fd. When fd is not
// ready for it (a pipe, a FIFO, a terminal with nothing typed), the wait
// is a blocking call (selectUntil, as select.select waits) and op runs
// once fd is ready, so that only the calling process waits. A select
// error is left for op to meet and report.
func fdWait(t *interp.Thread, fd int, write bool, op func() (interp.Value, error)) (interp.Value, error) {
	var lists [3][]int
	if write {
		lists[1] = []int{fd}
	} else {
		lists[0] = []int{fd}
	}
	then := func(t *interp.Thread, v any, err error) (interp.Value, error) {
		if err != nil {
			return nil, osError(t, err, nil)
		}
		return v.(interp.Value), nil
	}
	now := fd < 0 || fd >= 1024 || !t.Offloads() // select cannot watch it, or nothing else would run
	if !now {
		r, err := selectOnce(lists, 0)
		now = err != nil || anyReady(r)
	}
	if now {
		v, err := op()
		return then(t, v, err)
	}
	var aborted atomic.Bool
	return t.Blocking(&interp.BlockingCall{
		Fn: func() (any, error) {
			selectUntil(lists, -1, &aborted)
			if aborted.Load() {
				return nil, syscall.EINTR
			}
			return op()
		},
		Then:  then,
		Abort: func() { aborted.Store(true) },
	})
}

func osFdFuncs() funcs {
	return funcs{
		"open": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var pv, dirfd interp.Value
			var flags int
			mode := 0o777
			if err := interp.UnpackArgs("open", args, kw, "path", &pv, "flags", &flags, "mode?", &mode, "$dir_fd?", &dirfd); err != nil {
				return nil, err
			}
			p, err := pathArg(t, "open", pv)
			if err != nil {
				return nil, err
			}
			fd, err := syscall.Open(p, flags|syscall.O_CLOEXEC, uint32(mode))
			if err != nil {
				return nil, osError(t, err, pv)
			}
			return interp.Int(fd), nil
		},
		"close": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var fdv interp.Value
			if err := interp.UnpackArgs("close", args, kw, "fd", &fdv); err != nil {
				return nil, err
			}
			fd, err := fdArg("close", fdv)
			if err != nil {
				return nil, err
			}
			if err := syscall.Close(fd); err != nil {
				return nil, osError(t, err, nil)
			}
			return interp.None, nil
		},
		"read": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var fd, n int
			if err := interp.UnpackArgs("read", args, kw, "fd", &fd, "length", &n); err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, raise(t, interp.OSErrorType, interp.Int(syscall.EINVAL), interp.Str("Invalid argument"))
			}
			buf := make([]byte, n)
			return fdWait(t, fd, false, func() (interp.Value, error) {
				got, err := syscall.Read(fd, buf)
				if err != nil {
					return nil, err
				}
				return interp.Bytes(buf[:got]), nil
			})
		},
		"write": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var fd int
			var data interp.Value
			if err := interp.UnpackArgs("write", args, kw, "fd", &fd, "data", &data); err != nil {
				return nil, err
			}
			b, ok := asBytes(data)
			if !ok {
				return nil, argErr("a bytes-like object is required, not '%s'", interp.TypeName(data))
			}
			return fdWait(t, fd, true, func() (interp.Value, error) {
				n, err := syscall.Write(fd, []byte(b))
				if err != nil {
					return nil, err
				}
				return interp.Int(n), nil
			})
		},
		"pipe": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			if err := interp.UnpackArgs("pipe", args, kw); err != nil {
				return nil, err
			}
			var p [2]int
			if err := syscall.Pipe2(p[:], syscall.O_CLOEXEC); err != nil {
				return nil, osError(t, err, nil)
			}
			return interp.Tuple{interp.Int(p[0]), interp.Int(p[1])}, nil
		},
		"lseek": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var fd, pos, how int
			if err := interp.UnpackArgs("lseek", args, kw, "fd", &fd, "position", &pos, "whence", &how); err != nil {
				return nil, err
			}
			off, err := syscall.Seek(fd, int64(pos), how)
			if err != nil {
				return nil, osError(t, err, nil)
			}
			return interp.Int(off), nil
		},
		"_fstat": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var fd int
			if err := interp.UnpackArgs("fstat", args, kw, "fd", &fd); err != nil {
				return nil, err
			}
			var st syscall.Stat_t
			if err := syscall.Fstat(fd, &st); err != nil {
				return nil, osError(t, err, nil)
			}
			return statOf(&st), nil
		},
		"fsync": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var fdv interp.Value
			if err := interp.UnpackArgs("fsync", args, kw, "fd", &fdv); err != nil {
				return nil, err
			}
			fd, err := fdOf(t, fdv)
			if err != nil {
				return nil, err
			}
			if err := syscall.Fsync(fd); err != nil {
				return nil, osError(t, err, nil)
			}
			return interp.None, nil
		},
		"ftruncate": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var fd, n int
			if err := interp.UnpackArgs("ftruncate", args, kw, "fd", &fd, "length", &n); err != nil {
				return nil, err
			}
			if err := syscall.Ftruncate(fd, int64(n)); err != nil {
				return nil, osError(t, err, nil)
			}
			return interp.None, nil
		},
		"isatty": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var fd int
			if err := interp.UnpackArgs("isatty", args, kw, "fd", &fd); err != nil {
				return nil, err
			}
			var ws [4]uint16
			_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), uintptr(syscall.TIOCGWINSZ), uintptrOf(&ws))
			return interp.Bool(e == 0), nil
		},
		"dup": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var fd int
			if err := interp.UnpackArgs("dup", args, kw, "fd", &fd); err != nil {
				return nil, err
			}
			nfd, err := syscall.Dup(fd)
			if err != nil {
				return nil, osError(t, err, nil)
			}
			syscall.CloseOnExec(nfd)
			return interp.Int(nfd), nil
		},
		"utime": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var pv, dirfd interp.Value
			var times, ns interp.Value = interp.None, interp.None
			follow := true
			if err := interp.UnpackArgs("utime", args, kw, "path", &pv, "times?", &times, "$ns?", &ns, "$dir_fd?", &dirfd, "$follow_symlinks?", &follow); err != nil {
				return nil, err
			}
			p, err := pathArg(t, "utime", pv)
			if err != nil {
				return nil, err
			}
			var ts []syscall.Timespec
			switch {
			case times != interp.None && ns != interp.None:
				return nil, interp.Errorf(interp.ValueErrorType, "utime: you may specify either 'times' or 'ns' but not both")
			case times != interp.None:
				tu, ok := times.(interp.Tuple)
				if !ok || len(tu) != 2 {
					return nil, argErr("utime: 'times' must be either a tuple of two ints or None")
				}
				for _, v := range tu {
					f, ok := interp.ToFloat(v)
					if !ok {
						return nil, argErr("must be real number, not %s", interp.TypeName(v))
					}
					ts = append(ts, syscall.NsecToTimespec(int64(f*1e9)))
				}
			case ns != interp.None:
				tu, ok := ns.(interp.Tuple)
				if !ok || len(tu) != 2 {
					return nil, argErr("utime: 'ns' must be a tuple of two ints")
				}
				for _, v := range tu {
					n, err := interp.ToIndex(v)
					if err != nil {
						return nil, err
					}
					ts = append(ts, syscall.NsecToTimespec(int64(n)))
				}
			default:
				now := syscall.NsecToTimespec(time.Now().UnixNano())
				ts = []syscall.Timespec{now, now}
			}
			if err := syscall.UtimesNano(p, ts); err != nil {
				return nil, osError(t, err, pv)
			}
			return interp.None, nil
		},
		"link": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var src, dst, a, b, f interp.Value
			if err := interp.UnpackArgs("link", args, kw, "src", &src, "dst", &dst, "$src_dir_fd?", &a, "$dst_dir_fd?", &b, "$follow_symlinks?", &f); err != nil {
				return nil, err
			}
			s, err := pathArg(t, "link", src)
			if err != nil {
				return nil, err
			}
			d, err := pathArg(t, "link", dst)
			if err != nil {
				return nil, err
			}
			if err := syscall.Link(s, d); err != nil {
				return nil, osError(t, err, src, dst)
			}
			return interp.None, nil
		},
		"_statvfs": osFn1("statvfs", func(t *interp.Thread, p string, pv interp.Value) (interp.Value, error) {
			var st syscall.Statfs_t
			if err := syscall.Statfs(p, &st); err != nil {
				return nil, osError(t, err, pv)
			}
			return interp.Tuple{
				interp.Int(st.Bsize), interp.Int(st.Frsize), interp.Int(int64(st.Blocks)), interp.Int(int64(st.Bfree)),
				interp.Int(int64(st.Bavail)), interp.Int(int64(st.Files)), interp.Int(int64(st.Ffree)), interp.Int(int64(st.Ffree)),
				interp.Int(st.Flags), interp.Int(st.Namelen),
			}, nil
		}),
	}
}

// fdOf accepts an int or an object with fileno().
func fdOf(t *interp.Thread, v interp.Value) (int, error) {
	if _, ok := v.(interp.Int); ok {
		return interp.ToIndex(v)
	}
	m, err := interp.GetAttr(t, v, "fileno")
	if err != nil {
		return 0, argErr("argument must be an int, or have a fileno() method.")
	}
	r, err := t.Call(m, nil, nil)
	if err != nil {
		return 0, err
	}
	return interp.ToIndex(r)
}

func statOf(st *syscall.Stat_t) interp.Value {
	ts := func(s syscall.Timespec) interp.Value { return interp.Float(float64(s.Sec) + float64(s.Nsec)/1e9) }
	tns := func(s syscall.Timespec) interp.Value { return interp.Int(s.Sec*1e9 + s.Nsec) }
	return interp.Tuple{
		interp.Int(st.Mode), interp.Int(st.Ino), interp.Int(st.Dev), interp.Int(st.Nlink),
		interp.Int(st.Uid), interp.Int(st.Gid), interp.Int(st.Size),
		ts(st.Atim), ts(st.Mtim), ts(st.Ctim),
		tns(st.Atim), tns(st.Mtim), tns(st.Ctim), interp.Int(st.Blksize), interp.Int(st.Blocks),
	}
}
