package actor

// Tracing: the events of `rebeam trace`.
//
// A Scheduler made with Config.Tracer reports every message point of the
// run (a spawn, a call and its reply, a cast, a handler dispatched, a
// timer, a DOWN, a crash, a restart, a stop, an exit) to the tracer, one
// at a time, and runs deterministically (trace_sched.go): one worker,
// processes in FIFO order, timers on a virtual clock. The hooks in the
// rest of the package are one nil check each (`if s.trace != nil`), so an
// untraced run pays one branch per message point.

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/rebeam/rebeam/interp"
)

// EventKind says what happened at a message point.
type EventKind string

// The kinds of trace events.
const (
	EventSpawn   EventKind = "spawn"   // a process was spawned (Peer is the new one)
	EventStart   EventKind = "start"   // a GenPy process is about to run its @start
	EventCall    EventKind = "call"    // call sent a message and waits for the reply
	EventReply   EventKind = "reply"   // a handler's result went back to the caller
	EventCast    EventKind = "cast"    // cast sent a message
	EventReceive EventKind = "receive" // a GenPy handler is dispatched for a message
	EventTimer   EventKind = "timer"   // a send_after timer fired
	EventDown    EventKind = "down"    // a monitor is told of an exit
	EventCrash   EventKind = "crash"   // a process raised
	EventRestart EventKind = "restart" // a supervisor restarts after a child's exit
	EventStop    EventKind = "stop"    // a GenPy stopped in order (after @stop)
	EventExit    EventKind = "exit"    // a process exited
)

// MaxEventMessage is the length, in characters, at which an event's
// message repr is cut.
const MaxEventMessage = 120

// Event is one message point of a traced run.
type Event struct {
	// Seq numbers the events of a run from 1.
	Seq  uint64
	Kind EventKind
	// PID and Name are the process the event happened in (PID.ID is 0
	// when it was the runtime itself, as when root supervisors start).
	// Name is the registered name, BodyName for the script body.
	PID  PID
	Name string
	// Peer and PeerName are the other side: the target of a call or
	// cast, the sender of a received message, the spawned process, the
	// exited process of a DOWN. Peer.ID is 0 when there is none.
	Peer     PID
	PeerName string
	Subject  string
	// Message is the repr of the message (or of the reason, for
	// crash, stop, exit, down and restart), cut to MaxEventMessage.
	Message string
	// File and Line locate the Python statement that caused the event
	// (the handler's definition for receive and reply); empty when
	// rebeam's own code did.
	File string
	Line int
}

// Tracer receives the events of a traced run. Event is called for each
// event in order, never twice at once; the run waits for it to return.
// While it runs no process runs, so it may look at the run through the
// Scheduler's inspection methods (Processes, State, Stack) and may call
// Shutdown.
type Tracer interface {
	Event(s *Scheduler, ev *Event)
}

// traceState is a scheduler's tracing state.
type traceState struct {
	tracer Tracer

	// emit serialises the events and their sequence numbers.
	emit sync.Mutex
	seq  uint64

	// mu guards the maps.
	mu sync.Mutex
	// insts are the GenPy instances served, by process number, for
	// State; handlers are the location of the handler each process
	// runs, for its reply; timers the location of each pending
	// send_after.
	insts    map[uint64]interp.Value
	handlers map[uint64]location
	timers   map[uint64]location
	monitors map[uint64]location // where each monitor was set up, by ref
	// names keeps the registered names of exited processes, so that
	// the events that follow an exit (DOWN, restart) can name it.
	names map[uint64]string

	// roots is closed when RunProgram has started the root supervisors
	// (or gave up doing so); until then the worker that ran the body's
	// exit waits, so that the roots start at the same point every run.
	roots     chan struct{}
	rootsOnce sync.Once

	// start is the virtual clock's reading when the run began.
	start time.Time

	// interrupted asks the runner to shut the run down in order at its
	// next turn boundary: set by a SIGINT or SIGTERM (RunProgram's
	// context), taken by runner.next (trace_sched.go).
	interrupted atomic.Bool

	// yield hands the run back to the runner that handed a turn to a
	// goroutine blocked in a nested suspension (trace_sched.go).
	yield chan struct{}
}

// location is a file:line.
type location struct {
	file string
	line int
}

func newTraceState(t Tracer) *traceState {
	return &traceState{
		tracer:   t,
		insts:    map[uint64]interp.Value{},
		handlers: map[uint64]location{},
		timers:   map[uint64]location{},
		monitors: map[uint64]location{},
		names:    map[uint64]string{},
		roots:    make(chan struct{}),
		yield:    make(chan struct{}),
	}
}

