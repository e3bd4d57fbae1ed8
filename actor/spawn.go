package actor

import (
	"slices"
	"time"

	"github.com/rebeam/rebeam/interp"
)

// newProcess makes a process with a fresh thread and enters it in the
// process table; the caller prepares the thread and calls start.
func (s *Scheduler) newProcess(genpy bool) *Process {
	p := s.newProcessNoThread(genpy, nil)
	p.thread = s.newThread()
	p.thread.Locals[processKey] = p
	return p
}

// newProcessNoThread makes a process without a thread: a Go-served GenPy
// (server.go) gets one from its worker when it runs, and gives it back
// when it waits for a message, so that an idle process holds none.
func (s *Scheduler) newProcessNoThread(genpy bool, srv *genServer) *Process {
	s.mu.Lock()
	s.nextID++
	p := &Process{pid: PID{Node: LocalNode, ID: s.nextID}, sched: s, genpy: genpy, srv: srv, status: Runnable, done: make(chan struct{})}
	// Complete before another process can look it up.
	p.pidValue = p.pid.Value()
	s.procs.put(p.pid.ID, p)
	s.mu.Unlock()
	s.live.Add(1)
	return p
}

// newThread makes a thread for the processes of s. Its Locals say which
// process it runs (set when a process takes it).
func (s *Scheduler) newThread() *interp.Thread {
	t := interp.NewThread(s.interp)
	if s.stdout != nil {
		t.Stdout = s.stdout
	}
	if s.stderr != nil {
		t.Stderr = s.stderr
	}
	t.Locals = map[string]any{}
	t.BlockingSuspend = func(payload any) (interp.Value, error) {
		p, _ := t.Locals[processKey].(*Process)
		return s.blockingSuspend(p, payload)
	}
	return t
}

// maxPooledThreads bounds each worker's pool of threads.
const maxPooledThreads = 16

// takeThread gives p a thread from r's pool (or a new one); the caller
// holds p.mu.
func (r *runner) takeThread(p *Process) {
	var t *interp.Thread
	if n := len(r.threads); n > 0 {
		t = r.threads[n-1]
		r.threads[n-1] = nil
		r.threads = r.threads[:n-1]
	} else {
		t = r.s.newThread()
	}
	t.Locals[processKey] = p
	p.thread = t
}

// putThread returns to r's pool the thread of a process that no longer
// holds it (it has no frame).
func (r *runner) putThread(t *interp.Thread) {
	if t == nil || t.Depth() != 0 || len(r.threads) >= maxPooledThreads {
		return
	}
	// Locals keeps the last process until the next takes the thread:
	// a map delete per message costs more than the stale pointer.
	r.threads = append(r.threads, t)
}

// Spawn starts a process calling fn(args...). The values are handed over
// as they are: the caller must not keep using mutable ones (Python code
// spawns through spawnValue, which copies them).
func (s *Scheduler) Spawn(fn interp.Value, args ...interp.Value) (*Process, error) {
	p := s.newProcess(false)
	if err := p.thread.Start(fn, args); err != nil {
		s.exit(p, "crashed: "+err.Error(), nil)
		return nil, err
	}
	s.ready(p, nil)
	return p, nil
}

// SpawnModule starts a process running a module's code in globals: the
// script body runs this way, so that it can call and be called.
func (s *Scheduler) SpawnModule(code *interp.Code, globals *interp.Dict) *Process {
	p := s.newProcess(false)
	p.body = true
	s.bodyLive.Store(true)
	p.thread.StartModule(code, globals)
	s.ready(p, nil)
	return p
}

// spawnValue starts the process that rebeam.spawn(target, *args,
// **kwargs) asks for: a GenPy server for a GenPy instance (a copy of it),
// else a call of target with copies of the arguments.
func (s *Scheduler) spawnValue(t *interp.Thread, target interp.Value, args []interp.Value, kw []interp.Kwarg) (*Process, error) {
	p, err := s.spawnWatched(t, nil, target, args, kw)
	if err != nil {
		return nil, err
	}
	s.ready(p, s.runnerOf(t))
	return p, nil
}

