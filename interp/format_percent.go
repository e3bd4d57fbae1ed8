package interp

import (
	"strings"

	"github.com/rebeam/rebeam/internal/pyfmt"
)

// format_percent.go implements printf-style formatting, str % args and
// bytes % args, over pyfmt's parser and number layout: the interpreter
// fetches the arguments, converts them and raises the errors in
// CPython's order (see pyfmt.PercentItem).

// percentFormat implements str % args.
func percentFormat(t *Thread, s string, arg Value) (Value, error) {
	return percentFormatMode(t, s, arg, false)
}

// bytesPercentFormat implements bytes % args: s holds raw bytes, %s and
// %b take bytes-like values (or __bytes__), %r and %a give ascii(), %c
// takes an int or a bytes of length 1. The result's Str holds raw bytes.
func bytesPercentFormat(t *Thread, s string, arg Value) (Value, error) {
	return percentFormatMode(t, s, arg, true)
}

// bytesForPercent is the operand of a bytes %s or %b.
func bytesForPercent(t *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case Bytes:
		return string(x), nil
	case *ByteArray:
		return string(x.B), nil
	case *MemoryView:
		return string(x.bytes()), nil
	}
	if m := lookupDunder(v, "__bytes__"); m != nil {
		r, err := callDunder(t, m, v)
		if err != nil {
			return "", err
		}
		if b, ok := r.(Bytes); ok {
			return string(b), nil
		}
		return "", Errorf(TypeErrorType, "__bytes__ returned non-bytes (type %s)", TypeName(r))
	}
	if o, ok := v.(*Object); ok && o.Base != nil {
		return bytesForPercent(t, o.Base)
	}
	return "", Errorf(TypeErrorType, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", TypeName(v))
}

// percentArgs hands out the right operand of % as CPython does: the items
// of a tuple one by one, any other object once; a %(key) directive makes
// the value found the only argument left.
type percentArgs struct {
	items  []Value
	single Value // the one argument when the operand is not a tuple
	next   int   // the next item; for a single argument, 1 once taken
}

func (a *percentArgs) get() (Value, error) {
	if a.single != nil {
		if a.next > 0 {
			return nil, FromPyfmtError(pyfmt.PercentNotEnoughArgs(), "")
		}
		a.next = 1
		return a.single, nil
	}
	if a.next >= len(a.items) {
		return nil, FromPyfmtError(pyfmt.PercentNotEnoughArgs(), "")
	}
	a.next++
	return a.items[a.next-1], nil
}

func (a *percentArgs) left() bool {
	if a.single != nil {
		return a.next == 0
	}
	return a.next < len(a.items)
}

// percentMapping reports whether the right operand of % serves %(key)
// directives: any object with __getitem__ but a tuple, a str and, for
// bytes % args, a bytes or bytearray.
func percentMapping(arg Value, bytesMode bool) bool {
	switch payload(arg).(type) {
	case Tuple, Str:
		return false
	case Bytes, *ByteArray:
		return !bytesMode
	}
	return lookupDunder(arg, "__getitem__") != nil
}

var percentTemplates, bytesPercentTemplates templateCache[[]pyfmt.PercentItem]

