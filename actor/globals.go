package actor

// Module globals and class dicts are shared: every process started from a
// program runs functions whose globals are the same *interp.Dict (the
// __main__ module's, or an imported module's), and handlers that are
// methods of the same classes. interp's dicts have no lock, so two
// goroutines must never use one while a third writes it.
//
// The rule rebeam follows, and the reasoning:
//
//   - While the script body runs (the configuration phase), it writes its
//     globals freely: it defines classes and functions, assigns the pids it
//     spawns. The processes it has started may read those same dicts at
//     any moment. So while the body process lives, its turns exclude every
//     other process's turn (Scheduler.phase, a RWMutex: the body takes it
//     for writing, the others for reading). This is not a global lock:
//     the other processes still run in parallel with each other, and the
//     body releases it whenever it waits (in call, sleep, ...), which is
//     exactly when the processes it talks to must run.
//   - Once the body has finished, globals and classes are read-only by
//     convention: processes read them in parallel, which is safe; a
//     process that assigns a module global or a class attribute during the
//     run phase races with the others. That is the remaining gap. Closing
//     it needs a small hook in interp (a frozen flag on Dict checked by its
//     writers, raising TypeError), set on every module dict and class dict
//     when the body ends; it must be added by interp's owner.
//
// A process's own objects (a GenPy's copied instance and its state, a
// function's copied arguments, everything it receives) are reachable from
// it alone, so they need no lock.

// enterTurn takes the phase lock a turn of p needs while the body lives,
// and returns what releases it.
func (s *Scheduler) enterTurn(p *Process) func() {
	switch {
	case !s.bodyLive.Load():
	case p.body:
		s.phase.Lock()
		p.phaseHeld = phaseWrite
	default:
		s.phase.RLock()
		p.phaseHeld = phaseRead
	}
	return func() { s.leaveTurn(p) }
}

// leaveTurn releases what enterTurn took. It follows what p holds, not
// bodyLive, which may have changed in between.
func (s *Scheduler) leaveTurn(p *Process) {
	switch p.phaseHeld {
	case phaseWrite:
		s.phase.Unlock()
	case phaseRead:
		s.phase.RUnlock()
	}
	p.phaseHeld = phaseNone
}

// The phase lock a process holds during its turn.
const (
	phaseNone uint8 = iota
	phaseRead
	phaseWrite
)
