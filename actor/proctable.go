package actor

// procTable is the scheduler's table of live processes by number. The
// numbers are handed out in increasing order and never reused, so the
// table is a slice of fixed-size pages indexed by number: entering a
// process is a store (no map growth, no rehash as a million processes
// are spawned), and walking it gives the processes oldest first without
// sorting. A page whose processes have all exited is freed; what stays is
// one pointer per 1024 numbers ever used. The scheduler's mu guards it.
type procTable struct {
	pages []*procPage
	n     int
}

const procPageBits = 10

type procPage struct {
	procs [1 << procPageBits]*Process
	live  int
}

func (t *procTable) put(id uint64, p *Process) {
	i := int(id >> procPageBits)
	for len(t.pages) <= i {
		t.pages = append(t.pages, nil)
	}
	pg := t.pages[i]
	if pg == nil {
		pg = &procPage{}
		t.pages[i] = pg
	}
	slot := &pg.procs[id&(1<<procPageBits-1)]
	if *slot == nil {
		pg.live++
		t.n++
	}
	*slot = p
}

func (t *procTable) get(id uint64) *Process {
	i := id >> procPageBits
	if i >= uint64(len(t.pages)) || t.pages[i] == nil {
		return nil
	}
	return t.pages[i].procs[id&(1<<procPageBits-1)]
}

func (t *procTable) del(id uint64) {
	i := id >> procPageBits
	if i >= uint64(len(t.pages)) || t.pages[i] == nil {
		return
	}
	pg := t.pages[i]
	slot := &pg.procs[id&(1<<procPageBits-1)]
	if *slot == nil {
		return
	}
	*slot = nil
	t.n--
	if pg.live--; pg.live == 0 {
		t.pages[i] = nil
	}
}

func (t *procTable) len() int { return t.n }

// all returns the live processes, oldest first.
func (t *procTable) all() []*Process {
	out := make([]*Process, 0, t.n)
	for _, pg := range t.pages {
		if pg == nil {
			continue
		}
		for _, p := range pg.procs {
			if p != nil {
				out = append(out, p)
			}
		}
	}
	return out
}
