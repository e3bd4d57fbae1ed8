package actor

// The GenPy server loop.
//
// A GenPy process serves its instance: it registers its name, runs
// @start, then takes its messages one at a time and runs the handler of
// each, replying to callers. This loop is Go, with no Python of its own:
// between two messages the process's thread holds no frame at all, and a
// message is handed to its handler as arguments (no (kind, source,
// subject, message) tuple, no _reply call). The handler itself is an
// ordinary frame on the process's thread, so it may call, sleep and be
// preempted like any Python code.
//
// inst.pid is set, a str inst.name is registered (RuntimeError if
// taken), @start runs, _started is signalled; then each message: a stop
// runs @stop with the reason and ends the process with it; a subject
// with no handler (and no catch-all) is warned about and answered
// ("error", "unhandled: ..."); otherwise the handler runs and its result
// answers a caller with ("ok", result) (or (status, value) for a
// response_ok/response_error), and a cast's sender_pid with the raw
// result unless None.
//
// An untraced run takes the next message in the same turn when one is
// waiting, and calls a handler positionally when it can. A traced run
// (trace.go) runs the same loop, which reports the trace's events at its
// message points (start before @start, even without one; receive before
// a handler; reply when a caller or sender_pid is answered; stop after
// @stop) and keeps the turns and steps of the Python loop it replaced
// (one around _receive), so that a trace's events, and the points where
// its processes are preempted (which move its virtual clock), stay as
// they were: a message is taken
// when the process is woken for it (as _receive takes it) and served in
// a turn of its own, a handler is called through _invoke (or as @stop
// is, with reason= through _call_stop) and charged the steps of the
// calls that reach it, and a message served costs a step before the
// next wait (serveTraced).

import (
	"sync"

	"github.com/rebeam/rebeam/interp"
)

// The phases of a Go-served GenPy.
const (
	srvInit     uint8 = iota // pid, name and @start to do
	srvStarting              // @start runs on the thread
	srvServing               // between messages, or a handler runs
	srvStopping              // @stop runs on the thread
)

// genServer is the Go loop's state for one GenPy process; only the
// process's worker touches it (the process is Running).
type genServer struct {
	inst  *interp.Object
	h     *classServe
	phase uint8
	// running is true while a handler's frame is on the thread.
	running bool
	// reason is the reason of the stop being served.
	reason string

	// For a traced run only (serveTraced):
	// taken is the message taken when the process was woken for it,
	// served at the start of its next turn: takenMsg (p.current),
	// takenStop (with takenReason) or takenNone.
	taken       uint8
	takenReason string
	// charge is the steps of the budget the handler about to run
	// costs before its first statement.
	charge int
	// served is true after a message was served in this turn: a step
	// is due before the process waits for the next one.
	served bool
}

// The messages a traced GenPy may have taken (genServer.taken).
const (
	takenNone uint8 = iota
	takenMsg
	takenStop
)

// takeLocked takes the next message of the mailbox of p, a traced
// Go-served GenPy woken for it, to be served in its next turn. The
// caller holds p.mu and knows the mailbox is not empty.
func (srv *genServer) takeLocked(p *Process) {
	sys, m, _ := p.mailbox.next()
	p.current = m
	if m != nil {
		p.lastSubject = m.Subject
		srv.taken = takenMsg
	} else {
		srv.taken, srv.takenReason = takenStop, sys.reason
	}
}

// The arguments a handler takes, when its parameters after self can be
// given positionally: each is one of these.
const (
	argSource uint8 = iota
	argSubject
	argMessage
	argReason
)

// handler is one @receive, @start or @stop function of a GenPy class.
type handler struct {
	fn *interp.Function
	// entry is the prelude's (fn, names, varkw) triple, for _invoke.
	entry interp.Value
	// pos lists the arguments after self in order when the handler can
	// be called positionally with exactly those; nil means through
	// _invoke (or _call_stop), with keywords as the prelude passes them.
	pos      []uint8
	positive bool // pos is valid (it may be empty)
	// takesReason is, for @stop, whether it is passed reason=.
	takesReason bool
}