// spawnWatched makes the process of spawnValue without making it
// runnable. With a supervisor sup, the new process is marked supervised
// (Shutdown leaves it to its supervisor) and monitored by sup before it
// can run, so that not even an immediate crash is missed.
func (s *Scheduler) spawnWatched(t *interp.Thread, sup *Process, target interp.Value, args []interp.Value, kw []interp.Kwarg) (*Process, error) {
	p, err := s.prepareSpawn(t, target, args, kw)
	if err != nil {
		return nil, err
	}
	if sup != nil {
		p.supervised.Store(true)
		s.monitor(t, sup, p, p.pidValue)
		sup.mu.Lock()
		sup.children = append(sup.children, p)
		sup.mu.Unlock()
	}
	if sup == nil && s.shuttingDown() {
		// Spawned after Shutdown took its list: stopped as the others
		// are (a supervised one is left to its supervisor).
		p.signal(sysMessage{kind: sysStop, reason: "shutdown"})
	}
	if s.trace != nil {
		// After the supervision is set up: the tracer may call
		// Shutdown, which leaves a supervised process to its supervisor.
		s.traceSpawn(t, p, target, args)
	}
	return p, nil
}

// prepareSpawn makes the process of spawnValue, not yet runnable.
func (s *Scheduler) prepareSpawn(t *interp.Thread, target interp.Value, args []interp.Value, kw []interp.Kwarg) (*Process, error) {
	if obj, ok := target.(*interp.Object); ok && interp.IsSubtype(obj.Class, s.genpyType) {
		if len(args) > 0 || len(kw) > 0 {
			return nil, interp.Errorf(interp.TypeErrorType, "spawn() takes no arguments after a GenPy instance")
		}
		inst, err := CopyMessage(t, obj)
		if err != nil {
			return nil, err
		}
		o, ok := inst.(*interp.Object)
		if !ok {
			return nil, interp.Errorf(interp.TypeErrorType, "cannot spawn a copy of a GenPy that is a '%s' object", interp.TypeName(inst))
		}
		return s.newProcessNoThread(true, &genServer{inst: o}), nil
	}
	switch x := target.(type) {
	case *interp.Module:
		return s.prepareModule(x)
	case interp.Str:
		return s.preparePath(string(x))
	}
	if !callable(target) {
		return nil, interp.Errorf(interp.TypeErrorType, "cannot start a process from a '%s' object: a process runs %s", interp.TypeName(target), childKinds)
	}
	// args may be a window on the caller's operand stack: clone it
	// before it becomes a tuple that outlives the call.
	cargs, err := CopyMessage(t, interp.Tuple(slices.Clone(args)))
	if err != nil {
		return nil, err
	}
	kwargs := interp.NewDict()
	for _, k := range kw {
		kwargs.SetStr(k.Name, k.Value)
	}
	ckw, err := CopyMessage(t, kwargs)
	if err != nil {
		return nil, err
	}
	fn, err := CopyMessage(t, target)
	if err != nil {
		return nil, err
	}
	// A supervisor serves orderly stops (it stops its children), so it
	// counts as a GenPy; that is fixed before the process is visible.
	p := s.newProcess(target == s.supervise)
	if err := p.thread.Start(s.run, []interp.Value{fn, cargs, ckw}); err != nil {
		s.exit(p, "crashed", nil)
		return nil, err
	}
	return p, nil
}

// startServe makes p serve the GenPy instance inst with the GenPy loop
// (server.go).
func (s *Scheduler) startServe(p *Process, inst interp.Value) error {
	obj, ok := inst.(*interp.Object)
	if !ok || !interp.IsSubtype(obj.Class, s.genpyType) {
		return interp.Errorf(interp.TypeErrorType, "a process can serve only a GenPy instance, not a '%s' object", interp.TypeName(inst))
	}
	p.mu.Lock()
	p.srv = &genServer{inst: obj}
	p.mu.Unlock()
	return nil
}