// rootsStarted lets the worker waiting in awaitRoots go on.
func (ts *traceState) rootsStarted() {
	ts.rootsOnce.Do(func() { close(ts.roots) })
}

// awaitRoots holds the worker that ran the body's exit until the root
// supervisors are in the run queue.
func (ts *traceState) awaitRoots() { <-ts.roots }

// send numbers ev and hands it to the tracer.
func (s *Scheduler) send(ev *Event) {
	ts := s.trace
	ts.emit.Lock()
	defer ts.emit.Unlock()
	ts.seq++
	ev.Seq = ts.seq
	ev.File = displayPath(ev.File)
	ts.tracer.Event(s, ev)
}

// displayPath shows a file below the working directory by its relative
// path, as the user named it on the command line: the main script's
// __file__ is absolute (as CPython's), which would make every event line
// long and differ from one machine to the next.
func displayPath(file string) string {
	if !filepath.IsAbs(file) {
		return file
	}
	wd, err := os.Getwd()
	if err != nil {
		return file
	}
	if rel, err := filepath.Rel(wd, file); err == nil && rel != ".." && !strings.HasPrefix(rel, "../") {
		return rel
	}
	return file
}

// userLocation is the innermost frame of t that is not rebeam's own code.
func userLocation(t *interp.Thread) location {
	if t == nil {
		return location{}
	}
	st := t.Stack()
	for i := len(st) - 1; i >= 0; i-- {
		if st[i].File != preludeFile {
			return location{st[i].File, st[i].Line}
		}
	}
	return location{}
}

// codeLocation is where a function is defined.
func codeLocation(v interp.Value) location {
	if fn, ok := v.(*interp.Function); ok && fn.Code != nil {
		return location{fn.Code.Filename, fn.Code.FirstLine}
	}
	return location{}
}

// eventRepr is the repr of v for an event, cut to MaxEventMessage. t may
// be nil: the repr then runs on a thread of its own.
func (s *Scheduler) eventRepr(t *interp.Thread, v interp.Value) string {
	if v == nil {
		return ""
	}
	if t == nil {
		t = interp.NewThread(s.interp)
	}
	r, err := interp.Repr(t, v)
	if err != nil {
		r = "<" + interp.TypeName(v) + ": repr failed>"
	}
	return cutMessage(r)
}

func cutMessage(r string) string {
	if utf8.RuneCountInString(r) <= MaxEventMessage {
		return r
	}
	n := 0
	for i := range r {
		if n == MaxEventMessage-3 {
			return r[:i] + "..."
		}
		n++
	}
	return r
}

// BodyName is the name under which a traced run shows the process of
// the script body, which cannot register a name of its own: in events,
// in the process table, and for Find (so `state __main__` and `where
// __main__` work). A process registered under this name wins in Find.
const BodyName = "__main__"

