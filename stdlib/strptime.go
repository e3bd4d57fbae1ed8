package stdlib

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/rebeam/rebeam/interp"
)

// The _strptime module behind time.strptime and datetime.strptime (C
// locale). _strptime(data, format) returns, as CPython's does,
// ((year, month, day, hour, minute, second, weekday, julian, isdst,
// tzname, gmtoff), fraction_microseconds, gmtoff_fraction); the datetime
// module builds its objects from that (see _strptime_datetime).

var strptimeDirectives = map[byte]string{
	'd': `(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])`,
	'f': `(?P<f>[0-9]{1,6})`,
	'H': `(?P<H>2[0-3]|[0-1]\d|\d)`,
	'I': `(?P<I>1[0-2]|0[1-9]|[1-9])`,
	'G': `(?P<G>\d\d\d\d)`,
	'j': `(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])`,
	'm': `(?P<m>1[0-2]|0[1-9]|[1-9])`,
	'M': `(?P<M>[0-5]\d|\d)`,
	'S': `(?P<S>6[0-1]|[0-5]\d|\d)`,
	'U': `(?P<U>5[0-3]|[0-4]\d|\d)`,
	'w': `(?P<w>[0-6])`,
	'u': `(?P<u>[1-7])`,
	'V': `(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)`,
	'y': `(?P<y>\d\d)`,
	'Y': `(?P<Y>\d\d\d\d)`,
	'z': `(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?i:Z))`,
	'A': `(?P<A>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))`,
	'a': `(?P<a>(?i:mon|tue|wed|thu|fri|sat|sun))`,
	'B': `(?P<B>(?i:january|february|march|april|may|june|july|august|september|october|november|december))`,
	'b': `(?P<b>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))`,
	'p': `(?P<p>(?i:am|pm))`,
	'Z': `(?P<Z>(?i:utc|gmt))`,
	'%': `%`,
}

var strptimeExpand = map[byte]string{
	'c': "%a %b %d %H:%M:%S %Y", 'x': "%m/%d/%y", 'X': "%H:%M:%S", 'W': "", 'h': "%b",
	'D': "%m/%d/%y", 'T': "%H:%M:%S", 'R': "%H:%M", 'e': "%d", 'r': "%I:%M:%S %p", 'F': "%Y-%m-%d",
}

var strptimeCache sync.Map

