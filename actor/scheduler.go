package actor

// The scheduler.
//
// Processes are multiplexed onto N worker goroutines (N = GOMAXPROCS unless
// configured). Each worker owns a run queue of runnable processes; a worker
// whose queue is empty steals half of another's, and parks on a condition
// variable when there is nothing anywhere. A worker takes a process, calls
// its Thread's Run with a budget of steps (like BEAM reductions) and acts
// on the Result: Preempted goes to the back of the worker's queue, so four
// busy loops cannot starve a fifth process; Suspended is a request from a
// builtin (request.go) - deliver a call and wait for its reply, wait for a
// message, sleep - after which the process is Waiting and held by no
// goroutine: whoever wakes it (a sender, the timer goroutine, a callee's
// reply) moves it to a run queue under the process's lock, so no wake-up is
// lost. Finished, Raised and Canceled end the process (exit.go). Timers of
// all processes live in one heap served by one goroutine (timer.go). A
// suspension inside a nested call (Python called back from Go) cannot
// unwind the Go stack, so that worker blocks; before it does, a new
// goroutine takes over its run queue, and the blocked one retires when its
// process suspends or ends. While the script body lives, its turns exclude
// every other turn, so that it may define globals (globals.go).

import (
	"fmt"
	"io"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rebeam/rebeam/interp"
	"github.com/rs/zerolog"
)

// DefaultBudget is the number of steps a process runs before it yields
// its worker to the next runnable process.
const DefaultBudget = 2000

// Config configures a Scheduler.
type Config struct {
	// Workers is the number of worker goroutines; 0 means GOMAXPROCS.
	Workers int
	// Budget is the number of steps per turn; 0 means DefaultBudget.
	Budget int
	// ShutdownGrace is how long Shutdown waits for processes to stop
	// before killing them; 0 means DefaultShutdownGrace.
	ShutdownGrace time.Duration
	// Logger receives crash reports and warnings. Every worker logs
	// through it, so its writer must take concurrent writes (os.Stderr
	// does; wrap anything else in zerolog.SyncWriter).
	Logger zerolog.Logger
	// Stdout and Stderr are the processes' standard streams; nil means
	// the interpreter's defaults (os.Stdout, os.Stderr). Writes from all
	// processes are serialised.
	Stdout, Stderr io.Writer
	// Tracer, if set, receives the run's events and makes the run
	// deterministic (trace.go, trace_sched.go).
	Tracer Tracer
}

// Scheduler runs processes on worker goroutines.
type Scheduler struct {
	cfg    Config
	interp *interp.Interpreter
	log    zerolog.Logger
	stdout io.Writer
	stderr io.Writer
	timers *timers

	queues []*runQueue
	rr     atomic.Uint32 // round robin for wake-ups from outside a worker

	// idle workers wait on idleCond; queued counts processes in all run
	// queues, idle the workers waiting, so that a push wakes a worker
	// only when one sleeps (see ready).
	idleMu   sync.Mutex
	idleCond *sync.Cond
	idle     atomic.Int32
	spinning atomic.Int32 // workers looking for work before they sleep
	queued   atomic.Int64
	stopping bool
	// blocking counts the blocking calls (I/O, child processes) whose
	// goroutine runs: a traced run does not move its virtual clock on
	// while one does, since it will wake its process on the wall clock.
	blocking atomic.Int64
	wg       sync.WaitGroup

	// mu guards the process table and the name registry.
	mu     sync.Mutex
	procs  procTable
	names  map[string]*Process
	nextID uint64
	refs   atomic.Uint64

	live atomic.Int64
	// nstarted counts the GenPy processes whose @start has returned
	// (benchmarks wait on it).
	nstarted atomic.Int64
	allDone  chan struct{} // closed when the last process exits
	doneOnce sync.Once
	holdOnce sync.Once // RunProgram's hold on live (program.go)

	shutdownOnce   sync.Once
	shutdownStatus atomic.Int32
	shutdownCh     chan struct{}

	sendTimers map[uint64]*timer // send_after timers by number, under mu
	// roots are the root supervisors in start order, under mu: Shutdown
	// stops them one at a time, newest first (spawn.go).
	roots []*Process

	// phase keeps the script body apart from the other processes while
	// the body lives (see globals.go): the body's turns hold it for
	// writing, every other turn for reading. bodyLive turns it off for
	// good when the body exits.
	phase    sync.RWMutex
	bodyLive atomic.Bool

	started time.Time // for _monotonic

	// scriptDir is the main script's folder, against which .py process
	// targets are resolved (children.go).
	scriptDir string

	// module is the rebeam module of the interpreter; run and supervise
	// are its prelude's entry points of function and supervisor
	// processes (a GenPy process runs the Go loop of server.go).
	module    *interp.Module
	genpyType *interp.Type
	run       interp.Value
	supervise interp.Value
	// invoke and callStop call a handler with keywords, and
	// responseType is _Response, for the GenPy loop (server.go).
	invoke       interp.Value
	callStop     interp.Value
	responseType *interp.Type

	trace *traceState // nil unless traced (trace.go)
}

