package actor

import (
	"bufio"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
)

// GCPercent is the garbage collector's target that TuneGC sets.
//
// A program of many processes keeps a large live heap of small objects
// (each idle GenPy is a few KB of frames, dicts and its instance), and the
// collector's work is proportional to that heap at every cycle. Go's
// default (100: collect when the heap has doubled) spent about half of
// the time of spawning 100,000 processes in the collector; 400 cuts that
// by about a third (`just bench-actors`). The memory limit that TuneGC
// sets with it keeps the larger target from running away.
const GCPercent = 400

// TuneGC sets the collector for a run of the actor runtime: GCPercent,
// unless the GOGC environment variable chooses, and a soft memory limit
// of half the machine's memory, unless GOMEMLIMIT chooses, so that the
// collector works harder rather than let the heap grow past it. It
// returns what undoes it (for tests).
func TuneGC() (restore func()) {
	oldPercent, oldLimit := -2, int64(-1)
	if os.Getenv("GOGC") == "" {
		oldPercent = debug.SetGCPercent(GCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		if total := physicalMemory(); total > 0 {
			oldLimit = debug.SetMemoryLimit(total / 2)
		}
	}
	return func() {
		if oldPercent != -2 {
			debug.SetGCPercent(oldPercent)
		}
		if oldLimit >= 0 {
			debug.SetMemoryLimit(oldLimit)
		}
	}
}

// physicalMemory returns the machine's memory in bytes from
// /proc/meminfo, or 0 where there is none.
func physicalMemory() int64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err != nil {
				return 0
			}
			return kb * 1024
		}
	}
	return 0
}