func percentFormatMode(t *Thread, s string, arg Value, bytesMode bool) (Value, error) {
	var items []pyfmt.PercentItem
	if bytesMode {
		items, _ = bytesPercentTemplates.parse(s, pyfmt.ParseBytesPercent)
	} else {
		items, _ = percentTemplates.parse(s, pyfmt.ParsePercent)
	}
	args := &percentArgs{}
	if tup, ok := payload(arg).(Tuple); ok { // a tuple subclass too
		args.items = tup
	} else {
		args.single = arg
	}
	var mapping Value
	if percentMapping(arg, bytesMode) {
		mapping = arg
	}
	var b strings.Builder
	for i := range items {
		item := items[i] // a copy: a '*' sets its width or precision
		it := &item
		if it.Conv == 0 && it.Err == nil {
			b.WriteString(it.Literal)
			continue
		}
		if it.HasKey {
			if mapping == nil {
				return nil, FromPyfmtError(pyfmt.PercentNeedsMapping(), "")
			}
			if it.ErrAt == pyfmt.BeforeLookup {
				return nil, FromPyfmtError(it.Err, "")
			}
			var key Value = Str(it.Key)
			if bytesMode {
				key = Bytes(it.Key)
			}
			v, err := GetItem(t, mapping, key)
			if err != nil {
				return nil, err
			}
			args = &percentArgs{single: v}
		}
		if it.WidthStar {
			w, err := percentStar(args, "ssize_t")
			if err != nil {
				return nil, err
			}
			if w > pyfmt.MaxWidth || -w > pyfmt.MaxWidth {
				return nil, Errorf(MemoryErrorType, "")
			}
			it.SetStarWidth(w)
		}
		if it.PrecStar {
			p, err := percentStar(args, "int")
			if err != nil {
				return nil, err
			}
			it.SetStarPrec(p)
		}
		if it.ErrAt == pyfmt.BeforeValue {
			return nil, FromPyfmtError(it.Err, "")
		}
		v, err := args.get()
		if err != nil {
			return nil, err
		}
		if it.ErrAt == pyfmt.AfterValue {
			return nil, FromPyfmtError(it.Err, "")
		}
		out, err := percentDirective(t, it, v, bytesMode)
		if err != nil {
			return nil, err
		}
		b.WriteString(out)
	}
	if args.left() && mapping == nil {
		if bytesMode {
			return nil, Errorf(TypeErrorType, "not all arguments converted during bytes formatting")
		}
		return nil, FromPyfmtError(pyfmt.PercentNotAllConverted(), "")
	}
	if bytesMode {
		return Bytes(b.String()), nil
	}
	return Str(b.String()), nil
}

// percentStar fetches the int argument of a '*' width or precision; cType
// names the C type CPython converts it to, for the OverflowError.
func percentStar(args *percentArgs, cType string) (int, error) {
	v, err := args.get()
	if err != nil {
		return 0, err
	}
	iv, ok := asIntValue(v)
	if !ok {
		return 0, FromPyfmtError(pyfmt.PercentStarWantsInt(), "")
	}
	b := bigOf(iv)
	limit := int64(1<<63 - 1)
	if cType == "int" {
		limit = 1<<31 - 1
	}
	if !b.IsInt64() || b.Int64() > limit || b.Int64() < -limit-1 {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C %s", cType)
	}
	return int(b.Int64()), nil
}

// percentDirective formats v for one directive.
func percentDirective(t *Thread, it *pyfmt.PercentItem, v Value, bytesMode bool) (string, error) {
	switch it.Conv {
	case 's', 'r', 'a', 'b':
		var r string
		var err error
		switch {
		case bytesMode && (it.Conv == 's' || it.Conv == 'b'):
			r, err = bytesForPercent(t, v)
		case it.Conv == 's':
			r, err = ToStr(t, v)
		default:
			if r, err = Repr(t, v); bytesMode || it.Conv == 'a' {
				r = asciiEscape(r)
			}
		}
		if err != nil {
			return "", err
		}
		if bytesMode {
			return percentBytes(r, it), nil
		}
		return pyfmt.PercentStr(r, it), nil
	case 'c':
		if bytesMode {
			return percentByteChar(t, it, v)
		}
		if s, ok := payload(v).(Str); ok {
			if strLen(string(s)) != 1 {
				return "", FromPyfmtError(pyfmt.PercentTypeError('c', "str"), "")
			}
			return pyfmt.PercentStr(string(s), it), nil
		}
		iv, ok, err := percentIndex(t, v)
		if err != nil {
			return "", err
		}
		if !ok {
			return "", FromPyfmtError(pyfmt.PercentTypeError('c', TypeName(v)), "")
		}
		r, err := pyfmt.PercentChar(bigOf(iv), it)
		if err != nil {
			return "", FromPyfmtError(err, "")
		}
		return r, nil
	case 'd', 'i', 'u', 'o', 'x', 'X':
		iv, err := percentInt(t, it.Conv, v)
		if err != nil {
			return "", err
		}
		if n, ok := iv.(Int); ok {
			return pyfmt.PercentInt64(int64(n), it), nil
		}
		b := bigOf(iv)
		if lim := intMaxStrDigits.Load(); lim > 0 && strings.ContainsRune("diu", it.Conv) && float64(b.BitLen()) > float64(lim)*3.32 {
			// Near the limit on digits: count them exactly.
			if _, err := bigDecimal(b); err != nil {
				return "", err
			}
		}
		return pyfmt.PercentInt(b, it), nil
	}
	// e E f F g G
	f, err := percentFloat(t, v)
	if err != nil {
		return "", err
	}
	return pyfmt.PercentFloat(f, it), nil
}