// runQueue is one worker's queue of runnable processes.
//
// Besides the FIFO it has a next slot, as Go's scheduler has runnext: a
// process that a worker's process wakes (the callee of a call, the
// caller a reply answers, the receiver of a cast, a process just
// spawned) goes there and runs as soon as the current turn ends, on the
// same worker, so that a call round trip costs no hand-over between
// cores and no wake-up of a sleeping worker. A process that displaces
// another from the slot pushes it to the FIFO. So that two processes
// calling each other cannot keep the worker from its FIFO, the slot is
// served at most maxNextStreak times in a row while the FIFO waits.
type runQueue struct {
	mu     sync.Mutex
	q      queue[*Process]
	next   *Process
	streak int
}

// maxNextStreak bounds how many turns in a row a worker gives to the
// processes of its next slot while others wait in its FIFO.
const maxNextStreak = 16

func (r *runQueue) push(p *Process) {
	r.mu.Lock()
	r.q.push(p)
	r.mu.Unlock()
}

// pushNext puts p in the next slot; it reports whether it displaced a
// process to the FIFO.
func (r *runQueue) pushNext(p *Process) bool {
	r.mu.Lock()
	old := r.next
	if old != nil {
		r.q.push(old)
	}
	r.next = p
	r.mu.Unlock()
	return old != nil
}

func (r *runQueue) pop() *Process {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.next != nil && (r.streak < maxNextStreak || r.q.len() == 0) {
		p := r.next
		r.next = nil
		r.streak++
		return p
	}
	p, _ := r.q.pop()
	r.streak = 0
	return p
}

// stealHalf moves about half of r's FIFO to dst and returns one of them
// to run at once; with takeNext, an empty FIFO gives up its next slot.
func (r *runQueue) stealHalf(dst *runQueue, takeNext bool) *Process {
	r.mu.Lock()
	n := (r.q.len() + 1) / 2
	var got []*Process
	for range n {
		p, _ := r.q.pop()
		got = append(got, p)
	}
	if len(got) == 0 && takeNext && r.next != nil {
		got = append(got, r.next)
		r.next = nil
	}
	r.mu.Unlock()
	if len(got) == 0 {
		return nil
	}
	if len(got) > 1 {
		dst.mu.Lock()
		for _, p := range got[1:] {
			dst.q.push(p)
		}
		dst.mu.Unlock()
	}
	return got[0]
}

// runner is one worker goroutine serving a run queue. A runner that
// blocks in a nested suspension is detached: another runner took its
// queue, and it exits once its process is off it.
type runner struct {
	s        *Scheduler
	slot     int
	detached bool
	// threads are the runner's idle threads, which Go-served GenPy
	// processes take when they run and give back when they wait for a
	// message (server.go).
	threads []*interp.Thread
}

