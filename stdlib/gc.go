package stdlib

import "github.com/rebeam/rebeam/interp"

// The gc module. Go's collector manages rebeam's memory: collect()
// runs it and reports 0 unreachable cycles found (there is no separate
// cycle collector); enable/disable only record the state programs read.

func init() {
	register("gc", func(t *interp.Thread, m *interp.Module) error {
		m.Dict.SetStr("garbage", interp.NewList(nil))
		m.Dict.SetStr("callbacks", interp.NewList(nil))
		m.Dict.SetStr("DEBUG_STATS", interp.Int(1))
		m.Dict.SetStr("DEBUG_COLLECTABLE", interp.Int(2))
		m.Dict.SetStr("DEBUG_UNCOLLECTABLE", interp.Int(4))
		m.Dict.SetStr("DEBUG_SAVEALL", interp.Int(32))
		m.Dict.SetStr("DEBUG_LEAK", interp.Int(38))
		return nil
	}, `
_enabled = True
_threshold = (700, 10, 10)
_debug = 0

def collect(generation=2):
    if not isinstance(generation, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(generation).__name__)
    if generation < 0 or generation > 2:
        raise ValueError('invalid generation')
    return 0

def enable():
    global _enabled
    _enabled = True

def disable():
    global _enabled
    _enabled = False

def isenabled():
    return _enabled

def get_threshold():
    return _threshold

def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    t = list(_threshold)
    t[0] = threshold0
    if threshold1 is not None:
        t[1] = threshold1
    if threshold2 is not None:
        t[2] = threshold2
    _threshold = tuple(t)

def get_count():
    return (0, 0, 0)

def get_debug():
    return _debug

def set_debug(flags):
    global _debug
    _debug = flags

def get_objects(generation=None):
    return []

def get_stats():
    return [{'collections': 0, 'collected': 0, 'uncollectable': 0} for i in range(3)]

def get_referrers(*objs):
    return []

def get_referents(*objs):
    return []

def is_tracked(obj):
    return not isinstance(obj, (int, float, str, bytes, bool, type(None)))

def is_finalized(obj):
    return False

def freeze():
    pass

def unfreeze():
    pass

def get_freeze_count():
    return 0
`)
}
