package stdlib

import (
	"math"
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
	out := make([]int64, n)
	for i, a := range args {
		v, err := interp.ToIndex(a)
		if err != nil {
			return nil, err
		}
		out[i] = int64(v)
	}
	return out, nil
}

const maxOrdinal = 3652059 // 9999-12-31

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
			// set_display(cls, name) makes error messages call cls name.
			"set_display": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				if len(args) != 2 {
					return nil, argErr("set_display() takes exactly two arguments")
				}
				c, ok := args[0].(*interp.Type)
				name, ok2 := args[1].(interp.Str)
				if !ok || !ok2 {
					return nil, argErr("set_display() takes a class and a str")
				}
				c.Display = string(name)
				return interp.None, nil
			},
		})
		return nil
	}, "")
}