// NewScheduler makes a scheduler for the processes of one interpreter and
// starts its workers. It installs the rebeam module in the interpreter's
// sys.modules, so that the program's `import rebeam` finds this one.
func NewScheduler(in *interp.Interpreter, cfg Config) (*Scheduler, error) {
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	if cfg.ShutdownGrace <= 0 {
		cfg.ShutdownGrace = DefaultShutdownGrace
	}
	if cfg.Budget <= 0 {
		cfg.Budget = DefaultBudget
	}
	if cfg.Tracer != nil {
		cfg.Workers = 1 // one process at a time (trace_sched.go)
	}
	s := &Scheduler{
		cfg:        cfg,
		interp:     in,
		log:        cfg.Logger,
		timers:     newTimers(),
		sendTimers: map[uint64]*timer{},
		started:    time.Now(),
		names:      map[string]*Process{},
		allDone:    make(chan struct{}),
		shutdownCh: make(chan struct{}),
	}
	s.idleCond = sync.NewCond(&s.idleMu)
	if err := s.installModule(); err != nil {
		s.timers.stop()
		return nil, err
	}
	if cfg.Tracer != nil {
		s.startTrace(cfg.Tracer)
	}
	if cfg.Stdout != nil {
		s.stdout = &lockedWriter{w: cfg.Stdout}
	}
	if cfg.Stderr != nil {
		s.stderr = &lockedWriter{w: cfg.Stderr}
	}
	for range cfg.Workers {
		s.queues = append(s.queues, &runQueue{})
	}
	for i := range s.queues {
		s.startRunner(i)
	}
	return s, nil
}

func (s *Scheduler) installModule() error {
	var m *interp.Module
	if v, ok := s.interp.Module("rebeam"); ok {
		m, _ = v.(*interp.Module)
	}
	if m == nil {
		var err error
		if m, err = newModule(interp.NewThread(s.interp)); err != nil {
			return err
		}
		s.interp.SetModule("rebeam", m)
	}
	s.module = m
	g, _ := m.Dict.GetStr("GenPy")
	s.genpyType, _ = g.(*interp.Type)
	s.run, _ = m.Dict.GetStr("_run")
	s.supervise, _ = m.Dict.GetStr("_supervise")
	s.invoke, _ = m.Dict.GetStr("_invoke")
	s.callStop, _ = m.Dict.GetStr("_call_stop")
	resp, _ := m.Dict.GetStr("_Response")
	s.responseType, _ = resp.(*interp.Type)
	patchTimeSleep(s.interp)
	interp.SetHost(s.interp, s)
	if s.genpyType == nil || s.run == nil || s.supervise == nil ||
		s.invoke == nil || s.callStop == nil || s.responseType == nil {
		return fmt.Errorf("actor: the rebeam module in sys.modules is not rebeam's")
	}
	return nil
}

func (s *Scheduler) startRunner(slot int) {
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		(&runner{s: s, slot: slot}).loop()
	}()
}

// lockedWriter serialises the writes of all processes to one stream.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

// ready puts a runnable process in a run queue: in the next slot of r's
// own queue when a worker makes it runnable (see runQueue), else at the
// back of the next queue in turn. A traced run keeps plain FIFO order.
// A sleeping worker is woken only when work lands in a FIFO and no worker
// is already spinning for work: a process in a next slot will run on its
// worker shortly, and a spinning worker finds the rest.
func (s *Scheduler) ready(p *Process, r *runner) {
	s.queued.Add(1)
	if r != nil && !r.detached && s.trace == nil {
		if !s.queues[r.slot].pushNext(p) {
			return
		}
	} else {
		s.queues[int(s.rr.Add(1))%len(s.queues)].push(p)
	}
	if s.spinning.Load() == 0 && s.idle.Load() > 0 {
		s.idleMu.Lock()
		s.idleCond.Signal()
		s.idleMu.Unlock()
	}
}

// requeue puts a preempted process at the back of its worker's FIFO, so
// that every runnable process gets its turn before it runs again.
func (s *Scheduler) requeue(p *Process, r *runner) {
	s.queued.Add(1)
	s.queues[r.slot].push(p)
	if s.spinning.Load() == 0 && s.idle.Load() > 0 {
		s.idleMu.Lock()
		s.idleCond.Signal()
		s.idleMu.Unlock()
	}
}

// spinRounds is how many times an idle worker looks for work again, with
// a yield in between, before it sleeps: about the time of a few turns,
// so that work that appears at once is taken without a wake-up.
const spinRounds = 64

