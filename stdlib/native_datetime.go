package stdlib

import (
	"math"
	"strings"
	"time"

	"github.com/rebeam/rebeam/interp"
)

// The _datetime_native module is the Go half of datetime
// (stdlib/py/datetime.py): the local zone's offset and name at an
// instant, and the "datetime.date" names its classes show in error
// messages, as the classes of CPython's C module do.

// daysBeforeMonth[m] is the number of days before month m in a common year.
var daysBeforeMonth = [13]int64{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

func isLeapYear(y int64) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func floorDivMod(a, b int64) (int64, int64) {
	q, r := a/b, a%b
	if r != 0 && (r < 0) != (b < 0) {
		q--
		r += b
	}
	return q, r
}

// civilToOrdinal returns the proleptic Gregorian ordinal of y-m-d, day 1
// being 0001-01-01.
func civilToOrdinal(y, m, d int64) int64 {
	p := y - 1
	q4, _ := floorDivMod(p, 4)
	q100, _ := floorDivMod(p, 100)
	q400, _ := floorDivMod(p, 400)
	n := p*365 + q4 - q100 + q400 + daysBeforeMonth[m] + d
	if m > 2 && isLeapYear(y) {
		n++
	}
	return n
}

// ordinalToCivil is the inverse of civilToOrdinal, for any ordinal.
func ordinalToCivil(n int64) (int64, int64, int64) {
	q400, r := floorDivMod(n-1, 146097)
	q100, r := r/36524, r%36524
	q4, r := r/1461, r%1461
	q1, r := r/365, r%365
	y := q400*400 + q100*100 + q4*4 + q1 + 1
	if q1 == 4 || q100 == 4 {
		return y - 1, 12, 31
	}
	var leap int64
	if isLeapYear(y) {
		leap = 1
	}
	m := int64(12)
	for m > 1 {
		start := daysBeforeMonth[m]
		if m > 2 {
			start += leap
		}
		if r >= start {
			return y, m, r - start + 1
		}
		m--
	}
	return y, 1, r + 1
}

// intArgs reads n int arguments.
func intArgs(fname string, args []interp.Value, n int) ([]int64, error) {
	if len(args) != n {
		return nil, argErr("%s() takes exactly %d arguments (%d given)", fname, n, len(args))
	}
	ints, err := indexArgs(args, 0)
	if err != nil {
		return nil, err
	}
	out := make([]int64, n)
	for i, v := range ints {
		out[i] = int64(v)
	}
	return out, nil
}

const maxOrdinal = 3652059 // 9999-12-31

// plainInts reads n arguments that are all exact ints.
func plainInts(args []interp.Value, n int) ([5]int64, bool) {
	var f [5]int64
	if len(args) != n {
		return f, false
	}
	for i, a := range args {
		v, ok := a.(interp.Int)
		if !ok {
			return f, false
		}
		f[i] = int64(v)
	}
	return f, true
}

var monthDays = [13]int64{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func monthLength(y, m int64) int64 {
	if m == 2 && isLeapYear(y) {
		return 29
	}
	return monthDays[m]
}

func init() {
	register("_datetime_native", func(t *interp.Thread, m *interp.Module) error {
		setFuncs(m.Dict, funcs{
			// local_zone(secs) -> (utcoffset seconds, zone name) of the
			// local time zone at POSIX time secs (an int).
			"local_zone": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				if len(args) != 1 {
					return nil, argErr("local_zone() takes exactly one argument")
				}
				secs, err := secondsArg(args[0])
				if err != nil {
					return nil, err
				}
				if math.IsInf(secs, 0) || math.Abs(secs) > 1e17 {
					return nil, interp.Errorf(interp.OverflowErrorType, "timestamp out of range for platform time_t")
				}
				name, off := time.Unix(int64(math.Floor(secs)), 0).Local().Zone()
				return interp.Tuple{interp.Int(off), interp.Str(name)}, nil
			},
			"ymd_to_ord": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				a, err := intArgs("ymd_to_ord", args, 3)
				if err != nil {
					return nil, err
				}
				if a[1] < 1 || a[1] > 12 {
					return nil, interp.Errorf(interp.ValueErrorType, "month must be in 1..12")
				}
				return interp.Int(civilToOrdinal(a[0], a[1], a[2])), nil
			},
			"ord_to_ymd": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				a, err := intArgs("ord_to_ymd", args, 1)
				if err != nil {
					return nil, err
				}
				y, m, d := ordinalToCivil(a[0])
				return interp.Tuple{interp.Int(y), interp.Int(m), interp.Int(d)}, nil
			},
			// shift(y, m, d, hh, mi, ss, us, delta_us) -> the 7 fields moved
			// by delta_us microseconds, or None past year 1..9999.
			"shift": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				if len(args) != 8 {
					return nil, argErr("shift() takes exactly 8 arguments")
				}
				var delta int64
				switch x := args[7].(type) {
				case interp.Int:
					delta = int64(x)
				default:
					// a big int moves any datetime out of range
					return interp.None, nil
				}
				a, err := intArgs("shift", args[:7], 7)
				if err != nil {
					return nil, err
				}
				const usPerDay = 86400000000
				if delta > 4e17 || delta < -4e17 {
					return interp.None, nil
				}
				tod := ((a[3]*60+a[4])*60+a[5])*1000000 + a[6] + delta
				days, tod := floorDivMod(tod, usPerDay)
				ord := civilToOrdinal(a[0], a[1], a[2]) + days
				if ord < 1 || ord > maxOrdinal {
					return interp.None, nil
				}
				y, m, d := a[0], a[1], a[2]
				if days != 0 {
					y, m, d = ordinalToCivil(ord)
				}
				secs, us := tod/1000000, tod%1000000
				return interp.Tuple{interp.Int(y), interp.Int(m), interp.Int(d),
					interp.Int(secs / 3600), interp.Int(secs / 60 % 60), interp.Int(secs % 60), interp.Int(us)}, nil
			},
			"parse_iso": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				if len(args) != 2 {
					return nil, argErr("parse_iso() takes exactly 2 arguments")
				}
				s, ok := args[0].(interp.Str)
				kind, ok2 := args[1].(interp.Str)
				if !ok || !ok2 {
					return nil, argErr("parse_iso() arguments must be str")
				}
				return parseISO(string(s), string(kind)), nil
			},
			// check_date(y, m, d) and check_time(h, mi, s, us, fold) raise
			// the constructors' ValueErrors for fields out of range; they
			// return False, checking nothing, unless every field is an int.
			"check_date": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				f, ok := plainInts(args, 3)
				if !ok {
					return interp.False, nil
				}
				switch {
				case f[0] < 1 || f[0] > 9999:
					return nil, interp.Errorf(interp.ValueErrorType, "year %d is out of range", f[0])
				case f[1] < 1 || f[1] > 12:
					return nil, interp.Errorf(interp.ValueErrorType, "month must be in 1..12")
				case f[2] < 1 || f[2] > monthLength(f[0], f[1]):
					return nil, interp.Errorf(interp.ValueErrorType, "day is out of range for month")
				}
				return interp.True, nil
			},
			"check_time": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				f, ok := plainInts(args, 5)
				if !ok {
					return interp.False, nil
				}
				switch {
				case f[0] < 0 || f[0] > 23:
					return nil, interp.Errorf(interp.ValueErrorType, "hour must be in 0..23")
				case f[1] < 0 || f[1] > 59:
					return nil, interp.Errorf(interp.ValueErrorType, "minute must be in 0..59")
				case f[2] < 0 || f[2] > 59:
					return nil, interp.Errorf(interp.ValueErrorType, "second must be in 0..59")
				case f[3] < 0 || f[3] > 999999:
					return nil, interp.Errorf(interp.ValueErrorType, "microsecond must be in 0..999999")
				case f[4] != 0 && f[4] != 1:
					return nil, interp.Errorf(interp.ValueErrorType, "fold must be either 0 or 1")
				}
				return interp.True, nil
			},
			"set_display": setDisplay,
		})
		return nil
	}, "")
}