// strptimeRegexp compiles a format to an anchored regular expression.
func strptimeRegexp(format string) (*regexp.Regexp, error) {
	if re, ok := strptimeCache.Load(format); ok {
		return re.(*regexp.Regexp), nil
	}
	var b strings.Builder
	b.WriteString("^(?s:")
	seen := map[byte]bool{}
	var expand func(f string, depth int) error
	expand = func(f string, depth int) error {
		for i := 0; i < len(f); i++ {
			c := f[i]
			if c == '%' {
				if i+1 >= len(f) {
					return fmt.Errorf("stray %% in format '%s'", format)
				}
				i++
				d := f[i]
				if d == 'W' {
					d = 'U'
					if seen['U'] {
						b.WriteString(`(?:5[0-3]|[0-4]\d|\d)`)
						continue
					}
					seen['U'] = true
					b.WriteString(`(?P<W>5[0-3]|[0-4]\d|\d)`)
					continue
				}
				if e, ok := strptimeExpand[d]; ok && depth == 0 {
					if err := expand(e, 1); err != nil {
						return err
					}
					continue
				}
				re, ok := strptimeDirectives[d]
				if !ok {
					return fmt.Errorf("'%c' is a bad directive in format '%s'", d, format)
				}
				if seen[d] && d != '%' {
					// A repeated directive must match the same kind of text.
					re = regexp.MustCompile(`\?P<\w+>`).ReplaceAllString(re, "?:")
				}
				seen[d] = true
				b.WriteString(re)
				continue
			}
			if c == ' ' || c == '\t' || c == '\n' {
				for i+1 < len(f) && (f[i+1] == ' ' || f[i+1] == '\t' || f[i+1] == '\n') {
					i++
				}
				b.WriteString(`\s+`)
				continue
			}
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
		return nil
	}
	if err := expand(format, 0); err != nil {
		return nil, err
	}
	b.WriteString(")")
	re, err := regexp.Compile(b.String())
	if err != nil {
		return nil, err
	}
	strptimeCache.Store(format, re)
	return re, nil
}

func monthIndex(s string, names []string) int {
	s = strings.ToLower(s)
	for i, n := range names {
		if strings.ToLower(n) == s {
			return i
		}
	}
	return 0
}

func strptimeParse(t *interp.Thread, data, format string) (interp.Value, error) {
	re, err := strptimeRegexp(format)
	if err != nil {
		return nil, interp.Errorf(interp.ValueErrorType, "%s", err.Error())
	}
	m := re.FindStringSubmatchIndex(data)
	if m == nil {
		return nil, interp.Errorf(interp.ValueErrorType, "time data %s does not match format %s", reprNoErr(interp.Str(data)), reprNoErr(interp.Str(format)))
	}
	if m[1] != len(data) {
		return nil, interp.Errorf(interp.ValueErrorType, "unconverted data remains: %s", data[m[1]:])
	}
	g := map[string]string{}
	for i, name := range re.SubexpNames() {
		if name != "" && m[2*i] >= 0 {
			g[name] = data[m[2*i]:m[2*i+1]]
		}
	}
	num := func(k string) (int, bool) {
		v, ok := g[k]
		if !ok {
			return 0, false
		}
		n, _ := strconv.Atoi(strings.TrimSpace(v))
		return n, true
	}
	year, month, day := 1900, 1, 1
	hour, minute, second, fraction := 0, 0, 0, 0
	weekday, julian := -1, -1
	var tzname interp.Value = interp.None
	var gmtoff interp.Value = interp.None
	gmtoffFrac := 0
	isdst := -1
	if y, ok := num("y"); ok {
		if y <= 68 {
			year = 2000 + y
		} else {
			year = 1900 + y
		}
	}
	if y, ok := num("Y"); ok {
		year = y
	}
	isoYear, hasG := num("G")
	if v, ok := num("m"); ok {
		month = v
	}
	if v, ok := g["B"]; ok {
		month = monthIndex(v, monthFull) + 1
	}
	if v, ok := g["b"]; ok {
		month = monthIndex(v, monthAbbr) + 1
	}
	if v, ok := num("d"); ok {
		day = v
	}
	if v, ok := num("H"); ok {
		hour = v
	}
	if v, ok := num("I"); ok {
		hour = v % 12
		if p, ok := g["p"]; ok && strings.ToLower(p) == "pm" {
			hour += 12
		}
	}
	if v, ok := num("M"); ok {
		minute = v
	}
	if v, ok := num("S"); ok {
		second = v
	}
	if v, ok := g["f"]; ok {
		fraction, _ = strconv.Atoi(v + strings.Repeat("0", 6-len(v)))
	}
	if v, ok := g["A"]; ok {
		weekday = monthIndex(v, dayFull)
	}
	if v, ok := g["a"]; ok {
		weekday = monthIndex(v, dayAbbr)
	}
	if v, ok := num("w"); ok {
		weekday = (v + 6) % 7
	}
	if v, ok := num("u"); ok {
		weekday = v - 1
	}
	if v, ok := num("j"); ok {
		julian = v
	}
	if z, ok := g["z"]; ok {
		if strings.EqualFold(z, "z") {
			gmtoff = interp.Int(0)
		} else {
			sign := 1
			if z[0] == '-' {
				sign = -1
			}
			z = strings.ReplaceAll(z[1:], ":", "")
			hh, _ := strconv.Atoi(z[:2])
			mm, _ := strconv.Atoi(z[2:4])
			ss := 0
			if len(z) >= 6 {
				ss, _ = strconv.Atoi(z[4:6])
			}
			if len(z) > 7 {
				frac := z[7:]
				gmtoffFrac, _ = strconv.Atoi(frac + strings.Repeat("0", 6-len(frac)))
				gmtoffFrac *= sign
			}
			gmtoff = interp.Int(sign * (hh*3600 + mm*60 + ss))
		}
	}
	if v, ok := g["Z"]; ok {
		tzname = interp.Str(v)
		isdst = 0
	}
	_, hasY := num("Y")
	_, hasy := num("y")
	_, hasV := num("V")
	const weekdayDirectives = "a weekday directive ('%A', '%a', '%w', or '%u')."
	switch {
	case hasG && !hasY && !hasy && (!hasV || weekday < 0):
		return nil, interp.Errorf(interp.ValueErrorType, "ISO year directive '%%G' must be used with the ISO week directive '%%V' and %s", weekdayDirectives)
	case hasG && !hasY && !hasy && julian >= 0:
		return nil, interp.Errorf(interp.ValueErrorType, "Day of the year directive '%%j' is not compatible with ISO year directive '%%G'. Use '%%Y' instead.")
	case (!hasG || hasY || hasy) && hasV && weekday < 0:
		return nil, interp.Errorf(interp.ValueErrorType, "ISO week directive '%%V' must be used with the ISO year directive '%%G' and %s", weekdayDirectives)
	case (!hasG || hasY || hasy) && hasV:
		return nil, interp.Errorf(interp.ValueErrorType, "ISO week directive '%%V' is incompatible with the year directive '%%Y'. Use the ISO year '%%G' instead.")
	}
	weekNo, hasU := num("U")
	weekW, hasW := num("W")
	if julian < 0 && weekday >= 0 && (hasU || hasW) {
		// Day of the year from the week number and weekday.
		jan1 := int(time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC).Weekday()+6) % 7 // Monday = 0
		if hasU {
			firstSunday := (6 - jan1 + 7) % 7
			wd := (weekday + 1) % 7
			if weekNo == 0 {
				julian = 1 + wd - (jan1+1)%7
			} else {
				julian = firstSunday + 1 + (weekNo-1)*7 + wd
			}
		} else {
			firstMonday := (7 - jan1) % 7
			if weekW == 0 {
				julian = 1 + weekday - jan1
			} else {
				julian = firstMonday + 1 + (weekW-1)*7 + weekday
			}
		}
	}
	if hasG {
		if _, ok := num("V"); ok && weekday >= 0 {
			v, _ := num("V")
			jan4 := time.Date(isoYear, 1, 4, 0, 0, 0, 0, time.UTC)
			mon := jan4.AddDate(0, 0, -(int(jan4.Weekday()+6) % 7))
			d := mon.AddDate(0, 0, (v-1)*7+weekday)
			year, month, day = d.Year(), int(d.Month()), d.Day()
			// CPython counts the day of the year from the ISO year's
			// January 1st, past 365 for a day of the next year
			julian = int(d.Sub(time.Date(isoYear, 1, 1, 0, 0, 0, 0, time.UTC)).Hours()/24) + 1
			if julian <= 0 {
				julian = d.YearDay()
			}
		}
	}
	if julian > 0 && !(hasG) {
		d := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, julian-1)
		year, month, day = d.Year(), int(d.Month()), d.Day()
	}
	date := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if date.Month() != time.Month(month) || date.Day() != day {
		return nil, interp.Errorf(interp.ValueErrorType, "day is out of range for month")
	}
	if julian <= 0 {
		julian = date.YearDay()
	}
	if weekday < 0 {
		weekday = (int(date.Weekday()) + 6) % 7
	}
	tt := interp.Tuple{interp.Int(year), interp.Int(month), interp.Int(day), interp.Int(hour), interp.Int(minute), interp.Int(second),
		interp.Int(weekday), interp.Int(julian), interp.Int(isdst), tzname, gmtoff}
	return interp.Tuple{tt, interp.Int(fraction), interp.Int(gmtoffFrac)}, nil
}

func init() {
	register("_strptime", func(t *interp.Thread, m *interp.Module) error {
		setFuncs(m.Dict, funcs{"_strptime": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			var data, format interp.Value = nil, interp.Str("%a %b %d %H:%M:%S %Y")
			if err := interp.UnpackArgs("_strptime", args, kw, "data_string", &data, "format?", &format); err != nil {
				return nil, err
			}
			ds, ok := data.(interp.Str)
			if !ok {
				return nil, argErr("strptime() argument 0 must be str, not %s", interp.TypeName(data))
			}
			fs, ok := format.(interp.Str)
			if !ok {
				return nil, argErr("strptime() argument 1 must be str, not %s", interp.TypeName(format))
			}
			return strptimeParse(t, string(ds), string(fs))
		}})
		return nil
	}, `
def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    import time
    tt = _strptime(data_string, format)[0]
    return time.struct_time(tt[:9], tt[9], tt[10])

def _strptime_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        import datetime
        tzdelta = datetime.timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname:
            tz = datetime.timezone(tzdelta, tzname)
        else:
            tz = datetime.timezone(tzdelta)
        args += (tz,)
    return cls(*args)
`)
}