// percentBytes pads and cuts r, raw bytes, counting bytes.
func percentBytes(r string, it *pyfmt.PercentItem) string {
	if it.HasPrec && it.Prec < len(r) && it.Conv != 'c' {
		r = r[:it.Prec]
	}
	if pad := it.Width - len(r); pad > 0 {
		if it.Flags.Minus {
			return r + strings.Repeat(" ", pad)
		}
		return strings.Repeat(" ", pad) + r
	}
	return r
}

// percentByteChar is bytes' %c: an int in range(256) or one byte.
func percentByteChar(t *Thread, it *pyfmt.PercentItem, v Value) (string, error) {
	switch x := v.(type) {
	case Bytes:
		if len(x) == 1 {
			return percentBytes(string(x), it), nil
		}
	case *ByteArray:
		if len(x.B) == 1 {
			return percentBytes(string(x.B), it), nil
		}
	default:
		iv, ok, err := percentIndex(t, v)
		if err != nil {
			return "", err
		}
		if ok {
			b := bigOf(iv)
			if !b.IsInt64() || b.Int64() < 0 || b.Int64() > 255 {
				return "", Errorf(OverflowErrorType, "%%c arg not in range(256)")
			}
			return percentBytes(string([]byte{byte(b.Int64())}), it), nil
		}
	}
	return "", Errorf(TypeErrorType, "%%c requires an integer in range(256) or a single byte")
}

// percentIndex is v as an int through __index__; ok is false when v has
// none.
func percentIndex(t *Thread, v Value) (Value, bool, error) {
	if iv, ok := asIntValue(v); ok {
		return iv, true, nil
	}
	m := lookupDunder(v, "__index__")
	if m == nil {
		return nil, false, nil
	}
	r, err := callDunder(t, m, v)
	if err != nil {
		return nil, false, err
	}
	iv, ok := asIntValue(r)
	if !ok {
		return nil, false, Errorf(TypeErrorType, "__index__ returned non-int (type %s)", TypeName(r))
	}
	return iv, true, nil
}

// percentInt converts the argument of an integer directive: through
// __index__ for o x X, as int() does for d i u (so a float truncates),
// and only for numbers.
func percentInt(t *Thread, conv rune, v Value) (Value, error) {
	if conv == 'o' || conv == 'x' || conv == 'X' {
		iv, ok, err := percentIndex(t, v)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, FromPyfmtError(pyfmt.PercentTypeError(conv, TypeName(v)), "")
		}
		return iv, nil
	}
	if iv, ok := asIntValue(v); ok {
		return iv, nil
	}
	if !isNumber(v) {
		return nil, FromPyfmtError(pyfmt.PercentTypeError(conv, TypeName(v)), "")
	}
	iv, err := intFromArgs(t, v, nil)
	if e, ok := err.(*Exception); ok && IsSubtype(e.Type(), TypeErrorType) {
		return nil, FromPyfmtError(pyfmt.PercentTypeError(conv, TypeName(v)), "")
	}
	return iv, err
}

// isNumber reports what CPython's PyNumber_Check does: an int, float or
// complex, or an object with __index__, __int__ or __float__.
func isNumber(v Value) bool {
	switch x := v.(type) {
	case Int, Bool, *BigInt, Float, Complex:
		return true
	case *Object:
		if x.Base != nil && isNumber(x.Base) {
			return true
		}
	}
	for _, name := range []string{"__index__", "__int__", "__float__"} {
		if lookupDunder(v, name) != nil {
			return true
		}
	}
	return false
}

// percentFloat converts the argument of a float directive as float()
// converts a number (not a string).
func percentFloat(t *Thread, v Value) (float64, error) {
	if f, ok := ToFloat(v); ok {
		return f, nil
	}
	if _, isStr := v.(Str); !isStr && isNumber(v) {
		if _, isComplex := v.(Complex); !isComplex {
			r, err := floatFrom(t, v)
			if e, ok := err.(*Exception); ok && IsSubtype(e.Type(), TypeErrorType) {
				return 0, FromPyfmtError(pyfmt.PercentTypeError('f', TypeName(v)), "")
			}
			if err != nil {
				return 0, err
			}
			return float64(r.(Float)), nil
		}
	}
	return 0, FromPyfmtError(pyfmt.PercentTypeError('f', TypeName(v)), "")
}
