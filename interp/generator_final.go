package interp

import "sync"

// Finalization of suspended generators.
//
// CPython runs a generator's pending finally blocks and __exit__ methods
// (by closing it) when the generator object dies: at once when its last
// reference goes, or at interpreter shutdown. rebeam has no reference
// counts, and a Go finalizer cannot close a generator, whose frame points
// back at it (a cycle the collector never finalizes). So rebeam does what
// is cheap and deterministic:
//
//   - close() runs them, as in CPython;
//   - a generator that yields while inside a try, with or except block is
//     remembered by its thread, then by its Interpreter once the thread
//     has ended, and CloseGenerators, called when the
//     program ends (RunMain, and the CLI after the actor runtime stops),
//     closes every such generator that is still suspended, in the order
//     they first yielded there.
//
// A generator dropped early therefore runs its finally at the end of the
// program, not when it becomes unreachable. The list holds those
// generators until then; it is pruned of finished ones as it grows, so a
// long-running program keeps only abandoned, still-suspended generators.
type genRegistry struct {
	mu   sync.Mutex
	gens []*Generator
}

// adopt takes over a finished thread's list of suspended generators.
func (r *genRegistry) adopt(gens []*Generator) {
	if len(gens) == 0 {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.gens = append(r.gens, gens...)
}

// pendingFinal reports whether g is suspended inside a block whose
// cleanup has not run.
func (g *Generator) pendingFinal() bool {
	return g.started && !g.finished && !g.running && g.frame != nil && len(g.frame.blocks) > 0
}

// noteYield remembers a generator that yields inside a block. The list
// belongs to the thread (threads of one interpreter run in parallel, and
// only the owner looks at its generators' state) until the thread ends,
// when the interpreter adopts what is still pending (handOverGenerators).
func (t *Thread) noteYield(g *Generator) {
	if g.remembered || g.frame == nil || len(g.frame.blocks) == 0 {
		return
	}
	if n := len(t.pendingGens); n >= 1024 && n&(n-1) == 0 {
		live := t.pendingGens[:0]
		for _, x := range t.pendingGens {
			if x.pendingFinal() {
				live = append(live, x)
			} else {
				x.remembered = false
			}
		}
		clear(t.pendingGens[len(live):])
		t.pendingGens = live
	}
	g.remembered = true
	t.pendingGens = append(t.pendingGens, g)
}

// handOverGenerators gives the thread's pending generators to its
// interpreter, when the thread's execution ends.
func (t *Thread) handOverGenerators() {
	if t.Interp != nil && len(t.pendingGens) > 0 {
		t.Interp.generators.adopt(t.pendingGens)
	}
	t.pendingGens = nil
}

// CloseGenerators closes every generator of the interpreter that is still
// suspended inside a try, with or except block, running its finally
// blocks and __exit__ methods, as CPython does for the generators alive
// at shutdown. Exceptions they raise are ignored, as CPython ignores
// them there (it only reports them). t runs the generators; nil makes a
// fresh thread.
func (in *Interpreter) CloseGenerators(t *Thread) {
	if t == nil {
		t = NewThread(in)
	}
	t.handOverGenerators()
	for {
		in.generators.mu.Lock()
		gens := in.generators.gens
		in.generators.gens = nil
		in.generators.mu.Unlock()
		if len(gens) == 0 {
			return
		}
		for _, g := range gens {
			g.remembered = false
			if g.pendingFinal() {
				_, _, _ = g.resume(t, None, NewException(GeneratorExitType))
			}
		}
		t.handOverGenerators()
	}
}

// closeTempIter closes the generator a for loop iterated when the loop
// is left by break or return and nothing else can refer to it (the loop's
// iterable was a call or a generator expression), as CPython's reference
// counting does at that point: its finally blocks and __exit__ methods
// run now rather than at the end of the program. A generator that
// another object still refers to (a call that returned a stored
// generator) is closed too: a rare case this approximation gets wrong.
func (t *Thread) closeTempIter(g *Generator) error {
	if !g.pendingFinal() {
		return nil
	}
	_, _, err := g.resume(t, None, NewException(GeneratorExitType))
	if err != nil {
		if e, ok := err.(*Exception); ok && IsSubtype(e.Class, GeneratorExitType) {
			return nil
		}
		if _, ok := err.(*Exception); ok {
			return err
		}
	}
	return nil
}