// classServe is the Go form of a GenPy class's handlers.
type classServe struct {
	tuple     interp.Value // what _handlers returns
	receivers map[string]*handler
	catchall  *handler
	onStart   *handler
	onStop    *handler
	// plain is true when the class leaves attribute access to object's
	// (no __getattribute__, __getattr__ or __setattr__ of its own, no
	// class attribute "pid" or "name"): then inst.pid and inst.name are
	// the instance dict's entries.
	plain bool
}

// serveCache holds the classServe of each class (classes do not change
// once built, DESIGN.md).
var serveCache sync.Map // *interp.Type -> *classServe

// classServeOf returns the handlers of c, computing them once.
func classServeOf(t *interp.Thread, c *interp.Type) (*classServe, error) {
	if cs, ok := serveCache.Load(c); ok {
		return cs.(*classServe), nil
	}
	tuple, err := handlersOf(t, c)
	if err != nil {
		return nil, err
	}
	tup := tuple.(interp.Tuple)
	cs := &classServe{tuple: tuple, receivers: map[string]*handler{}}
	if d, ok := tup[0].(*interp.Dict); ok {
		d.Items(func(k, v interp.Value) bool {
			if s, ok := k.(interp.Str); ok {
				cs.receivers[string(s)] = newHandler(v, false)
			}
			return true
		})
	}
	cs.catchall = newHandler(tup[1], false)
	cs.onStart = newHandler(tup[2], false)
	cs.onStop = newHandler(tup[3], true)
	obj := interp.ObjectType
	cs.plain = c.Lookup("__getattribute__") == obj.Lookup("__getattribute__") &&
		c.Lookup("__setattr__") == obj.Lookup("__setattr__") &&
		c.Lookup("__getattr__") == nil && c.Lookup("pid") == nil && c.Lookup("name") == nil
	actual, _ := serveCache.LoadOrStore(c, cs)
	return actual.(*classServe), nil
}

// newHandler makes the handler of an entry triple (None is nil). For a
// @stop handler (stop), the argument offered is reason rather than
// source, subject and message.
func newHandler(entry interp.Value, stop bool) *handler {
	tup, ok := entry.(interp.Tuple)
	if !ok || len(tup) != 3 {
		return nil
	}
	fn, _ := tup[0].(*interp.Function)
	if fn == nil {
		return nil
	}
	h := &handler{fn: fn, entry: entry}
	names, _ := tup[1].(interp.Tuple)
	varkw := tup[2] == interp.True
	if stop {
		h.takesReason = varkw
		for _, n := range names {
			if n == interp.Str("reason") {
				h.takesReason = true
			}
		}
	}
	code := fn.Code
	if varkw || code.KwOnlyCount != 0 || code.PosOnlyCount > 1 || code.ArgCount != len(names)+1 {
		return h
	}
	for _, n := range names {
		s, _ := n.(interp.Str)
		switch {
		case stop && s == "reason":
			h.pos = append(h.pos, argReason)
		case !stop && s == "source":
			h.pos = append(h.pos, argSource)
		case !stop && s == "subject":
			h.pos = append(h.pos, argSubject)
		case !stop && s == "message":
			h.pos = append(h.pos, argMessage)
		default:
			return h // a parameter the prelude would leave to its default
		}
	}
	h.positive = true
	return h
}