// runnerOf returns the runner of the process running on t, so that a
// process it spawns starts on the same worker (and is stolen from there
// if others are idle).
func (s *Scheduler) runnerOf(t *interp.Thread) *runner {
	if p, ok := t.Locals[processKey].(*Process); ok && p.sched == s {
		return p.run
	}
	return nil
}

func callable(v interp.Value) bool {
	switch x := v.(type) {
	case *interp.Function, *interp.Builtin, *interp.BoundMethod, *interp.Type:
		return true
	case *interp.Object:
		return x.Class.Lookup("__call__") != nil
	}
	return false
}

// sendAfter delivers msg to target (a ProcessID or a name, resolved when
// the timer fires) after d, and returns the timer's number.
func (s *Scheduler) sendAfter(d time.Duration, target interp.Value, msg *Message) uint64 {
	id := s.refs.Add(1)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sendTimers[id] = s.timers.after(d, func() {
		s.mu.Lock()
		delete(s.sendTimers, id)
		s.mu.Unlock()
		if s.trace != nil {
			to, _ := resolve(s, target)
			s.traceTimer(id, target, to, msg)
		}
		if to, _ := resolve(s, target); to != nil {
			to.deliver(msg)
		}
	})
	return id
}

// cancelSendAfter cancels a send_after timer; it reports whether the
// message was still pending.
func (s *Scheduler) cancelSendAfter(id uint64) bool {
	s.mu.Lock()
	t := s.sendTimers[id]
	delete(s.sendTimers, id)
	s.mu.Unlock()
	return t != nil && s.timers.cancel(t)
}

// shuttingDown reports whether Shutdown has begun.
func (s *Scheduler) shuttingDown() bool {
	select {
	case <-s.shutdownCh:
		return true
	default:
		return false
	}
}

// Shutdown stops every process (a GenPy runs its @stop handler) and makes
// Wait return status once all have exited. Processes still alive after
// the grace period are killed.
func (s *Scheduler) Shutdown(status int) {
	s.shutdownOnce.Do(func() {
		s.shutdownStatus.Store(int32(status))
		close(s.shutdownCh)
		// Supervised processes are stopped by their supervisors, in
		// order. The root supervisors, started one after another, stop
		// one after another, newest first, each once the one after it
		// has exited, as a supervisor stops its children. The others
		// (spawned processes, the body) are stopped at once, newest
		// first.
		s.mu.Lock()
		roots := slices.Clone(s.roots)
		s.mu.Unlock()
		ps := s.processes()
		for i := len(ps) - 1; i >= 0; i-- {
			if !ps[i].supervised.Load() && !slices.Contains(roots, ps[i]) {
				ps[i].signal(sysMessage{kind: sysStop, reason: "shutdown"})
			}
		}
		// The newest root is told at once, ahead of any exit its
		// children's supervisors are about to hear of; each older one
		// is told when the one after it has exited (an exit waiter,
		// run by the worker that ends it, so a traced run's one worker
		// never sits idle in between). A supervisor told of an exit
		// after Shutdown began restarts nothing (prelude.py).
		live := roots[:0]
		for _, r := range roots {
			if r.Status() != Exited {
				live = append(live, r)
			}
		}
		for i := len(live) - 1; i > 0; i-- {
			stopAfter(live[i], live[i-1])
		}
		if len(live) > 0 {
			live[len(live)-1].signal(sysMessage{kind: sysStop, reason: "shutdown"})
		}
		s.timers.after(s.cfg.ShutdownGrace, func() {
			for _, p := range s.processes() {
				p.signal(sysMessage{kind: sysKill, reason: "killed"})
			}
		})
	})
}

// stopAfter tells next to stop once p has exited, or at once if it has.
func stopAfter(p, next *Process) {
	stop := func() { next.signal(sysMessage{kind: sysStop, reason: "shutdown"}) }
	p.mu.Lock()
	if p.status != Exited {
		p.exitWaiters = append(p.exitWaiters, stop)
		p.mu.Unlock()
		return
	}
	p.mu.Unlock()
	stop()
}

// DefaultShutdownGrace is how long Shutdown lets @stop handlers run
// before it kills what is left.
const DefaultShutdownGrace = 5 * time.Second
