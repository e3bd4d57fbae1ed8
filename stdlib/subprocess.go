package stdlib

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/rebeam/rebeam/interp"
)

// The _subprocess module, under subprocess (py/subprocess.py): child
// processes started with os/exec, their pipes (os.Pipe, which Go's
// poller waits on) and waits. Every wait (Popen.wait, communicate, a
// read of a pipe) is an interp.BlockingCall: it suspends only the calling
// rebeam process.

type procObj struct {
	cmd  *exec.Cmd
	done chan struct{} // closed when the child has been reaped
	code int           // the return code, once done
	host interp.Host   // the owner's host: the child is killed if its process crashes or is killed

	mu   sync.Mutex
	comm *commState
}

type commState struct {
	mu       sync.Mutex
	out, err bytes.Buffer
	wg       sync.WaitGroup
	finished chan struct{}
}

// pipeObj is the parent's end of a child's pipe, owned (closed if it
// dies abnormally) by the process that started the child.
type pipeObj struct {
	mu   sync.Mutex
	f    *os.File // nil once closed
	fd   int
	host interp.Host
}

var (
	procType = newType("proc", "_subprocess", nil)
	pipeType = newType("pipe", "_subprocess", nil)
)

func (*procObj) Type() *interp.Type { return procType }
func (*pipeObj) Type() *interp.Type { return pipeType }

func (p *pipeObj) file() *os.File {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.f
}

// Close implements io.Closer.
func (p *pipeObj) Close() error {
	p.mu.Lock()
	f := p.f
	p.f = nil
	p.mu.Unlock()
	if f != nil {
		return f.Close()
	}
	return nil
}

// Close implements io.Closer: the rebeam process that started the child
// died abnormally, so the child is killed, as the BEAM closes a port
// whose owner dies. A child already reaped is left alone.
func (p *procObj) Close() error {
	select {
	case <-p.done:
		return nil
	default:
	}
	if err := p.cmd.Process.Kill(); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return err
	}
	// A killed child is reaped at once; waiting for that here means the
	// child is gone, not a zombie, by the time the owner's death is seen
	// (a child stuck in the kernel does not hold the caller long).
	select {
	case <-p.done:
	case <-time.After(time.Second):
	}
	return nil
}

// reaped tells the owner that the child has exited and been waited for.
func (p *procObj) reaped(t *interp.Thread) {
	if p.host != nil {
		p.host.Disown(t, p)
	}
}

// childFile returns the child's end for a stdio spec: None inherits,
// -1 is a pipe (parent's end returned too), -3 /dev/null, an fd >= 0 a
// copy of it; -2 (stderr only) is the child's stdout.
func childFile(spec interp.Value, std *os.File, write bool, stdout *os.File) (child, parent *os.File, err error) {
	if spec == interp.None {
		return std, nil, nil
	}
	n, err := interp.ToIndex(spec)
	if err != nil {
		return nil, nil, err
	}
	switch {
	case n == -1:
		r, w, err := os.Pipe()
		if err != nil {
			return nil, nil, err
		}
		if write {
			return w, r, nil
		}
		return r, w, nil
	case n == -2:
		return stdout, nil, nil
	case n == -3:
		f, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
		return f, nil, err
	case n >= 0:
		fd, err := syscall.Dup(n)
		if err != nil {
			return nil, nil, err
		}
		syscall.CloseOnExec(fd)
		return os.NewFile(uintptr(fd), "fd"), nil, nil
	}
	return nil, nil, interp.Errorf(interp.ValueErrorType, "bad stdio spec %d", n)
}

func strList(v interp.Value) ([]string, error) {
	var items []interp.Value
	switch x := v.(type) {
	case *interp.List:
		items = x.Items
	case interp.Tuple:
		items = x
	default:
		return nil, argErr("expected a list of str")
	}
	out := make([]string, len(items))
	for i, it := range items {
		switch s := it.(type) {
		case interp.Str:
			out[i] = string(s)
		case interp.Bytes:
			out[i] = string(s)
		default:
			return nil, argErr("expected str, bytes or os.PathLike object, not %s", interp.TypeName(it))
		}
	}
	return out, nil
}