// startHandler puts the call of h on p's thread: positionally when it
// can, else through the prelude's _invoke (or _call_stop), with the
// keywords h takes. m is the message handled (nil for @start and @stop);
// stop says h is @stop, called with reason.
//
// A traced run always goes through _invoke (or _call_stop for a @stop
// that takes reason, else calls @stop with inst alone), and charges the
// handler the two calls (one for @stop) a loop in Python would make to
// reach it, so that a handler is preempted at the same step in every
// traced run (serveTraced).
func (s *Scheduler) startHandler(p *Process, h *handler, m *Message, stop bool, reason string) error {
	inst := p.srv.inst
	t := p.thread
	var src, body interp.Value = interp.None, interp.None
	if m != nil {
		src, body = m.Source, m.Body
	}
	subject := func() interp.Value {
		if m == nil {
			return interp.None
		}
		return interp.Str(m.Subject)
	}
	if s.trace != nil {
		switch {
		case !stop:
			p.srv.charge = 1 // the call of _invoke; it calls h
		case !h.takesReason:
			p.srv.charge = 1
			return t.Start(h.fn, []interp.Value{inst})
		default:
			p.srv.charge = 0 // _call_stop calls h
			return t.Start(s.callStop, []interp.Value{h.fn, inst, interp.Str(reason)})
		}
		return t.Start(s.invoke, []interp.Value{inst, h.entry, src, subject(), body})
	}
	if h.positive {
		var buf [4]interp.Value
		args := append(buf[:0], interp.Value(inst))
		for _, a := range h.pos {
			switch a {
			case argSource:
				args = append(args, src)
			case argSubject:
				args = append(args, subject())
			case argMessage:
				args = append(args, body)
			case argReason:
				args = append(args, interp.Str(reason))
			}
		}
		return t.Start(h.fn, args)
	}
	if stop {
		if !h.takesReason {
			return t.Start(h.fn, []interp.Value{inst})
		}
		return t.Start(s.callStop, []interp.Value{h.fn, inst, interp.Str(reason)})
	}
	return t.Start(s.invoke, []interp.Value{inst, h.entry, src, subject(), body})
}

// msgCost is the steps of the budget a message costs besides its
// handler's own in an untraced run.
const msgCost = 4

// serveTurn gives a Go-served GenPy one turn: it finishes the handler on
// its thread, if any, then takes message after message while its budget
// lasts (one message per turn in a traced run, serveTraced).
func (r *runner) serveTurn(p *Process) {
	s := r.s
	srv := p.srv
	budget := s.cfg.Budget
	s.enterPhase(p)
	for {
		if srv.running {
			b := budget
			if srv.charge > 0 {
				// Traced: the steps of reaching the handler.
				if b <= srv.charge {
					srv.charge -= b
					s.leaveTurn(p)
					r.after(p, interp.Result{Kind: interp.Preempted})
					return
				}
				b -= srv.charge
				srv.charge = 0
			}
			res := p.thread.Run(b)
			if res.Kind != interp.Finished {
				s.leaveTurn(p)
				r.after(p, res)
				return
			}
			srv.running = false
			budget = p.thread.BudgetLeft()
			if err := r.handlerDone(p, res.Value); err != nil {
				s.leaveTurn(p)
				r.crash(p, err)
				return
			}
			if srv.phase == srvStopping {
				s.leaveTurn(p)
				r.serverStopped(p)
				return
			}
		}
		if srv.phase == srvInit {
			if err := r.serverInit(p); err != nil {
				s.leaveTurn(p)
				r.crash(p, err)
				return
			}
			continue
		}
		var m *Message
		var sys sysMessage
		if s.trace != nil {
			var ok bool
			if m, sys, ok = r.serveTraced(p, budget); !ok {
				return
			}
		} else {
			// Between messages: take the next one, if the turn allows.
			budget -= msgCost
			p.mu.Lock()
			if p.kill != "" {
				reason := p.kill
				p.mu.Unlock()
				s.leaveTurn(p)
				s.exit(p, reason, nil)
				return
			}
			if p.mailbox.Len() == 0 {
				// The thread has no frame: it goes back to the worker's
				// pool, and the process waits as memory alone. The turn
				// ends before the wait is published: once it is, another
				// worker may run the process.
				s.leaveTurn(p)
				p.status, p.wait = Waiting, waitMessage
				t := p.thread
				p.thread = nil
				p.mu.Unlock()
				r.putThread(t)
				return
			}
			if budget <= 0 {
				p.status = Runnable
				p.mu.Unlock()
				s.leaveTurn(p)
				s.requeue(p, r)
				return
			}
			sys, m, _ = p.mailbox.next()
			p.current = m
			if m != nil {
				p.lastSubject = m.Subject
			}
			p.mu.Unlock()
		}
		var err error
		if m == nil {
			err = r.serveStop(p, sys.reason)
		} else {
			err = r.serveMessage(p, m)
		}
		if err != nil {
			s.leaveTurn(p)
			r.crash(p, err)
			return
		}
		if srv.phase == srvStopping && !srv.running {
			s.leaveTurn(p)
			r.serverStopped(p)
			return
		}
	}
}

