package stdlib

import (
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/rebeam/rebeam/interp"
)

// The time module. time.sleep blocks the calling goroutine; under the
// actor runtime, actor/timesleep.go replaces it in the module with
// rebeam.sleep, which suspends only the calling process.

var processStart = time.Now()

func init() {
	register("time", func(t *interp.Thread, m *interp.Module) error {
		setFuncs(m.Dict, funcs{
			"time":            timeTime,
			"time_ns":         timeTimeNS,
			"monotonic":       timeMonotonic,
			"monotonic_ns":    timeMonotonicNS,
			"perf_counter":    timeMonotonic,
			"perf_counter_ns": timeMonotonicNS,
			"process_time":    timeProcess,
			"process_time_ns": timeProcessNS,
			"thread_time":     timeProcess,
			"thread_time_ns":  timeProcessNS,
			"sleep":           timeSleep,
			"_tm":             timeTM,
			"_mktime":         timeMktime,
			"_strftime":       timeStrftime,
			"_asctime":        timeAsctime,
		})
		m.Dict.SetStr("tzset", interp.NewBuiltin("tzset", func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			if err := interp.UnpackArgs("tzset", args, kw); err != nil {
				return nil, err
			}
			time.Local = zoneFromTZ()
			setZoneGlobals(m)
			return interp.None, nil
		}))
		setZoneGlobals(m)
		return nil
	}, timePrelude, "gmtime", "localtime", "mktime", "strftime", "asctime", "ctime", "strptime", "get_clock_info")
}

// setZoneGlobals sets time's timezone, altzone, daylight and tzname from
// the local zone's offsets in January and July of this year.
func setZoneGlobals(m *interp.Module) {
	jan := time.Date(time.Now().Year(), 1, 1, 0, 0, 0, 0, time.Local)
	jul := time.Date(time.Now().Year(), 7, 1, 0, 0, 0, 0, time.Local)
	n1, o1 := jan.Zone()
	n2, o2 := jul.Zone()
	std, dst, so, do := n1, n2, o1, o2
	if o1 > o2 {
		std, dst, so, do = n2, n1, o2, o1
	}
	m.Dict.SetStr("timezone", interp.Int(-so))
	m.Dict.SetStr("altzone", interp.Int(-do))
	m.Dict.SetStr("daylight", interp.Int(b2i(o1 != o2)))
	m.Dict.SetStr("tzname", interp.Tuple{interp.Str(std), interp.Str(dst)})
}

// zoneFromTZ is the local zone the TZ environment variable names, read
// as the C library's tzset reads it: unset is /etc/localtime, empty is
// UTC, ":name" is name, a path is a TZif file, a name is looked up in
// the zoneinfo database, and otherwise a POSIX "STDoffset" gives a fixed
// zone (its DST rule, if any, is not followed).
func zoneFromTZ() *time.Location {
	tz, set := os.LookupEnv("TZ")
	fromFile := func(name, path string) *time.Location {
		if data, err := os.ReadFile(path); err == nil {
			if loc, err := time.LoadLocationFromTZData(name, data); err == nil {
				return loc
			}
		}
		return time.UTC
	}
	switch {
	case !set:
		return fromFile("Local", "/etc/localtime")
	case tz == "":
		return time.UTC
	}
	tz = strings.TrimPrefix(tz, ":")
	if strings.HasPrefix(tz, "/") {
		return fromFile(tz, tz)
	}
	if loc, err := time.LoadLocation(tz); err == nil && tz != "Local" {
		return loc
	}
	if name, off, ok := posixStdZone(tz); ok {
		return time.FixedZone(name, off)
	}
	return time.UTC
}