// spawn(args, executable, cwd, env, stdin, stdout, stderr, new_session)
// -> (proc, pid, stdin pipe, stdout pipe, stderr pipe)
func subprocessSpawn(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if len(args) != 8 {
		return nil, argErr("_subprocess.spawn takes 8 arguments")
	}
	argv, err := strList(args[0])
	if err != nil {
		return nil, err
	}
	if len(argv) == 0 {
		return nil, interp.Errorf(interp.IndexErrorType, "list index out of range")
	}
	exe := argv[0]
	if s, ok := args[1].(interp.Str); ok {
		exe = string(s)
	}
	var env []string
	if args[3] != interp.None {
		if env, err = strList(args[3]); err != nil {
			return nil, err
		}
	} else {
		env = os.Environ()
	}
	path := exe
	if !strings.Contains(exe, "/") {
		pathVar := ""
		for _, kv := range env {
			if strings.HasPrefix(kv, "PATH=") {
				pathVar = kv[5:]
			}
		}
		if pathVar == "" {
			pathVar = "/usr/local/bin:/usr/bin:/bin"
		}
		path = ""
		for _, dir := range strings.Split(pathVar, ":") {
			if dir == "" {
				dir = "."
			}
			cand := dir + "/" + exe
			if fi, err := os.Stat(cand); err == nil && !fi.IsDir() && fi.Mode()&0o111 != 0 {
				path = cand
				break
			}
		}
		if path == "" {
			return nil, osError(t, syscall.ENOENT, interp.Str(exe))
		}
	}
	cmd := &exec.Cmd{Path: path, Args: argv, Env: env}
	if cwd, ok := args[2].(interp.Str); ok {
		if fi, err := os.Stat(string(cwd)); err != nil {
			return nil, osError(t, err, cwd)
		} else if !fi.IsDir() {
			return nil, osError(t, syscall.ENOTDIR, cwd)
		}
		cmd.Dir = string(cwd)
	}
	if ns, _ := interp.Truth(t, args[7]); ns {
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	}
	var toClose []*os.File
	var parents [3]*os.File
	fail := func(err error) (interp.Value, error) {
		for _, f := range toClose {
			f.Close()
		}
		for _, f := range parents {
			if f != nil {
				f.Close()
			}
		}
		if _, ok := err.(*interp.Exception); ok {
			return nil, err
		}
		return nil, osError(t, err, nil)
	}
	in, pin, err := childFile(args[4], os.Stdin, false, nil)
	if err != nil {
		return fail(err)
	}
	parents[0] = pin
	out, pout, err := childFile(args[5], os.Stdout, true, nil)
	if err != nil {
		return fail(err)
	}
	parents[1] = pout
	errf, perr, err := childFile(args[6], os.Stderr, true, out)
	if err != nil {
		return fail(err)
	}
	parents[2] = perr
	for _, f := range []*os.File{in, out, errf} {
		if f != os.Stdin && f != os.Stdout && f != os.Stderr {
			toClose = append(toClose, f)
		}
	}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = in, out, errf
	if err := cmd.Start(); err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return fail(osError(t, pe.Err, interp.Str(exe)))
		}
		return fail(err)
	}
	for _, f := range toClose {
		f.Close()
	}
	p := &procObj{cmd: cmd, done: make(chan struct{})}
	go func() {
		cmd.Wait()
		ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
		if ws.Signaled() {
			p.code = -int(ws.Signal())
		} else {
			p.code = ws.ExitStatus()
		}
		close(p.done)
	}()
	if h := interp.HostOf(t); h != nil {
		p.host = h
		h.Own(t, p)
	}
	res := interp.Tuple{p, interp.Int(cmd.Process.Pid), interp.None, interp.None, interp.None}
	for i, f := range parents {
		if f != nil {
			// (f.Fd would put the descriptor in blocking mode, away
			// from the poller.)
			fd := -1
			if rc, err := f.SyscallConn(); err == nil {
				rc.Control(func(u uintptr) { fd = int(u) })
			}
			po := &pipeObj{f: f, fd: fd}
			if h := interp.HostOf(t); h != nil {
				po.host = h
				h.Own(t, po)
			}
			res[2+i] = po
		}
	}
	return res, nil
}