// serveTraced is the step between messages of a traced run's GenPy.
// Each message is served in a turn of its own: the one taken when the
// process was woken for it (genServer.takeLocked), which it returns with
// ok. Otherwise the turn ends: after a message, a step of the budget is
// due (preempting the process if it was the last), then the process
// takes the next message, if one waits, and goes to the back of the run
// queue to serve it, or waits for one. budget is what is left of the
// turn's.
func (r *runner) serveTraced(p *Process, budget int) (m *Message, sys sysMessage, ok bool) {
	s := r.s
	srv := p.srv
	switch srv.taken {
	case takenMsg:
		srv.taken = takenNone
		srv.served = true
		return p.current, sysMessage{}, true
	case takenStop:
		srv.taken = takenNone
		return nil, sysMessage{kind: sysStop, reason: srv.takenReason}, true
	}
	s.leaveTurn(p)
	if srv.served {
		srv.served = false
		if budget == 1 {
			r.after(p, interp.Result{Kind: interp.Preempted})
			return nil, sysMessage{}, false
		}
	}
	p.mu.Lock()
	if p.kill != "" {
		reason := p.kill
		p.mu.Unlock()
		s.exit(p, reason, nil)
		return nil, sysMessage{}, false
	}
	if p.mailbox.Len() > 0 {
		srv.takeLocked(p)
		p.status = Runnable
		p.mu.Unlock()
		s.ready(p, r)
		return nil, sysMessage{}, false
	}
	p.status, p.wait = Waiting, waitMessage
	t := p.thread
	p.thread = nil
	p.mu.Unlock()
	r.putThread(t)
	return nil, sysMessage{}, false
}

// serverStopped ends p, a GenPy whose orderly stop is served (its @stop,
// if any, has run), with the stop's reason.
func (r *runner) serverStopped(p *Process) {
	s := r.s
	reason := p.srv.reason
	if s.trace != nil {
		s.traceStop(p.thread, p, reason)
	}
	p.stopReason = reason
	s.exit(p, reason, nil)
}

// serverInit does what the loop does before its first message, up to
// starting @start.
func (r *runner) serverInit(p *Process) error {
	s := r.s
	srv := p.srv
	t := p.thread
	cs, err := classServeOf(t, srv.inst.Class)
	if err != nil {
		return err
	}
	srv.h = cs
	inst := srv.inst
	var name interp.Value = interp.None
	if cs.plain && inst.Dict != nil {
		inst.Dict.SetStr("pid", p.pidValue)
		if v, ok := inst.Dict.GetStr("name"); ok {
			name = v
		}
	} else {
		if err := interp.SetAttr(t, inst, "pid", p.pidValue); err != nil {
			return err
		}
		v, err := interp.GetAttr(t, inst, "name")
		if err != nil {
			e, ok := err.(*interp.Exception)
			if !ok || !interp.IsSubtype(e.Class, interp.AttributeErrorType) {
				return err
			}
		} else {
			name = v
		}
	}
	if str, ok := name.(interp.Str); ok && !s.register(p, string(str)) {
		return interp.Errorf(interp.RuntimeErrorType, "the name %s is already registered", reprOf(t, str))
	}
	if s.trace != nil {
		s.traceStart(p, inst, cs.onStart)
	}
	if cs.onStart != nil {
		srv.phase = srvStarting
		if err := s.startHandler(p, cs.onStart, nil, false, ""); err != nil {
			return err
		}
		srv.running = true
		return nil
	}
	srv.phase = srvServing
	p.started(r)
	return nil
}

