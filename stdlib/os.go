package stdlib

import (
	"errors"
	"io/fs"
	"os"
	"runtime"
	"strconv"
	"syscall"

	"github.com/rebeam/rebeam/interp"
)

// The os module (POSIX only) and errno. The Go primitives below wrap the
// host; stat_result, DirEntry, environ, walk, makedirs and os.path
// (posixpath) are Python in osPrelude and posixpathSource.

// osError converts a Go file-system error to the OSError subclass
// CPython raises, with errno, strerror and filename.
func osError(t *interp.Thread, err error, filename interp.Value, filename2 ...interp.Value) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			errno = syscall.ENOENT
		case errors.Is(err, fs.ErrExist):
			errno = syscall.EEXIST
		case errors.Is(err, fs.ErrPermission):
			errno = syscall.EACCES
		default:
			return interp.Errorf(interp.OSErrorType, "%v", err)
		}
	}
	text, ok := errnoText[int(errno)]
	if !ok {
		text = errno.Error()
	}
	args := []interp.Value{interp.Int(errno), interp.Str(text)}
	if filename != nil {
		args = append(args, fsName(t, filename))
		if len(filename2) > 0 {
			args = append(args, interp.Int(0), fsName(t, filename2[0]))
		}
	}
	return raise(t, interp.OSErrorType, args...)
}

// fsName is the filename an OSError carries: as CPython, the str (or
// bytes) form of an os.PathLike argument rather than the object itself.
func fsName(t *interp.Thread, v interp.Value) interp.Value {
	switch v.(type) {
	case interp.Str, interp.Bytes:
		return v
	}
	if s, err := pathArg(t, "", v); err == nil {
		return interp.Str(s)
	}
	return v
}

// pathArg reads a path: str, bytes, or an os.PathLike.
func pathArg(t *interp.Thread, fname string, v interp.Value) (string, error) {
	switch x := v.(type) {
	case interp.Str:
		return string(x), nil
	case interp.Bytes:
		return string(x), nil
	}
	if m, err := special(t, v, "__fspath__"); err == nil && m != nil {
		r, err := t.Call(m, nil, nil)
		if err != nil {
			return "", err
		}
		switch x := r.(type) {
		case interp.Str:
			return string(x), nil
		case interp.Bytes:
			return string(x), nil
		}
	}
	return "", argErr("%s: path should be string, bytes or os.PathLike, not %s", fname, interp.TypeName(v))
}

func osFn1(name string, fn func(t *interp.Thread, p string, pv interp.Value) (interp.Value, error)) interp.BuiltinFunc {
	return func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var pv interp.Value
		var extra interp.Value
		if err := interp.UnpackArgs(name, args, kw, "path", &pv, "$dir_fd?", &extra); err != nil {
			return nil, err
		}
		p, err := pathArg(t, name, pv)
		if err != nil {
			return nil, err
		}
		return fn(t, p, pv)
	}
}

func statTuple(fi os.FileInfo) interp.Value {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return interp.Tuple{interp.Int(int(fi.Mode().Perm())), interp.Int(0), interp.Int(0), interp.Int(1), interp.Int(0), interp.Int(0),
			interp.Int(fi.Size()), interp.Float(0), interp.Float(float64(fi.ModTime().UnixNano()) / 1e9), interp.Float(0)}
	}
	ts := func(s syscall.Timespec) interp.Value { return interp.Float(float64(s.Sec) + float64(s.Nsec)/1e9) }
	tns := func(s syscall.Timespec) interp.Value { return interp.Int(s.Sec*1e9 + s.Nsec) }
	return interp.Tuple{
		interp.Int(st.Mode), interp.Int(st.Ino), interp.Int(st.Dev), interp.Int(st.Nlink),
		interp.Int(st.Uid), interp.Int(st.Gid), interp.Int(st.Size),
		ts(st.Atim), ts(st.Mtim), ts(st.Ctim),
		tns(st.Atim), tns(st.Mtim), tns(st.Ctim), interp.Int(st.Blksize), interp.Int(st.Blocks),
	}
}

func init() {
	register("errno", func(t *interp.Thread, m *interp.Module) error {
		codes := interp.NewDict()
		for _, e := range errnoNames {
			m.Dict.SetStr(e.name, interp.Int(e.code))
			codes.Set(t, interp.Int(e.code), interp.Str(e.name))
		}
		for _, e := range errnoAliases {
			m.Dict.SetStr(e.name, interp.Int(e.code))
		}
		m.Dict.SetStr("errorcode", codes)
		return nil
	}, "")
	register("posix", func(t *interp.Thread, m *interp.Module) error {
		setFuncs(m.Dict, osFuncs())
		setFuncs(m.Dict, osFdFuncs())
		return nil
	}, "")
	register("os", func(t *interp.Thread, m *interp.Module) error {
		setFuncs(m.Dict, osFuncs())
		setFuncs(m.Dict, osFdFuncs())
		env := interp.NewDict()
		for _, kv := range os.Environ() {
			for i := 0; i < len(kv); i++ {
				if kv[i] == '=' {
					env.SetStr(kv[:i], interp.Str(kv[i+1:]))
					break
				}
			}
		}
		m.Dict.SetStr("_environ_data", env)
		return nil
	}, osPrelude, "stat", "lstat", "fstat", "statvfs", "get_terminal_size", "fspath", "scandir", "_exit")
	register("posixpath", nil, posixpathSource)
}