// The ISO 8601 parsers behind fromisoformat, accepting what CPython
// 3.11's do: dates as YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] and YYYYWww[D];
// times as HH[:MM[:SS[.f+]]] or HH[MM[SS[f+]]] (fraction after '.' or ',',
// digits past the sixth dropped) with an optional Z or +/-HH[:MM[:SS[.f]]]
// offset; a datetime joins the two with any one character.

func isoDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isoAtoi(s string) int64 {
	var n int64
	for i := 0; i < len(s); i++ {
		n = n*10 + int64(s[i]-'0')
	}
	return n
}

// week1Monday returns the ordinal of the Monday of ISO week 1 of year y.
func week1Monday(y int64) int64 {
	jan1 := civilToOrdinal(y, 1, 1)
	_, wd := floorDivMod(jan1+6, 7) // Monday = 0
	monday := jan1 - wd
	if wd > 3 {
		monday += 7
	}
	return monday
}

// isoWeekOrdinal returns the ordinal of ISO year, week and day.
func isoWeekOrdinal(y, week, day int64) (int64, bool) {
	if week < 1 || week > 53 || (week == 53 && week1Monday(y+1)-week1Monday(y) != 371) {
		return 0, false
	}
	if day < 1 || day > 7 {
		return 0, false
	}
	return week1Monday(y) + (week-1)*7 + day - 1, true
}