func procArg(v interp.Value) (*procObj, error) {
	p, ok := v.(*procObj)
	if !ok {
		return nil, argErr("expected a _subprocess.proc")
	}
	return p, nil
}

func pipeArg(v interp.Value) (*pipeObj, error) {
	p, ok := v.(*pipeObj)
	if !ok {
		return nil, argErr("expected a _subprocess.pipe")
	}
	return p, nil
}

// waitDuration reads a timeout: None waits for ever (-1).
func waitDuration(v interp.Value) time.Duration {
	if v == interp.None {
		return -1
	}
	f, _ := interp.ToFloat(v)
	if f < 0 {
		f = 0
	}
	return time.Duration(min(f, 1e9) * float64(time.Second))
}

// waitFor blocks (off the scheduler) until ch is closed or d passes; it
// reports whether ch was closed.
func waitFor(t *interp.Thread, ch <-chan struct{}, d time.Duration, then func(ok bool) (interp.Value, error)) (interp.Value, error) {
	select {
	case <-ch:
		return then(true)
	default:
	}
	if d == 0 {
		return then(false)
	}
	abort := make(chan struct{})
	return t.Blocking(&interp.BlockingCall{
		Fn: func() (any, error) {
			var timer <-chan time.Time
			if d > 0 {
				tm := time.NewTimer(d)
				defer tm.Stop()
				timer = tm.C
			}
			select {
			case <-ch:
				return true, nil
			case <-timer:
				return false, nil
			case <-abort:
				return false, nil
			}
		},
		Then: func(t *interp.Thread, v any, err error) (interp.Value, error) {
			return then(v.(bool))
		},
		Abort: func() { close(abort) },
	})
}