// who fills in the process fields of an event.
func who(p *Process) (PID, string) {
	if p == nil {
		return PID{}, ""
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.pid, displayName(p, p.name)
}

// displayName is the name a traced run shows for p, whose registered
// name is name.
func displayName(p *Process, name string) string {
	if name == "" && p.body {
		return BodyName
	}
	return name
}

// nameOf is the registered name of the process pid, live or exited.
func (s *Scheduler) nameOf(pid PID) string {
	if p := s.Lookup(pid); p != nil {
		_, name := who(p)
		return name
	}
	s.trace.mu.Lock()
	defer s.trace.mu.Unlock()
	return s.trace.names[pid.ID]
}

// setPeer makes the process v (a ProcessID, or anything else for none)
// the event's peer.
func (s *Scheduler) setPeer(ev *Event, v interp.Value) {
	if pid, ok := AsPID(v); ok {
		ev.Peer, ev.PeerName = pid, s.nameOf(pid)
	}
}

// newEvent makes an event of kind in p with peer q.
func newEvent(kind EventKind, p, q *Process, loc location) *Event {
	ev := &Event{Kind: kind, File: loc.file, Line: loc.line}
	ev.PID, ev.Name = who(p)
	ev.Peer, ev.PeerName = who(q)
	return ev
}

// traceSpawn reports that the process running on t (if any) spawned c.
func (s *Scheduler) traceSpawn(t *interp.Thread, c *Process, target interp.Value, args []interp.Value) {
	p, _ := t.Locals[processKey].(*Process)
	ev := newEvent(EventSpawn, p, c, userLocation(t))
	ev.Message = describeTarget(s, target, args)
	s.send(ev)
}

// describeTarget names what a spawned process runs.
func describeTarget(s *Scheduler, target interp.Value, args []interp.Value) string {
	if target == s.supervise && len(args) > 0 {
		target = args[0]
	}
	switch x := target.(type) {
	case *interp.Object:
		return x.Class.Name
	case *interp.Function:
		return x.Qualname
	case *interp.Module:
		return "module " + x.Name
	}
	return interp.TypeName(target)
}

// traceMessage reports a call or cast by p (running t) to q, named by
// target when q is nil.
func (s *Scheduler) traceMessage(t *interp.Thread, kind EventKind, p, q *Process, target interp.Value, m *Message) {
	ev := newEvent(kind, p, q, userLocation(t))
	if q == nil {
		if name, ok := target.(interp.Str); ok {
			ev.PeerName = string(name)
		}
	}
	ev.Subject = m.Subject
	ev.Message = s.eventRepr(t, m.Body)
	s.send(ev)
}

// traceReply reports p's answer to m: reply to a caller, raw to the
// sender_pid of a cast (when it is not None).
func (s *Scheduler) traceReply(t *interp.Thread, p *Process, m *Message, reply, raw interp.Value) {
	var q *Process
	v := reply
	switch {
	case m.reply != nil:
		q = m.reply.caller
	case m.replyPID != nil && raw != interp.None:
		q, v = m.replyPID, raw
	default:
		return
	}
	s.trace.mu.Lock()
	loc := s.trace.handlers[p.pid.ID]
	s.trace.mu.Unlock()
	ev := newEvent(EventReply, p, q, loc)
	ev.Subject = m.Subject
	ev.Message = s.eventRepr(t, v)
	s.send(ev)
}

// traceNoteTimer remembers where send_after timer id was made.
func (s *Scheduler) traceNoteTimer(t *interp.Thread, id uint64) {
	loc := userLocation(t)
	s.trace.mu.Lock()
	s.trace.timers[id] = loc
	s.trace.mu.Unlock()
}

// traceTimer reports that send_after timer id fired, delivering m to to
// (nil when the target is gone).
func (s *Scheduler) traceTimer(id uint64, target interp.Value, to *Process, m *Message) {
	s.trace.mu.Lock()
	loc := s.trace.timers[id]
	delete(s.trace.timers, id)
	s.trace.mu.Unlock()
	ev := newEvent(EventTimer, nil, to, loc)
	if pid, ok := AsPID(m.Source); ok {
		ev.PID, ev.Name = pid, s.nameOf(pid)
	}
	if to == nil {
		if name, ok := target.(interp.Str); ok {
			ev.PeerName = string(name)
		} else {
			s.setPeer(ev, target) // exited
		}
	}
	ev.Subject = m.Subject
	ev.Message = s.eventRepr(nil, m.Body)
	s.send(ev)
}

// sleepEvent is the timer event of p's sleep for d, which p (running
// its turn) asks for now; waitRef reports it when the sleep ends.
func (s *Scheduler) sleepEvent(p *Process, d time.Duration) *Event {
	ev := newEvent(EventTimer, p, nil, userLocation(p.thread))
	ev.Subject = "sleep"
	ev.Message = s.eventRepr(nil, interp.Float(d.Seconds()))
	return ev
}

// timeoutEvent is the timer event of the timeout of p's call of q with
// m, which waitRef reports if the call times out.
func (s *Scheduler) timeoutEvent(p, q *Process, m *Message) *Event {
	ev := newEvent(EventTimer, p, q, userLocation(p.thread))
	ev.Subject = m.Subject
	ev.Message = s.eventRepr(nil, errorTuple("timeout"))
	return ev
}

// traceStop reports the orderly stop of p, running t, at its @stop
// handler if it has one.
func (s *Scheduler) traceStop(t *interp.Thread, p *Process, reason string) {
	loc := userLocation(t)
	s.trace.mu.Lock()
	inst, _ := s.trace.insts[p.pid.ID].(*interp.Object)
	s.trace.mu.Unlock()
	if inst != nil {
		if h, ok := handlersCache.Load(inst.Class); ok {
			if tup, ok := h.(interp.Tuple); ok && len(tup) == 4 {
				if l := codeLocation(handlerFn(tup[3])); l.file != "" {
					loc = l
				}
			}
		}
	}
	ev := newEvent(EventStop, p, nil, loc)
	ev.Message = s.eventRepr(t, interp.Str(reason))
	s.send(ev)
}

// traceExit reports p's exit (and first its crash, if exc is set). It
// runs after p left the process table; name is its registered name.
func (s *Scheduler) traceExit(p *Process, name, reason string, exc *interp.Exception) {
	name = displayName(p, name)
	var loc location
	if exc != nil {
		for tb := exc.Traceback; tb != nil; tb = tb.Next {
			if tb.File != preludeFile {
				loc = location{tb.File, int(tb.Pos.Line)}
			}
		}
		ev := &Event{Kind: EventCrash, PID: p.pid, Name: name, Subject: p.lastSubject, File: loc.file, Line: loc.line}
		ev.Message = s.eventRepr(nil, interp.Str(reason))
		s.send(ev)
	}
	s.trace.mu.Lock()
	delete(s.trace.insts, p.pid.ID)
	delete(s.trace.handlers, p.pid.ID)
	if name != "" {
		s.trace.names[p.pid.ID] = name
	}
	s.trace.mu.Unlock()
	ev := &Event{Kind: EventExit, PID: p.pid, Name: name, File: loc.file, Line: loc.line}
	ev.Message = s.eventRepr(nil, interp.Str(reason))
	s.send(ev)
}

// traceNoteMonitor remembers where monitor ref was set up.
func (s *Scheduler) traceNoteMonitor(t *interp.Thread, ref uint64) {
	if loc := userLocation(t); loc.file != "" {
		s.trace.mu.Lock()
		s.trace.monitors[ref] = loc
		s.trace.mu.Unlock()
	}
}

// traceDown reports that watcher is told, by monitor ref, that pid
// exited; the event is at the monitor call.
func (s *Scheduler) traceDown(watcher *Process, ref uint64, pid interp.Value, reason string) {
	s.trace.mu.Lock()
	loc := s.trace.monitors[ref]
	delete(s.trace.monitors, ref)
	s.trace.mu.Unlock()
	ev := newEvent(EventDown, watcher, nil, loc)
	s.setPeer(ev, pid)
	ev.Subject = "DOWN"
	ev.Message = s.eventRepr(nil, interp.Str(reason))
	s.send(ev)
}

// handlerFn is the function of a handler entry (fn, names, varkw), or
// nil.
func handlerFn(v interp.Value) interp.Value {
	if tup, ok := v.(interp.Tuple); ok && len(tup) > 0 {
		return tup[0]
	}
	return nil
}

// traceStart reports that p, serving inst, is about to run its @start
// (h, nil for none), and remembers inst for State.
func (s *Scheduler) traceStart(p *Process, inst *interp.Object, h *handler) {
	s.trace.mu.Lock()
	s.trace.insts[p.pid.ID] = inst
	s.trace.mu.Unlock()
	var loc location
	if h != nil {
		loc = codeLocation(h.fn)
	}
	ev := newEvent(EventStart, p, nil, loc)
	ev.Subject = inst.Class.Name
	s.send(ev)
}

// traceReceive reports that p dispatches m to its handler h, and
// remembers where h is for the reply.
func (s *Scheduler) traceReceive(p *Process, h *handler, m *Message) {
	loc := codeLocation(h.fn)
	s.trace.mu.Lock()
	s.trace.handlers[p.pid.ID] = loc
	s.trace.mu.Unlock()
	ev := newEvent(EventReceive, p, nil, loc)
	s.setPeer(ev, m.Source)
	ev.Subject = m.Subject
	ev.Message = s.eventRepr(p.thread, m.Body)
	s.send(ev)
}

// builtinTrace is rebeam._trace(kind, ...), the prelude's hook for the
// events only it sees; the prelude calls it only when _tracing is true:
//
//	_trace("restart", sup, child_pid, reason)
func builtinTrace(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	p, err := current(t)
	if err != nil {
		return nil, err
	}
	s := p.sched
	if s.trace == nil || len(args) == 0 {
		return interp.None, nil
	}
	kind, _ := args[0].(interp.Str)
	arg := func(i int) interp.Value {
		if i < len(args) {
			return args[i]
		}
		return interp.None
	}
	if kind == "restart" {
		ev := newEvent(EventRestart, p, nil, location{})
		s.setPeer(ev, arg(2))
		if st, err := interp.GetAttr(t, arg(1), "strategy"); err == nil {
			if str, ok := st.(interp.Str); ok {
				ev.Subject = string(str)
			}
		}
		ev.Message = s.eventRepr(t, arg(3))
		s.send(ev)
	}
	return interp.None, nil
}