// take returns a process from the runner's own queue or stolen from
// another's (their next slots only with takeNext), or nil.
func (r *runner) take(takeNext bool) *Process {
	s := r.s
	if p := s.queues[r.slot].pop(); p != nil {
		s.queued.Add(-1)
		return p
	}
	for i := 1; i < len(s.queues); i++ {
		victim := s.queues[(r.slot+i)%len(s.queues)]
		if p := victim.stealHalf(s.queues[r.slot], takeNext); p != nil {
			s.queued.Add(-1)
			return p
		}
	}
	return nil
}

// next returns the next process for the runner: from its own queue, else
// stolen from another, else nil after waiting for work (nil and false
// when the scheduler stops). Before it sleeps, an idle worker spins for
// a while, and then takes even another worker's next process.
func (r *runner) next() (*Process, bool) {
	s := r.s
	for {
		if s.trace != nil {
			s.takeInterrupt() // SIGINT, SIGTERM (trace_sched.go)
		}
		if p := r.take(false); p != nil {
			return p, true
		}
		if s.trace != nil && s.traceIdle() {
			continue // traced: virtual time moves on (trace_sched.go)
		}
		if s.trace == nil && len(s.queues) > 1 {
			s.spinning.Add(1)
			var p *Process
			for i := 0; i < spinRounds && p == nil; i++ {
				runtime.Gosched()
				p = r.take(false)
			}
			s.spinning.Add(-1)
			if p == nil {
				p = r.take(true)
			}
			if p != nil {
				return p, true
			}
		} else if p := r.take(true); p != nil {
			return p, true
		}
		s.idleMu.Lock()
		if s.stopping {
			s.idleMu.Unlock()
			return nil, false
		}
		s.idle.Add(1)
		if s.queued.Load() == 0 && (s.trace == nil || !s.trace.interrupted.Load()) {
			s.idleCond.Wait()
		}
		s.idle.Add(-1)
		s.idleMu.Unlock()
	}
}

func (r *runner) loop() {
	for !r.detached {
		p, ok := r.next()
		if !ok {
			return
		}
		r.run(p)
	}
	if r.s.trace != nil {
		// The turn that a runner handed over is done (trace_sched.go).
		r.s.trace.yield <- struct{}{}
	}
}

// run gives p one turn.
func (r *runner) run(p *Process) {
	p.mu.Lock()
	if p.status == Exited {
		p.mu.Unlock()
		return
	}
	if p.blockCh != nil {
		// Traced: p's own goroutine, blocked in a nested suspension,
		// runs the turn while this runner waits (trace_sched.go).
		r.handOff(p)
		return
	}
	if p.kill != "" {
		reason := p.kill
		p.mu.Unlock()
		r.s.exit(p, reason, nil)
		return
	}
	p.status = Running
	p.run = r
	if p.thread == nil {
		r.takeThread(p)
	}
	resume := p.resume
	p.resume = nil
	p.mu.Unlock()
	if resume != nil {
		if err := p.thread.Resume(resume); err != nil {
			r.s.exit(p, "crashed: RuntimeError: "+err.Error(), nil)
			return
		}
	}
	if p.srv != nil {
		r.serveTurn(p)
		return
	}
	unlock := r.s.enterTurn(p)
	res := p.thread.Run(r.s.cfg.Budget)
	unlock()
	r.after(p, res)
}