func osFuncs() funcs {
	return funcs{
		"getcwd": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			d, err := os.Getwd()
			if err != nil {
				return nil, osError(t, err, nil)
			}
			return interp.Str(d), nil
		},
		"getcwdb": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			d, err := os.Getwd()
			if err != nil {
				return nil, osError(t, err, nil)
			}
			return interp.Bytes(d), nil
		},
		"chdir": osFn1("chdir", func(t *interp.Thread, p string, pv interp.Value) (interp.Value, error) {
			if err := os.Chdir(p); err != nil {
				return nil, osError(t, err, pv)
			}
			return interp.None, nil
		}),
		"listdir": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var pv interp.Value = interp.Str(".")
			if err := interp.UnpackArgs("listdir", args, kw, "path?", &pv); err != nil {
				return nil, err
			}
			if pv == interp.None {
				pv = interp.Str(".")
			}
			p, err := pathArg(t, "listdir", pv)
			if err != nil {
				return nil, err
			}
			f, err := os.Open(p)
			if err != nil {
				return nil, osError(t, err, pv)
			}
			defer f.Close()
			names, err := f.Readdirnames(-1)
			if err != nil {
				return nil, osError(t, err, pv)
			}
			_, isBytes := pv.(interp.Bytes)
			out := make([]interp.Value, len(names))
			for i, n := range names {
				if isBytes {
					out[i] = interp.Bytes(n)
				} else {
					out[i] = interp.Str(n)
				}
			}
			return interp.NewList(out), nil
		},
		"_scandir": osFn1("scandir", func(t *interp.Thread, p string, pv interp.Value) (interp.Value, error) {
			ents, err := os.ReadDir(p)
			if err != nil {
				return nil, osError(t, err, pv)
			}
			out := make([]interp.Value, 0, len(ents))
			for _, e := range ents {
				mode := e.Type()
				kind := 0 // 0 file, 1 dir, 2 symlink, 3 other
				switch {
				case mode&fs.ModeSymlink != 0:
					kind = 2
				case mode.IsDir():
					kind = 1
				case !mode.IsRegular():
					kind = 3
				}
				out = append(out, interp.Tuple{interp.Str(e.Name()), interp.Int(kind)})
			}
			return interp.NewList(out), nil
		}),
		"mkdir": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var pv, dirfd interp.Value
			mode := 0o777
			if err := interp.UnpackArgs("mkdir", args, kw, "path", &pv, "mode?", &mode, "$dir_fd?", &dirfd); err != nil {
				return nil, err
			}
			p, err := pathArg(t, "mkdir", pv)
			if err != nil {
				return nil, err
			}
			if err := os.Mkdir(p, fs.FileMode(mode)); err != nil {
				return nil, osError(t, err, pv)
			}
			return interp.None, nil
		},
		"rmdir": osFn1("rmdir", func(t *interp.Thread, p string, pv interp.Value) (interp.Value, error) {
			if err := syscall.Rmdir(p); err != nil {
				return nil, osError(t, err, pv)
			}
			return interp.None, nil
		}),
		"remove": osFn1("remove", func(t *interp.Thread, p string, pv interp.Value) (interp.Value, error) {
			if err := syscall.Unlink(p); err != nil {
				return nil, osError(t, err, pv)
			}
			return interp.None, nil
		}),
		"unlink": osFn1("unlink", func(t *interp.Thread, p string, pv interp.Value) (interp.Value, error) {
			if err := syscall.Unlink(p); err != nil {
				return nil, osError(t, err, pv)
			}
			return interp.None, nil
		}),
		"rename":  osRename("rename"),
		"replace": osRename("replace"),
		"stat":    osStat("stat", os.Stat),
		"lstat":   osStat("lstat", os.Lstat),
		"readlink": osFn1("readlink", func(t *interp.Thread, p string, pv interp.Value) (interp.Value, error) {
			s, err := os.Readlink(p)
			if err != nil {
				return nil, osError(t, err, pv)
			}
			return interp.Str(s), nil
		}),
		"symlink": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var src, dst, isdir interp.Value
			if err := interp.UnpackArgs("symlink", args, kw, "src", &src, "dst", &dst, "target_is_directory?", &isdir); err != nil {
				return nil, err
			}
			s, err := pathArg(t, "symlink", src)
			if err != nil {
				return nil, err
			}
			d, err := pathArg(t, "symlink", dst)
			if err != nil {
				return nil, err
			}
			if err := os.Symlink(s, d); err != nil {
				return nil, osError(t, err, src, dst)
			}
			return interp.None, nil
		},
		"access": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var pv interp.Value
			var mode int
			if err := interp.UnpackArgs("access", args, kw, "path", &pv, "mode", &mode); err != nil {
				return nil, err
			}
			p, err := pathArg(t, "access", pv)
			if err != nil {
				return nil, err
			}
			return interp.Bool(syscall.Access(p, uint32(mode)) == nil), nil
		},
		"getpid": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return interp.Int(os.Getpid()), nil
		},
		"getppid": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return interp.Int(os.Getppid()), nil
		},
		"kill": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return osSignal(t, "kill", args, kw, syscall.Kill)
		},
		"killpg": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return osSignal(t, "killpg", args, kw, func(pgid int, sig syscall.Signal) error {
				return syscall.Kill(-pgid, sig)
			})
		},
		"getuid": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return interp.Int(os.Getuid()), nil
		},
		"getgid": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return interp.Int(os.Getgid()), nil
		},
		"geteuid": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return interp.Int(os.Geteuid()), nil
		},
		"cpu_count": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return interp.Int(runtime.NumCPU()), nil
		},
		"urandom": osUrandom,
		"strerror": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var code int
			if err := interp.UnpackArgs("strerror", args, kw, "code", &code); err != nil {
				return nil, err
			}
			if s, ok := errnoText[code]; ok {
				return interp.Str(s), nil
			}
			return interp.Str("Unknown error " + itoa(code)), nil
		},
		"putenv": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var k, v string
			if err := interp.UnpackArgs("putenv", args, kw, "name", &k, "value", &v); err != nil {
				return nil, err
			}
			if k == "" || containsByte(k, '=') {
				return nil, interp.Errorf(interp.ValueErrorType, "illegal environment variable name")
			}
			os.Setenv(k, v)
			return interp.None, nil
		},
		"unsetenv": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var k string
			if err := interp.UnpackArgs("unsetenv", args, kw, "name", &k); err != nil {
				return nil, err
			}
			os.Unsetenv(k)
			return interp.None, nil
		},
		"_terminal_size": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			fd := 1
			if len(args) > 0 {
				var err error
				if fd, err = interp.ToIndex(args[0]); err != nil {
					return nil, err
				}
			}
			var ws [4]uint16
			_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), uintptr(syscall.TIOCGWINSZ), uintptrOf(&ws))
			if e != 0 {
				return nil, osError(t, e, nil)
			}
			return interp.Tuple{interp.Int(ws[1]), interp.Int(ws[0])}, nil
		},
		"umask": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var mask int
			if err := interp.UnpackArgs("umask", args, kw, "mask", &mask); err != nil {
				return nil, err
			}
			return interp.Int(syscall.Umask(mask)), nil
		},
		"chmod": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var pv interp.Value
			var mode int
			if err := interp.UnpackArgs("chmod", args, kw, "path", &pv, "mode", &mode); err != nil {
				return nil, err
			}
			p, err := pathArg(t, "chmod", pv)
			if err != nil {
				return nil, err
			}
			if err := syscall.Chmod(p, uint32(mode)); err != nil {
				return nil, osError(t, err, pv)
			}
			return interp.None, nil
		},
	}
}