// isoDate parses a date from the start of s; like CPython's, it ignores
// what follows a complete date.
func isoDate(s string) (y, m, d int64, ok bool) {
	n := len(s)
	digits := func(pos, k int) bool { return pos+k <= n && isoDigits(s[pos:pos+k]) }
	if !digits(0, 4) {
		return
	}
	y = isoAtoi(s[:4])
	pos := 4
	ext := pos < n && s[pos] == '-'
	if ext {
		pos++
	}
	if pos < n && s[pos] == 'W' {
		pos++
		if !digits(pos, 2) {
			return
		}
		week := isoAtoi(s[pos : pos+2])
		pos += 2
		day := int64(1)
		if pos < n {
			if ext {
				if s[pos] != '-' {
					return
				}
				pos++
			}
			if !digits(pos, 1) {
				return
			}
			day = int64(s[pos] - '0')
		}
		o, good := isoWeekOrdinal(y, week, day)
		if !good || o < 1 || o > maxOrdinal {
			return
		}
		y, m, d = ordinalToCivil(o)
		return y, m, d, true
	}
	if !digits(pos, 2) {
		return
	}
	m = isoAtoi(s[pos : pos+2])
	pos += 2
	if ext {
		if pos >= n || s[pos] != '-' {
			return
		}
		pos++
	}
	if !digits(pos, 2) {
		return
	}
	return y, m, isoAtoi(s[pos : pos+2]), true
}

// isoClock parses hours, minutes, seconds and a fraction. Its status is
// 0 when t is all used, 1 when something is left over (which CPython
// accepts before a UTC offset) and -1 when t is malformed.
func isoClock(t string) (f [4]int64, status int) {
	n, pos := len(t), 0
	ext := false
	for i := 0; i < 3; i++ {
		if pos+2 > n || !isoDigits(t[pos:pos+2]) {
			return f, -1
		}
		f[i] = isoAtoi(t[pos : pos+2])
		pos += 2
		var c byte
		if pos < n {
			c = t[pos]
		}
		pos++
		if pos >= n {
			if c != 0 {
				return f, 1
			}
			return f, 0
		}
		if i == 0 {
			ext = c == ':'
		}
		if ext && c == ':' {
			continue
		}
		if c == '.' || c == ',' {
			break
		}
		if ext {
			return f, -1
		}
		pos-- // the basic form: c starts the next field
	}
	take := n - pos
	if take > 6 {
		take = 6
	}
	if !isoDigits(t[pos : pos+take]) {
		return f, -1
	}
	us := isoAtoi(t[pos : pos+take])
	for k := take; k < 6; k++ {
		us *= 10
	}
	f[3] = us
	pos += take
	for pos < n && t[pos] >= '0' && t[pos] <= '9' {
		pos++
	}
	if pos < n {
		return f, 1
	}
	return f, 0
}