// after acts on the result of a turn.
func (r *runner) after(p *Process, res interp.Result) {
	s := r.s
	switch res.Kind {
	case interp.Preempted:
		if s.trace != nil {
			// The whole budget's worth of virtual time has passed
			// (trace_sched.go).
			s.tick(time.Duration(s.cfg.Budget) * traceStepTime)
		}
		p.mu.Lock()
		if p.kill != "" {
			reason := p.kill
			p.mu.Unlock()
			s.exit(p, reason, nil)
			return
		}
		p.status = Runnable
		p.mu.Unlock()
		s.requeue(p, r)
	case interp.Suspended:
		r.suspend(p, res.Payload)
	case interp.Finished:
		if p.then != nil {
			then := p.then
			p.then = nil
			unlock := s.enterTurn(p)
			err := then(p.thread)
			unlock()
			if err == nil {
				s.ready(p, r)
				return
			}
			exc, _ := err.(*interp.Exception)
			if exc == nil {
				exc = interp.Errorf(interp.RuntimeErrorType, "%v", err)
			}
			s.exit(p, crashReason(p.thread, exc), exc)
			return
		}
		reason := "normal"
		if p.stopReason != "" {
			reason = p.stopReason
		}
		s.exit(p, reason, nil)
	case interp.Raised:
		if e := res.Err; e != nil && isSystemExit(e) {
			p.mu.Lock()
			p.err = e
			p.mu.Unlock()
			s.exit(p, "normal", nil)
			return
		}
		s.exit(p, crashReason(p.thread, res.Err), res.Err)
	case interp.Canceled:
		p.mu.Lock()
		reason := p.kill
		p.mu.Unlock()
		if reason == "" {
			reason = res.Reason
		}
		s.exit(p, reason, nil)
	}
}

// suspend starts the wait a builtin asked for. A wake-up can come from
// another goroutine as soon as the wait is published under p.mu, so
// nothing here touches the process after that except through its lock.
func (r *runner) suspend(p *Process, payload any) {
	s := r.s
	switch req := payload.(type) {
	case receiveRequest:
		p.mu.Lock()
		if p.kill != "" {
			reason := p.kill
			p.mu.Unlock()
			s.exit(p, reason, nil)
			return
		}
		if p.mailbox.Len() > 0 {
			p.takeNextLocked()
			p.mu.Unlock()
			s.ready(p, r)
			return
		}
		p.status, p.wait = Waiting, waitMessage
		p.mu.Unlock()
	case *callRequest:
		ref := s.refs.Add(1)
		req.reply = replyTo{caller: p, ref: ref}
		req.msg.reply = &req.reply
		var ev *Event
		if s.trace != nil && req.timeout > 0 {
			ev = s.timeoutEvent(p, req.target, req.msg)
		}
		r.waitRef(p, ref, req.timeout, timeoutTuple, ev)
		if !req.target.deliverFrom(req.msg, r) {
			p.wakeFrom(ref, errorTuple("noproc"), r)
		}
	case stopChildRequest:
		ref := s.refs.Add(1)
		r.waitRef(p, ref, 0, nil, nil)
		target := req.target
		target.mu.Lock()
		alive := target.status != Exited
		if alive {
			target.exitWaiters = append(target.exitWaiters, func() { p.wake(ref, interp.None) })
		}
		target.mu.Unlock()
		if !alive {
			p.wake(ref, interp.None)
			return
		}
		target.signal(sysMessage{kind: sysStop, reason: req.reason})
		if req.timeout > 0 {
			s.timers.after(req.timeout, func() { target.signal(sysMessage{kind: sysKill, reason: "killed"}) })
		}
	case startChildRequest:
		ref := s.refs.Add(1)
		r.waitRef(p, ref, 0, nil, nil)
		c := req.child
		c.mu.Lock()
		c.onStarted = func(cr *runner) { p.wakeFrom(ref, c.pidValue, cr) }
		c.exitWaiters = append(c.exitWaiters, func() { p.wake(ref, c.pidValue) })
		c.mu.Unlock()
		s.ready(c, r)
	case *interp.BlockingCall:
		r.blockingCall(p, req)
	case sleepRequest:
		ref := s.refs.Add(1)
		// A zero sleep still yields, through a timer due at once.
		var ev *Event
		if s.trace != nil {
			ev = s.sleepEvent(p, req.d)
		}
		r.waitRef(p, ref, max(req.d, time.Nanosecond), interp.None, ev)
	default:
		p.mu.Lock()
		p.resume = nil
		p.mu.Unlock()
		s.exit(p, "crashed: RuntimeError: unknown suspension", nil)
	}
}