// posixStdZone reads the standard part of a POSIX TZ value: a name of
// three or more letters (or <...>) and an offset west of Greenwich,
// [+-]hh[:mm[:ss]]. It returns the offset east, as Go zones take it.
func posixStdZone(tz string) (name string, east int, ok bool) {
	i := 0
	if strings.HasPrefix(tz, "<") {
		j := strings.IndexByte(tz, '>')
		if j < 0 {
			return "", 0, false
		}
		name, i = tz[1:j], j+1
	} else {
		for i < len(tz) && (tz[i] >= 'A' && tz[i] <= 'Z' || tz[i] >= 'a' && tz[i] <= 'z') {
			i++
		}
		name = tz[:i]
	}
	if len(name) < 3 || i == len(tz) {
		return "", 0, false
	}
	sign := 1
	if tz[i] == '+' || tz[i] == '-' {
		if tz[i] == '-' {
			sign = -1
		}
		i++
	}
	secs, unit := 0, 3600
	for part := 0; part < 3 && i < len(tz) && tz[i] >= '0' && tz[i] <= '9'; part++ {
		n := 0
		for i < len(tz) && tz[i] >= '0' && tz[i] <= '9' {
			n = n*10 + int(tz[i]-'0')
			i++
		}
		secs += n * unit
		unit /= 60
		if i < len(tz) && tz[i] == ':' {
			i++
		} else {
			break
		}
	}
	if unit == 3600 {
		return "", 0, false
	}
	return name, -sign * secs, true
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

const timePrelude = `
class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')

    def __new__(cls, seq, zone=None, gmtoff=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % n)
        if n > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % n)
        self = tuple.__new__(cls, seq[:9])
        self._extra = (seq[9] if n > 9 else zone, seq[10] if n > 10 else gmtoff)
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])

    def __repr__(self):
        return 'time.struct_time(' + ', '.join('%s=%r' % (n, v) for n, v in zip(self._names, self)) + ')'

    def __reduce__(self):
        return (struct_time, (tuple(self), ))

struct_time.__module__ = 'time'

def _secs(secs):
    if secs is None:
        return time()
    return secs

def gmtime(secs=None):
    return struct_time(_tm(_secs(secs), False))

def localtime(secs=None):
    return struct_time(_tm(_secs(secs), True))

def _tuple(t, fname):
    if t is None:
        return _tm(time(), True)
    if isinstance(t, struct_time):
        return tuple(t) + t._extra
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('%s(): illegal time tuple argument' % fname)
    return tuple(t) + (None, None)

def mktime(t):
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('mktime(): illegal time tuple argument')
    return _mktime(tuple(t)[:9])

def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
    return _strftime(format, _tuple(t, 'strftime'))

def asctime(t=None):
    return _asctime(_tuple(t, 'asctime'))

def ctime(secs=None):
    return _asctime(_tm(_secs(secs), True))

def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    import _strptime
    return _strptime._strptime_time(string, format)

# what each clock reads: (implementation, monotonic, adjustable, resolution)
_CLOCKS = {
    'time': ('clock_gettime(CLOCK_REALTIME)', False, True, 1e-09),
    'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False, 1e-09),
    'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False, 1e-09),
    # rebeam's process_time and thread_time both read the process's
    # CPU time from getrusage
    'process_time': ('getrusage(RUSAGE_SELF)', True, False, 1e-06),
    'thread_time': ('getrusage(RUSAGE_SELF)', True, False, 1e-06),
}

def get_clock_info(name):
    if not isinstance(name, str):
        raise TypeError('get_clock_info() argument 1 must be str, not %s'
                        % ('None' if name is None else type(name).__name__))
    try:
        implementation, monotonic, adjustable, resolution = _CLOCKS[name]
    except KeyError:
        raise ValueError('unknown clock') from None
    from types import SimpleNamespace
    return SimpleNamespace(implementation=implementation, monotonic=monotonic,
                           adjustable=adjustable, resolution=resolution)

`

func timeTime(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if err := interp.UnpackArgs("time", args, kw); err != nil {
		return nil, err
	}
	return interp.Float(float64(time.Now().UnixNano()) / 1e9), nil
}

func timeTimeNS(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if err := interp.UnpackArgs("time_ns", args, kw); err != nil {
		return nil, err
	}
	return interp.Int(time.Now().UnixNano()), nil
}

func timeMonotonic(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if err := interp.UnpackArgs("monotonic", args, kw); err != nil {
		return nil, err
	}
	return interp.Float(time.Since(processStart).Seconds() + 1000), nil
}

func timeMonotonicNS(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if err := interp.UnpackArgs("monotonic_ns", args, kw); err != nil {
		return nil, err
	}
	return interp.Int(time.Since(processStart).Nanoseconds() + 1000e9), nil
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return time.Since(processStart)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func timeProcess(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	return interp.Float(cpuTime().Seconds()), nil
}

func timeProcessNS(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	return interp.Int(cpuTime().Nanoseconds()), nil
}

func timeSleep(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if len(kw) > 0 {
		return nil, argErr("sleep() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, argErr("time.sleep() takes exactly one argument (%d given)", len(args))
	}
	secs, err := secondsArg(args[0])
	if err != nil {
		return nil, err
	}
	if secs < 0 {
		return nil, interp.Errorf(interp.ValueErrorType, "sleep length must be non-negative")
	}
	time.Sleep(time.Duration(secs * 1e9))
	return interp.None, nil
}

// secondsArg reads a time in seconds: an int or a float.
func secondsArg(v interp.Value) (float64, error) {
	switch v.(type) {
	case interp.Int, interp.Bool, interp.Float, *interp.BigInt:
		f, _ := interp.ToFloat(v)
		if math.IsNaN(f) {
			return 0, interp.Errorf(interp.ValueErrorType, "Invalid value NaN (not a number)")
		}
		return f, nil
	}
	if o, ok := v.(*interp.Object); ok && o.Base != nil {
		return secondsArg(o.Base)
	}
	if _, ok := v.(interp.Str); ok {
		return 0, argErr("'%s' object cannot be interpreted as an integer", interp.TypeName(v))
	}
	return 0, argErr("'%s' object cannot be interpreted as an integer", interp.TypeName(v))
}

// timeTM returns the 11 fields of a struct_time for secs, in UTC or the
// local zone.
func timeTM(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	secs, err := secondsArg(args[0])
	if err != nil {
		return nil, err
	}
	if math.IsInf(secs, 0) || math.Abs(secs) > 1e17 {
		return nil, interp.Errorf(interp.OverflowErrorType, "timestamp out of range for platform time_t")
	}
	whole := math.Floor(secs)
	tm := time.Unix(int64(whole), 0)
	if args[1] == interp.True {
		tm = tm.Local()
	} else {
		tm = tm.UTC()
	}
	return tmTuple(tm, args[1] == interp.True), nil
}

func tmTuple(tm time.Time, local bool) interp.Tuple {
	name, off := tm.Zone()
	if !local {
		name = "GMT"
	}
	isdst := 0
	if local && tm.IsDST() {
		isdst = 1
	}
	return interp.Tuple{
		interp.Int(tm.Year()), interp.Int(tm.Month()), interp.Int(tm.Day()),
		interp.Int(tm.Hour()), interp.Int(tm.Minute()), interp.Int(tm.Second()),
		interp.Int((int(tm.Weekday()) + 6) % 7), interp.Int(tm.YearDay()), interp.Int(isdst),
		interp.Str(name), interp.Int(off),
	}
}

// tmFields reads the first 9 fields of a time tuple as ints.
func tmFields(fname string, v interp.Value) ([9]int, error) {
	var f [9]int
	tup, ok := v.(interp.Tuple)
	if !ok || len(tup) < 9 {
		return f, argErr("Tuple or struct_time argument required")
	}
	for i := 0; i < 9; i++ {
		n, err := interp.ToIndex(tup[i])
		if err != nil {
			if _, isF := tup[i].(interp.Float); isF {
				return f, argErr("'float' object cannot be interpreted as an integer")
			}
			return f, err
		}
		f[i] = n
	}
	return f, nil
}

func timeMktime(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	f, err := tmFields("mktime", args[0])
	if err != nil {
		return nil, err
	}
	return interp.Float(float64(localMktime(f[0], f[1], f[2], f[3], f[4], f[5], f[8]))), nil
}

// localMktime is the C library's mktime for the local zone: the POSIX
// time whose local time is the fields given (out-of-range fields carry
// over), with isdst (tm_isdst) as a hint. With isdst -1, a time that
// happens twice is the earlier and one skipped by a clock change is read
// with the offset in force before it. With isdst 0 or 1 the offset is that
// of a nearby moment whose DST flag is isdst (up to 17 years away, a week
// at a time, as glibc looks); a zone that never had it takes DST to be
// an hour ahead of standard time.
func localMktime(year, month, day, hour, minute, sec, isdst int) int64 {
	base := time.Date(year, time.Month(month), day, hour, minute, sec, 0, time.UTC).Unix()
	zoneAt := func(u int64) (int64, bool) {
		t := time.Unix(u, 0).In(time.Local)
		_, off := t.Zone()
		return int64(off), t.IsDST()
	}
	// the offsets that give these local fields at some moment
	var match []int64
	for _, probe := range []int64{base - 86400, base, base + 86400} {
		o, _ := zoneAt(probe)
		if o2, _ := zoneAt(base - o); o2 == o && !slices.Contains(match, o) {
			match = append(match, o)
		}
	}
	var t int64
	switch {
	case len(match) == 0: // skipped: the offset before the change
		o, _ := zoneAt(base - 86400)
		t = base - o
	default: // the earliest moment
		t = base - slices.Max(match)
	}
	if isdst < 0 {
		return t
	}
	want := isdst > 0
	for _, o := range match {
		if _, dst := zoneAt(base - o); dst == want {
			return base - o
		}
	}
	const stride, bound = 601200, 536454000
	for delta := int64(stride); delta < bound; delta += stride {
		for _, probe := range []int64{t - delta, t + delta} {
			if o, dst := zoneAt(probe); dst == want {
				return base - o
			}
		}
	}
	if _, dst := zoneAt(t); dst != want {
		if want {
			return t - 3600
		}
		return t + 3600
	}
	return t
}

var (
	dayAbbr   = []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	dayFull   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthAbbr = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	monthFull = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

func timeAsctime(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	f, err := tmFields("asctime", args[0])
	if err != nil {
		return nil, err
	}
	if err := checkTM(f, "asctime"); err != nil {
		return nil, err
	}
	return interp.Str(fmt.Sprintf("%s %s %2d %02d:%02d:%02d %d", dayAbbr[(f[6]%7+7)%7], monthAbbr[max(f[1], 1)-1], f[2], f[3], f[4], f[5], f[0])), nil
}

func checkTM(f [9]int, fname string) error {
	switch {
	case f[1] < 0 || f[1] > 12:
		return interp.Errorf(interp.ValueErrorType, "month out of range")
	case f[2] < 0 || f[2] > 31:
		return interp.Errorf(interp.ValueErrorType, "day of month out of range")
	case f[3] < 0 || f[3] > 23:
		return interp.Errorf(interp.ValueErrorType, "hour out of range")
	case f[4] < 0 || f[4] > 59:
		return interp.Errorf(interp.ValueErrorType, "minute out of range")
	case f[5] < 0 || f[5] > 61:
		return interp.Errorf(interp.ValueErrorType, "seconds out of range")
	case f[6] < 0 && fname != "strftime":
		return interp.Errorf(interp.ValueErrorType, "day of week out of range")
	case f[7] < 0 || f[7] > 366:
		return interp.Errorf(interp.ValueErrorType, "day of year out of range")
	}
	return nil
}

func timeStrftime(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	format := string(args[0].(interp.Str))
	f, err := tmFields("strftime", args[1])
	if err != nil {
		return nil, err
	}
	if err := checkTM(f, "strftime"); err != nil {
		return nil, err
	}
	tup := args[1].(interp.Tuple)
	zone, gmtoff := "", 0
	if len(tup) > 10 {
		if s, ok := tup[9].(interp.Str); ok {
			zone = string(s)
		}
		if n, ok := tup[10].(interp.Int); ok {
			gmtoff = int(n)
		}
	}
	if zone == "" && len(tup) > 9 && tup[9] == interp.None {
		// a plain tuple, as glibc reads it: no zone when tm_isdst < 0,
		// else tzname[tm_isdst > 0] with a zero tm_gmtoff
		switch std, dst := localZoneNames(); {
		case f[8] < 0:
			gmtoff = noGmtoff
		case f[8] > 0:
			zone = dst
		default:
			zone = std
		}
	}
	return interp.Str(strftime(format, f, zone, gmtoff)), nil
}

// noGmtoff as strftime's gmtoff makes %z print nothing.
const noGmtoff = math.MinInt32

// localZoneNames returns the local zone's standard and daylight saving
// names, as time.tzname holds them.
func localZoneNames() (string, string) {
	year := time.Now().Year()
	n1, o1 := time.Date(year, 1, 1, 0, 0, 0, 0, time.Local).Zone()
	n2, o2 := time.Date(year, 7, 1, 0, 0, 0, 0, time.Local).Zone()
	if o1 > o2 {
		return n2, n1
	}
	return n1, n2
}

// strftime formats the time fields f (struct_time order) as C's strftime
// does in the C locale.
func strftime(format string, f [9]int, zone string, gmtoff int) string {
	var b strings.Builder
	year, mon, mday, hour, min, sec, wday, yday := f[0], f[1], f[2], f[3], f[4], f[5], (f[6]%7+7)%7, f[7]
	if mon == 0 {
		mon = 1
	}
	if mday == 0 {
		mday = 1
	}
	if yday == 0 {
		yday = 1
	}
	cwday := (wday + 1) % 7 // Sunday = 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		if k := strftimeSpecEnd(format, i); k > i {
			// glibc's flags (- _ 0 ^ #), field width and E/O modifiers
			if k >= len(format) || !strings.ContainsRune(strftimeConvs, rune(format[k])) ||
				(format[k-1] == 'E' && strings.IndexByte("aAbBdDeFgGhHIjklmMSUVwW", format[k]) >= 0) ||
				(format[k-1] == 'O' && strings.IndexByte("aAcDFxXY", format[k]) >= 0) {
				// glibc copies a bad conversion, padded and cased as asked
				end := k + 1
				if end > len(format) {
					end = len(format)
				}
				b.WriteString(strftimeFlags(format[i-1:end], '?', format[i:k]))
				i = k
				continue
			}
			seg := strftime("%"+format[k:k+1], f, zone, gmtoff)
			b.WriteString(strftimeFlags(seg, format[k], format[i:k]))
			i = k
			continue
		}
		switch format[i] {
		case 'a':
			b.WriteString(dayAbbr[wday])
		case 'A':
			b.WriteString(dayFull[wday])
		case 'b', 'h':
			b.WriteString(monthAbbr[mon-1])
		case 'B':
			b.WriteString(monthFull[mon-1])
		case 'c':
			fmt.Fprintf(&b, "%s %s %2d %02d:%02d:%02d %d", dayAbbr[wday], monthAbbr[mon-1], mday, hour, min, sec, year)
		case 'C':
			fmt.Fprintf(&b, "%d", year/100) // glibc: unpadded below year 1000
		case 'd':
			fmt.Fprintf(&b, "%02d", mday)
		case 'D':
			fmt.Fprintf(&b, "%02d/%02d/%02d", mon, mday, year%100)
		case 'e':
			fmt.Fprintf(&b, "%2d", mday)
		case 'F':
			fmt.Fprintf(&b, "%d-%02d-%02d", year, mon, mday)
		case 'G', 'g', 'V':
			y, w := isoWeek(year, yday, wday)
			switch format[i] {
			case 'G':
				fmt.Fprintf(&b, "%d", y)
			case 'g':
				fmt.Fprintf(&b, "%02d", y%100)
			default:
				fmt.Fprintf(&b, "%02d", w)
			}
		case 'H':
			fmt.Fprintf(&b, "%02d", hour)
		case 'I':
			fmt.Fprintf(&b, "%02d", (hour+11)%12+1)
		case 'j':
			fmt.Fprintf(&b, "%03d", yday)
		case 'k':
			fmt.Fprintf(&b, "%2d", hour)
		case 'l':
			fmt.Fprintf(&b, "%2d", (hour+11)%12+1)
		case 'm':
			fmt.Fprintf(&b, "%02d", mon)
		case 'M':
			fmt.Fprintf(&b, "%02d", min)
		case 'n':
			b.WriteByte('\n')
		case 'p':
			if hour < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'P':
			if hour < 12 {
				b.WriteString("am")
			} else {
				b.WriteString("pm")
			}
		case 'r':
			ampm := "AM"
			if hour >= 12 {
				ampm = "PM"
			}
			fmt.Fprintf(&b, "%02d:%02d:%02d %s", (hour+11)%12+1, min, sec, ampm)
		case 'R':
			fmt.Fprintf(&b, "%02d:%02d", hour, min)
		case 's':
			tm := time.Date(year, time.Month(mon), mday, hour, min, sec, 0, time.Local)
			fmt.Fprintf(&b, "%d", tm.Unix())
		case 'S':
			fmt.Fprintf(&b, "%02d", sec)
		case 't':
			b.WriteByte('\t')
		case 'T':
			fmt.Fprintf(&b, "%02d:%02d:%02d", hour, min, sec)
		case 'u':
			fmt.Fprintf(&b, "%d", wday+1)
		case 'U':
			fmt.Fprintf(&b, "%02d", (yday-1-cwday+7)/7)
		case 'w':
			fmt.Fprintf(&b, "%d", cwday)
		case 'W':
			fmt.Fprintf(&b, "%02d", (yday-1-wday+7)/7)
		case 'x':
			fmt.Fprintf(&b, "%02d/%02d/%02d", mon, mday, year%100)
		case 'X':
			fmt.Fprintf(&b, "%02d:%02d:%02d", hour, min, sec)
		case 'y':
			fmt.Fprintf(&b, "%02d", year%100)
		case 'Y':
			fmt.Fprintf(&b, "%d", year)
		case 'z':
			if gmtoff == noGmtoff {
				break
			}
			sign := '+'
			off := gmtoff
			if off < 0 {
				sign, off = '-', -off
			}
			fmt.Fprintf(&b, "%c%02d%02d", sign, off/3600, off/60%60)
		case 'Z':
			b.WriteString(zone)
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

// strftimeConvs lists the conversions strftime knows.
const strftimeConvs = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%"

// strftimeSpecEnd returns the index of the conversion character after
// the flags, width and modifier that start at format[i] (i when there
// are none).
func strftimeSpecEnd(format string, i int) int {
	k := i
	for k < len(format) && strings.IndexByte("-_0^#", format[k]) >= 0 {
		k++
	}
	for k < len(format) && format[k] >= '0' && format[k] <= '9' {
		k++
	}
	if k < len(format) && (format[k] == 'E' || format[k] == 'O') {
		k++
	}
	return k
}

// strftimeFlags applies glibc's flags and field width spec (such as
// "-", "_3" or "^") to seg, the plain output of conversion c.
func strftimeFlags(seg string, c byte, spec string) string {
	spec = strings.TrimRight(spec, "EO")
	pad, upper, swap := byte(0), false, false
	j := 0
	for ; j < len(spec) && strings.IndexByte("-_0^#", spec[j]) >= 0; j++ {
		switch spec[j] {
		case '^':
			upper = true
		case '#':
			swap = true
		default:
			pad = spec[j]
		}
	}
	width := 0
	if j < len(spec) {
		width, _ = strconv.Atoi(spec[j:])
	}
	if c == 'z' && seg == "" {
		return "" // no offset known: glibc prints nothing at all
	}
	fill := " "
	if strings.IndexByte("CdegGHIjklmMSuUVwWyYs", c) >= 0 {
		// a number: the flags replace its own padding
		digits := strings.TrimLeft(seg, " 0")
		if digits == "" {
			digits = "0"
		}
		switch {
		case pad == '-' && width == 0:
			return strftimeCase(digits, c, upper, swap)
		case width < len(seg) && pad != '-':
			width = len(seg) // a width only widens the field
		}
		if pad == '0' || (pad == 0 && c != 'e' && c != 'k' && c != 'l' && c != 's') {
			fill = "0"
		}
		seg = digits
	} else if pad == '0' {
		fill = "0"
	}
	if width > len(seg) {
		seg = strings.Repeat(fill, width-len(seg)) + seg
	}
	return strftimeCase(seg, c, upper, swap)
}

// strftimeCase applies the ^ (upper) and # (swap case) flags.
func strftimeCase(seg string, c byte, upper, swap bool) string {
	switch {
	case c == 'P':
	case upper:
		seg = strings.ToUpper(seg)
	case swap && (c == 'p' || c == 'Z'):
		seg = strings.ToLower(seg)
	case swap && strings.IndexByte("aAbBh", c) >= 0:
		seg = strings.ToUpper(seg)
	}
	return seg
}

// isoWeek returns the ISO 8601 year and week of a day (wday Monday = 0).
func isoWeek(year, yday, wday int) (int, int) {
	tm := time.Date(year, 1, 1, 12, 0, 0, 0, time.UTC).AddDate(0, 0, yday-1)
	return tm.ISOWeek()
}