// serveMessage starts the handler of user message m, or answers it at
// once when the class has none.
func (r *runner) serveMessage(p *Process, m *Message) error {
	s := r.s
	srv := p.srv
	h := srv.h.receivers[m.Subject]
	if h == nil {
		h = srv.h.catchall
	}
	if h == nil {
		p.warn("unhandled message with subject " + reprOf(p.thread, interp.Str(m.Subject)))
		return r.reply(p, errorTuple("unhandled: "+m.Subject), interp.None)
	}
	if s.trace != nil {
		// An exception from here on crashes the process; the runtime
		// answers the caller with ("error", "crashed: ...").
		s.traceReceive(p, h, m)
	}
	if err := s.startHandler(p, h, m, false, ""); err != nil {
		return err
	}
	srv.running = true
	return nil
}

// serveStop starts @stop for an orderly stop with reason, or ends the
// process at once when the class has none.
func (r *runner) serveStop(p *Process, reason string) error {
	srv := p.srv
	srv.phase, srv.reason = srvStopping, reason
	if h := srv.h.onStop; h != nil {
		if err := r.s.startHandler(p, h, nil, true, reason); err != nil {
			return err
		}
		srv.running = true
	}
	return nil
}

// handlerDone acts on the result of the handler that finished.
func (r *runner) handlerDone(p *Process, result interp.Value) error {
	srv := p.srv
	switch srv.phase {
	case srvStarting:
		srv.phase = srvServing
		p.started(r)
		return nil
	case srvStopping:
		return nil
	}
	m := p.current
	if m == nil || m.replied {
		return nil
	}
	if m.reply == nil && m.replyPID == nil {
		m.replied = true // a plain cast: no answer to build
		return nil
	}
	if o, ok := result.(*interp.Object); ok && interp.IsSubtype(o.Class, r.s.responseType) {
		t := p.thread
		status, err := interp.GetAttr(t, o, "status")
		if err != nil {
			return err
		}
		value, err := interp.GetAttr(t, o, "value")
		if err != nil {
			return err
		}
		return r.reply(p, interp.Tuple{status, value}, interp.Tuple{status, value})
	}
	if m.reply != nil {
		return r.reply(p, okTuple(result), result)
	}
	return r.reply(p, nil, result)
}

// reply answers the message being handled, as _reply does: a caller
// gets reply, a cast's sender_pid gets raw unless it is None.
func (r *runner) reply(p *Process, reply, raw interp.Value) error {
	m := p.current
	if m == nil || m.replied {
		return nil
	}
	m.replied = true
	t := p.thread
	if r.s.trace != nil {
		r.s.traceReply(t, p, m, reply, raw)
	}
	switch {
	case m.reply != nil:
		v, err := CopyMessage(t, reply)
		if err != nil {
			v = errorTuple("crashed: " + excText(t, err.(*interp.Exception)))
		}
		m.reply.caller.wakeFrom(m.reply.ref, v, r)
	case m.replyPID != nil && raw != interp.None:
		v, err := CopyMessage(t, raw)
		if err != nil {
			return err
		}
		m.replyPID.deliverFrom(&Message{Source: p.pidValue, Subject: m.Subject, Body: v}, r)
	}
	return nil
}

// crash ends p with the exception err raised by the Go loop's Python
// (a handler that could not be called, a reply that could not be sent).
func (r *runner) crash(p *Process, err error) {
	exc, ok := err.(*interp.Exception)
	if !ok {
		if c, ok := err.(*interp.Cancelled); ok {
			r.s.exit(p, c.Reason, nil)
			return
		}
		exc = interp.Errorf(interp.RuntimeErrorType, "%v", err)
	}
	if isSystemExit(exc) {
		p.mu.Lock()
		p.err = exc
		p.mu.Unlock()
		r.s.exit(p, "normal", nil)
		return
	}
	r.s.exit(p, crashReason(p.thread, exc), exc)
}

// enterPhase is enterTurn without the closure.
func (s *Scheduler) enterPhase(p *Process) {
	switch {
	case !s.bodyLive.Load():
	case p.body:
		s.phase.Lock()
		p.phaseHeld = phaseWrite
	default:
		s.phase.RLock()
		p.phaseHeld = phaseRead
	}
}