func containsByte(s string, b byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return true
		}
	}
	return false
}

func itoa(n int) string {
	return strconv.Itoa(n)
}

func osRename(name string) interp.BuiltinFunc {
	return func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var src, dst, a, b interp.Value
		if err := interp.UnpackArgs(name, args, kw, "src", &src, "dst", &dst, "$src_dir_fd?", &a, "$dst_dir_fd?", &b); err != nil {
			return nil, err
		}
		s, err := pathArg(t, name, src)
		if err != nil {
			return nil, err
		}
		d, err := pathArg(t, name, dst)
		if err != nil {
			return nil, err
		}
		if err := syscall.Rename(s, d); err != nil {
			return nil, osError(t, err, src, dst)
		}
		return interp.None, nil
	}
}

func osStat(name string, fn func(string) (os.FileInfo, error)) interp.BuiltinFunc {
	return func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var pv, dirfd interp.Value
		follow := true
		if err := interp.UnpackArgs(name, args, kw, "path", &pv, "$dir_fd?", &dirfd, "$follow_symlinks?", &follow); err != nil {
			return nil, err
		}
		p, err := pathArg(t, name, pv)
		if err != nil {
			return nil, err
		}
		statFn := fn
		if !follow {
			statFn = os.Lstat
		}
		fi, err := statFn(p)
		if err != nil {
			return nil, osError(t, err, pv)
		}
		return statTuple(fi), nil
	}
}

// osSignal is os.kill and os.killpg: send(id, sig), raising the OSError
// (ProcessLookupError, PermissionError) the system gives.
func osSignal(t *interp.Thread, name string, args []interp.Value, kw []interp.Kwarg, send func(int, syscall.Signal) error) (interp.Value, error) {
	if len(kw) > 0 {
		return nil, interp.Errorf(interp.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) != 2 {
		return nil, interp.Errorf(interp.TypeErrorType, "%s() takes exactly 2 arguments (%d given)", name, len(args))
	}
	id, err := interp.ToIndex(args[0])
	if err != nil {
		return nil, err
	}
	sig, err := interp.ToIndex(args[1])
	if err != nil {
		return nil, err
	}
	if err := send(id, syscall.Signal(sig)); err != nil {
		return nil, osError(t, err, nil)
	}
	return interp.None, nil
}