// waitRef makes p wait for the wake-up tagged ref, or for d to pass (if
// d > 0), which wakes it with onTimeout. A traced run reports ev (a
// timer event) when the time is up and p still waits (trace.go).
func (r *runner) waitRef(p *Process, ref uint64, d time.Duration, onTimeout interp.Value, ev *Event) {
	p.mu.Lock()
	p.status, p.wait, p.ref = Waiting, waitRef, ref
	if d > 0 {
		fire := func() { p.wake(ref, onTimeout) }
		if ev != nil {
			fire = func() {
				if p.waitsFor(ref) {
					r.s.send(ev)
				}
				p.wake(ref, onTimeout)
			}
		}
		p.timer = r.s.timers.after(d, fire)
	}
	p.mu.Unlock()
}

// awaitResume blocks the worker's goroutine of a nested suspension until
// the process is resumed on ch, then marks it running again; a kill that
// came meanwhile cancels the Go caller.
func (p *Process) awaitResume(ch chan interp.Value) (interp.Value, error) {
	v := <-ch
	p.mu.Lock()
	p.blockCh = nil
	p.resume = nil
	p.status = Running
	kill := p.kill
	p.mu.Unlock()
	if kill != "" {
		return nil, &interp.Cancelled{Reason: kill}
	}
	return v, nil
}

// blockingSuspend serves a suspension requested inside a nested call: the
// worker's goroutine blocks until the wake-up, after handing its run
// queue to a new goroutine so the other processes keep running.
func (s *Scheduler) blockingSuspend(p *Process, payload any) (interp.Value, error) {
	if s.trace != nil {
		return s.tracedBlockingSuspend(p, payload)
	}
	r := p.run
	ch := make(chan interp.Value, 1)
	p.mu.Lock()
	p.blockCh = ch
	p.mu.Unlock()
	if !r.detached {
		r.detached = true
		s.startRunner(r.slot)
	}
	// Leave the body's exclusion while blocked, as a waiting process
	// would, so that the body (or the callee) can run meanwhile.
	s.leaveTurn(p)
	defer s.enterTurn(p)
	switch req := payload.(type) {
	case receiveRequest:
		p.mu.Lock()
		if p.mailbox.Len() > 0 {
			p.takeNextLocked()
			v := p.resume
			p.resume, p.status = nil, Running
			p.blockCh = nil
			p.mu.Unlock()
			return v, nil
		}
		// Waiting for a message here would need deliver to know about
		// blocked workers; only a supervisor's loop receives, never
		// nested.
		p.blockCh = nil
		p.mu.Unlock()
		return nil, interp.Errorf(interp.RuntimeErrorType, "cannot wait for a message inside a call made from Go code")
	default:
		r.suspend(p, req)
	}
	return p.awaitResume(ch)
}

// Wait blocks until every process has exited (on their own or after
// Shutdown) and returns the shutdown status, 0 when there was none.
func (s *Scheduler) Wait() int {
	<-s.allDone
	select {
	case <-s.shutdownCh:
		return int(s.shutdownStatus.Load())
	default:
		return 0
	}
}

// Stop kills every remaining process and ends the workers and the timer
// goroutine. The scheduler cannot be used afterwards.
func (s *Scheduler) Stop() {
	for _, p := range s.processes() {
		p.signal(sysMessage{kind: sysKill, reason: "killed"})
	}
	s.idleMu.Lock()
	s.stopping = true
	s.idleCond.Broadcast()
	s.idleMu.Unlock()
	s.wg.Wait()
	s.timers.stop()
}

// processes returns the live processes, oldest first.
func (s *Scheduler) processes() []*Process {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.procs.all()
}

// Lookup returns the live process with the given pid, or nil.
func (s *Scheduler) Lookup(pid PID) *Process {
	if pid.Node != LocalNode {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.procs.get(pid.ID)
}

// Whereis returns the live process registered under name, or nil.
func (s *Scheduler) Whereis(name string) *Process {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.names[name]
}

// register gives p a name; it fails when the name is taken.
func (s *Scheduler) register(p *Process, name string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, taken := s.names[name]; taken {
		return false
	}
	p.mu.Lock()
	p.name = name
	p.mu.Unlock()
	s.names[name] = p
	return true
}

// NumProcesses returns the number of live processes.
func (s *Scheduler) NumProcesses() int { return int(s.live.Load()) }