// isoTime parses a time with an optional offset; tz reports an offset.
func isoTime(t string) (f [4]int64, tz bool, tzsecs, tzus int64, ok bool) {
	cut := strings.IndexAny(t, "+-Z")
	if cut < 0 {
		f, st := isoClock(t)
		return f, false, 0, 0, st == 0
	}
	f, st := isoClock(t[:cut])
	if st < 0 {
		return f, false, 0, 0, false
	}
	if t[cut] == 'Z' {
		return f, true, 0, 0, cut == len(t)-1
	}
	off, st := isoClock(t[cut+1:])
	if st != 0 {
		return f, false, 0, 0, false
	}
	tzsecs = off[0]*3600 + off[1]*60 + off[2]
	tzus = off[3]
	if t[cut] == '-' {
		tzsecs, tzus = -tzsecs, -tzus
	}
	return f, true, tzsecs, tzus, true
}

// isoDateLength returns where the date part of an ISO datetime ends (-1
// when it cannot tell), as CPython 3.11 finds its separator.
func isoDateLength(r []rune) int {
	n := len(r)
	at := func(i int) rune {
		if i < n {
			return r[i]
		}
		return 0
	}
	if n == 7 {
		return 7
	}
	if at(4) == '-' {
		if at(5) != 'W' {
			return 10
		}
		if n < 8 {
			return -1
		}
		if n > 8 && r[8] == '-' {
			if n == 9 {
				return -1
			}
			if n > 10 && r[10] >= '0' && r[10] <= '9' {
				return 8
			}
			return 10
		}
		return 8
	}
	if at(4) == 'W' {
		i := 7
		for i < n && r[i] >= '0' && r[i] <= '9' {
			i++
		}
		if i < 9 {
			return i
		}
		if i%2 == 0 {
			return 7
		}
		return 8
	}
	return 8
}

// parseISO implements parse_iso(s, kind): kind is "date", "time" or
// "datetime"; the result is (year, month, day, hour, minute, second,
// microsecond, offset seconds or None, offset microseconds), or None when
// s is not in a form the kind accepts.
func parseISO(s, kind string) interp.Value {
	var y, m, d int64 = 1, 1, 1
	var clock [4]int64
	var tz bool
	var tzsecs, tzus int64
	ok := false
	switch kind {
	case "date":
		if n := len(s); n == 7 || n == 8 || n == 10 {
			y, m, d, ok = isoDate(s)
		}
	case "time":
		clock, tz, tzsecs, tzus, ok = isoTime(strings.TrimPrefix(s, "T"))
	default:
		r := []rune(s)
		if len(r) < 7 {
			break
		}
		cut := isoDateLength(r)
		if cut < 0 {
			break
		}
		if cut > len(r) {
			cut = len(r)
		}
		if y, m, d, ok = isoDate(string(r[:cut])); ok && len(r) > cut {
			clock, tz, tzsecs, tzus, ok = isoTime(string(r[cut+1:]))
		}
	}
	if !ok {
		return interp.None
	}
	var off interp.Value = interp.None
	if tz {
		off = interp.Int(tzsecs)
	}
	return interp.Tuple{interp.Int(y), interp.Int(m), interp.Int(d), interp.Int(clock[0]),
		interp.Int(clock[1]), interp.Int(clock[2]), interp.Int(clock[3]), off, interp.Int(tzus)}
}