func subprocessFuncs() funcs {
	return funcs{
		"spawn": subprocessSpawn,
		// wait(proc, timeout) -> returncode, or None on timeout
		"wait": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			p, err := procArg(args[0])
			if err != nil {
				return nil, err
			}
			return waitFor(t, p.done, waitDuration(args[1]), func(ok bool) (interp.Value, error) {
				if !ok {
					return interp.None, nil
				}
				p.reaped(t)
				return interp.Int(p.code), nil
			})
		},
		"signal": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			p, err := procArg(args[0])
			if err != nil {
				return nil, err
			}
			sig, err := interp.ToIndex(args[1])
			if err != nil {
				return nil, err
			}
			select {
			case <-p.done:
				return interp.None, nil
			default:
			}
			if err := p.cmd.Process.Signal(syscall.Signal(sig)); err != nil && !errors.Is(err, os.ErrProcessDone) {
				return nil, osError(t, err, nil)
			}
			return interp.None, nil
		},
		// communicate(proc, stdin, stdout, stderr, input, timeout) ->
		// (out, err) or None on timeout; output collected so far is kept
		// for the next call.
		"communicate": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			if len(args) != 6 {
				return nil, argErr("_subprocess.communicate takes 6 arguments")
			}
			p, err := procArg(args[0])
			if err != nil {
				return nil, err
			}
			var pipes [3]*pipeObj
			for i := 0; i < 3; i++ {
				if args[1+i] != interp.None {
					if pipes[i], err = pipeArg(args[1+i]); err != nil {
						return nil, err
					}
				}
			}
			var input []byte
			if args[4] != interp.None {
				s, ok := asBytes(args[4])
				if !ok {
					return nil, argErr("memoryview: a bytes-like object is required, not '%s'", interp.TypeName(args[4]))
				}
				input = []byte(s)
			}
			p.mu.Lock()
			c := p.comm
			if c == nil {
				c = &commState{finished: make(chan struct{})}
				p.comm = c
				if w := pipes[0]; w != nil {
					c.wg.Add(1)
					go func() {
						defer c.wg.Done()
						if f := w.file(); f != nil {
							if len(input) > 0 {
								f.Write(input)
							}
						}
						w.Close()
					}()
				}
				for i, buf := range []*bytes.Buffer{&c.out, &c.err} {
					r := pipes[1+i]
					if r == nil {
						continue
					}
					c.wg.Add(1)
					go func() {
						defer c.wg.Done()
						f := r.file()
						if f == nil {
							return
						}
						b := make([]byte, 32*1024)
						for {
							n, err := f.Read(b)
							c.mu.Lock()
							buf.Write(b[:n])
							c.mu.Unlock()
							if err != nil {
								break
							}
						}
						r.Close()
					}()
				}
				go func() {
					c.wg.Wait()
					<-p.done
					close(c.finished)
				}()
			}
			p.mu.Unlock()
			return waitFor(t, c.finished, waitDuration(args[5]), func(ok bool) (interp.Value, error) {
				if !ok {
					return interp.None, nil
				}
				for _, pp := range pipes {
					if pp != nil && pp.host != nil {
						pp.host.Disown(t, pp) // closed by the copying goroutines
					}
				}
				c.mu.Lock()
				defer c.mu.Unlock()
				var out, errb interp.Value = interp.None, interp.None
				if pipes[1] != nil {
					out = interp.Bytes(c.out.String())
				}
				if pipes[2] != nil {
					errb = interp.Bytes(c.err.String())
				}
				return interp.Tuple{out, errb}, nil
			})
		},
		// partial(proc) -> (out, err) collected so far by communicate
		"partial": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			p, err := procArg(args[0])
			if err != nil {
				return nil, err
			}
			p.mu.Lock()
			c := p.comm
			p.mu.Unlock()
			if c == nil {
				return interp.Tuple{interp.None, interp.None}, nil
			}
			c.mu.Lock()
			defer c.mu.Unlock()
			return interp.Tuple{interp.Bytes(c.out.String()), interp.Bytes(c.err.String())}, nil
		},
		// read(pipe, n) -> bytes: at most n bytes (n < 0: to EOF)
		"read": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			p, err := pipeArg(args[0])
			if err != nil {
				return nil, err
			}
			n, err := interp.ToIndex(args[1])
			if err != nil {
				return nil, err
			}
			f := p.file()
			if f == nil {
				return nil, interp.Errorf(interp.ValueErrorType, "I/O operation on closed file")
			}
			return t.Blocking(&interp.BlockingCall{
				Fn: func() (any, error) {
					if n < 0 {
						b, err := io.ReadAll(f)
						return b, err
					}
					b := make([]byte, n)
					k, err := f.Read(b)
					if err == io.EOF {
						err = nil
					}
					return b[:k], err
				},
				Then: func(t *interp.Thread, v any, err error) (interp.Value, error) {
					if err != nil {
						return nil, osError(t, err, nil)
					}
					return interp.Bytes(v.([]byte)), nil
				},
				Abort: func() { f.SetReadDeadline(time.Unix(1, 0)) },
			})
		},
		"write": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			p, err := pipeArg(args[0])
			if err != nil {
				return nil, err
			}
			s, ok := asBytes(args[1])
			if !ok {
				return nil, argErr("a bytes-like object is required, not '%s'", interp.TypeName(args[1]))
			}
			data := []byte(s)
			f := p.file()
			if f == nil {
				return nil, interp.Errorf(interp.ValueErrorType, "I/O operation on closed file")
			}
			return t.Blocking(&interp.BlockingCall{
				Fn: func() (any, error) {
					k, err := f.Write(data)
					return k, err
				},
				Then: func(t *interp.Thread, v any, err error) (interp.Value, error) {
					if err != nil {
						return nil, osError(t, err, nil)
					}
					return interp.Int(v.(int)), nil
				},
				Abort: func() { f.SetWriteDeadline(time.Unix(1, 0)) },
			})
		},
		"close": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			p, err := pipeArg(args[0])
			if err != nil {
				return nil, err
			}
			if p.host != nil {
				p.host.Disown(t, p)
			}
			p.Close()
			return interp.None, nil
		},
		"fileno": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			p, err := pipeArg(args[0])
			if err != nil {
				return nil, err
			}
			if p.file() == nil {
				return nil, interp.Errorf(interp.ValueErrorType, "I/O operation on closed file")
			}
			return interp.Int(p.fd), nil
		},
	}
}

func init() {
	register("_subprocess", func(t *interp.Thread, m *interp.Module) error {
		setFuncs(m.Dict, subprocessFuncs())
		return nil
	}, "")
}
