package stdlib

import (
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/rebeam/rebeam/internal/pyfmt"
	"github.com/rebeam/rebeam/interp"
)

// The json module: the encoder and the scanner are Go (_encode and
// _decode below); JSONEncoder, JSONDecoder, JSONDecodeError and the
// dumps/loads entry points are Python in jsonPrelude, as thin as CPython's
// json package over its C accelerator.

func init() {
	register("json", func(t *interp.Thread, m *interp.Module) error {
		setFuncs(m.Dict, funcs{"_encode": jsonEncode, "_decode": jsonDecode, "_encode_basestring": jsonEscapeFn(false), "_encode_basestring_ascii": jsonEscapeFn(true)})
		m.Dict.SetStr("__path__", interp.NewList(nil))
		return nil
	}, jsonPrelude)
	// json.decoder and json.encoder hold the classes, as CPython's
	// submodules do.
	sub := func(name string, names ...string) {
		register("json."+name, func(t *interp.Thread, m *interp.Module) error {
			parent, err := importModule(t, "json")
			if err != nil {
				return err
			}
			for _, n := range names {
				if v, ok := parent.Dict.GetStr(n); ok {
					m.Dict.SetStr(n, v)
				}
			}
			parent.Dict.SetStr(name, m)
			return nil
		}, "")
	}
	sub("decoder", "JSONDecoder", "JSONDecodeError")
	sub("encoder", "JSONEncoder")
	sub("scanner")
}

const jsonPrelude = `
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)

JSONDecodeError.__module__ = 'json.decoder'

class JSONEncoder(object):
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _encode(o, self.skipkeys, self.ensure_ascii, self.check_circular, self.allow_nan,
                       self.sort_keys, indent, self.item_separator, self.key_separator, self.default)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])

JSONEncoder.__module__ = 'json.encoder'

class JSONDecoder(object):
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, 0, True)
        return obj

    def raw_decode(self, s, idx=0, _whole=False):
        return _decode(s, idx, _whole, self.strict, self.object_hook, self.object_pairs_hook,
                       None if self.parse_float is float else self.parse_float,
                       None if self.parse_int is int else self.parse_int,
                       self.parse_constant, JSONDecodeError)

JSONDecoder.__module__ = 'json.decoder'

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()

def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None and not kw:
        if separators is not None:
            item_sep, key_sep = separators
        elif indent is not None:
            item_sep, key_sep = ',', ': '
        else:
            item_sep, key_sep = ', ', ': '
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent,
                       item_sep, key_sep, default or _default_encoder.default)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)

def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))

def _text(s):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
        return s
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    s = bytes(s)
    return s.decode(detect_encoding(s))

def detect_encoding(b):
    # A byte order mark names the codec; without one, JSON text starts
    # with an ASCII character, so the zero bytes around it tell the width
    # and the byte order.
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if b.startswith((b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff')):
        return 'utf-32'
    if b.startswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'

def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    s = _text(s)
    if cls is None and not kw:
        obj, end = _decode(s, 0, True, True, object_hook, object_pairs_hook, parse_float, parse_int,
                           parse_constant, JSONDecodeError)
        return obj
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)

def load(fp, **kw):
    return loads(fp.read(), **kw)
`

// jsonEncoder holds the options of one encoding.
type jsonEncoder struct {
	t                                                        *interp.Thread
	skipkeys, ensureASCII, checkCircular, allowNaN, sortKeys bool
	indent                                                   string
	hasIndent                                                bool
	itemSep, keySep                                          string
	dflt                                                     interp.Value
	buf                                                      []byte
	seen                                                     map[any]bool
	depth                                                    int
}

func jsonEncode(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if len(args) != 10 {
		return nil, argErr("_encode takes 10 arguments")
	}
	e := &jsonEncoder{t: t, dflt: args[9]}
	var err error
	truth := func(v interp.Value) bool {
		b, e2 := interp.Truth(t, v)
		if e2 != nil {
			err = e2
		}
		return b
	}
	e.skipkeys, e.ensureASCII, e.checkCircular, e.allowNaN, e.sortKeys = truth(args[1]), truth(args[2]), truth(args[3]), truth(args[4]), truth(args[5])
	if err != nil {
		return nil, err
	}
	if s, ok := args[6].(interp.Str); ok {
		e.indent, e.hasIndent = string(s), true
	}
	is, ok1 := args[7].(interp.Str)
	ks, ok2 := args[8].(interp.Str)
	if !ok1 || !ok2 {
		return nil, argErr("make_encoder() argument 6 must be str, not %s", interp.TypeName(args[7]))
	}
	e.itemSep, e.keySep = string(is), string(ks)
	if e.checkCircular {
		e.seen = map[any]bool{}
	}
	if err := e.encode(args[0]); err != nil {
		return nil, err
	}
	return interp.Str(e.buf), nil
}

func (e *jsonEncoder) newline() {
	if e.hasIndent {
		e.buf = append(e.buf, '\n')
		for i := 0; i < e.depth; i++ {
			e.buf = append(e.buf, e.indent...)
		}
	}
}

func (e *jsonEncoder) floatText(f float64) (string, error) {
	switch {
	case math.IsNaN(f):
		if !e.allowNaN {
			return "", interp.Errorf(interp.ValueErrorType, "Out of range float values are not JSON compliant")
		}
		return "NaN", nil
	case math.IsInf(f, 1):
		if !e.allowNaN {
			return "", interp.Errorf(interp.ValueErrorType, "Out of range float values are not JSON compliant")
		}
		return "Infinity", nil
	case math.IsInf(f, -1):
		if !e.allowNaN {
			return "", interp.Errorf(interp.ValueErrorType, "Out of range float values are not JSON compliant")
		}
		return "-Infinity", nil
	}
	return pyfmt.FloatRepr(f), nil
}

func (e *jsonEncoder) enter(key any) error {
	if e.seen != nil {
		if e.seen[key] {
			return interp.Errorf(interp.ValueErrorType, "Circular reference detected")
		}
		e.seen[key] = true
	}
	return nil
}

func (e *jsonEncoder) leave(key any) {
	if e.seen != nil {
		delete(e.seen, key)
	}
}

func (e *jsonEncoder) encode(v interp.Value) error {
	switch x := v.(type) {
	case interp.NoneType:
		e.buf = append(e.buf, "null"...)
		return nil
	case interp.Bool:
		if x {
			e.buf = append(e.buf, "true"...)
		} else {
			e.buf = append(e.buf, "false"...)
		}
		return nil
	case interp.Int:
		e.buf = strconv.AppendInt(e.buf, int64(x), 10)
		return nil
	case *interp.BigInt:
		s, err := interp.Repr(e.t, x) // int.__repr__, limited in digits
		if err != nil {
			return err
		}
		e.buf = append(e.buf, s...)
		return nil
	case interp.Float:
		s, err := e.floatText(float64(x))
		if err != nil {
			return err
		}
		e.buf = append(e.buf, s...)
		return nil
	case interp.Str:
		e.buf = appendJSONString(e.buf, string(x), e.ensureASCII)
		return nil
	case *interp.List:
		return e.encodeList(x, x.Items)
	case interp.Tuple:
		if len(x) == 0 {
			e.buf = append(e.buf, "[]"...)
			return nil
		}
		return e.encodeList(&x[0], x)
	case *interp.Dict:
		return e.encodeDict(x, x)
	case *interp.Object:
		switch b := x.Base.(type) {
		case interp.Int, *interp.BigInt, interp.Float, interp.Str, interp.Bool:
			return e.encode(b)
		case *interp.List:
			return e.encodeList(x, b.Items)
		case interp.Tuple:
			return e.encodeList(x, b)
		case *interp.Dict:
			return e.encodeDict(x, b)
		}
	}
	if err := e.enter(v); err != nil {
		return err
	}
	r, err := e.t.Call(e.dflt, []interp.Value{v}, nil)
	if err != nil {
		return err
	}
	if err := e.encode(r); err != nil {
		return err
	}
	e.leave(v)
	return nil
}

func (e *jsonEncoder) encodeList(key any, items []interp.Value) error {
	if len(items) == 0 {
		e.buf = append(e.buf, "[]"...)
		return nil
	}
	if err := e.enter(key); err != nil {
		return err
	}
	e.buf = append(e.buf, '[')
	e.depth++
	e.newline()
	for i, it := range items {
		if i > 0 {
			e.buf = append(e.buf, e.itemSep...)
			e.newline()
		}
		if err := e.encode(it); err != nil {
			return err
		}
	}
	e.depth--
	e.newline()
	e.buf = append(e.buf, ']')
	e.leave(key)
	return nil
}

// keyText converts a dict key to its JSON string, or reports skip.
func (e *jsonEncoder) keyText(k interp.Value) (string, bool, error) {
	if o, ok := k.(*interp.Object); ok && o.Base != nil {
		switch o.Base.(type) {
		case interp.Str, interp.Int, *interp.BigInt, interp.Float:
			k = o.Base
		}
	}
	switch x := k.(type) {
	case interp.Str:
		return string(x), true, nil
	case interp.Bool:
		if x {
			return "true", true, nil
		}
		return "false", true, nil
	case interp.NoneType:
		return "null", true, nil
	case interp.Int:
		return strconv.FormatInt(int64(x), 10), true, nil
	case *interp.BigInt:
		s, err := interp.Repr(e.t, x)
		return s, true, err
	case interp.Float:
		s, err := e.floatText(float64(x))
		return s, true, err
	}
	if e.skipkeys {
		return "", false, nil
	}
	return "", false, argErr("keys must be str, int, float, bool or None, not %s", interp.TypeName(k))
}

func (e *jsonEncoder) encodeDict(key any, d *interp.Dict) error {
	if d.Len() == 0 {
		e.buf = append(e.buf, "{}"...)
		return nil
	}
	if err := e.enter(key); err != nil {
		return err
	}
	type kv struct{ k, v interp.Value }
	items := make([]kv, 0, d.Len())
	d.Items(func(k, v interp.Value) bool {
		items = append(items, kv{k, v})
		return true
	})
	if e.sortKeys {
		var serr error
		sort.SliceStable(items, func(i, j int) bool {
			if serr != nil {
				return false
			}
			if a, ok := items[i].k.(interp.Str); ok {
				if b, ok := items[j].k.(interp.Str); ok {
					return a < b
				}
			}
			lt, err := interp.Less(e.t, items[i].k, items[j].k)
			if err != nil {
				serr = err
			}
			return lt
		})
		if serr != nil {
			return serr
		}
	}
	e.buf = append(e.buf, '{')
	e.depth++
	e.newline()
	first := true
	for _, it := range items {
		ks, ok, err := e.keyText(it.k)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if !first {
			e.buf = append(e.buf, e.itemSep...)
			e.newline()
		}
		first = false
		e.buf = appendJSONString(e.buf, ks, e.ensureASCII)
		e.buf = append(e.buf, e.keySep...)
		if err := e.encode(it.v); err != nil {
			return err
		}
	}
	e.depth--
	e.newline()
	e.buf = append(e.buf, '}')
	e.leave(key)
	return nil
}

const hexDigits = "0123456789abcdef"

func appendU4(buf []byte, r rune) []byte {
	return append(buf, '\\', 'u', hexDigits[r>>12&15], hexDigits[r>>8&15], hexDigits[r>>4&15], hexDigits[r&15])
}

// appendJSONString appends s as a JSON string literal; s is WTF-8 (a lone
// surrogate is its 3-byte form).
func appendJSONString(buf []byte, s string, ascii bool) []byte {
	buf = append(buf, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && !(ascii && c == 0x7f) {
				i++
				continue
			}
			buf = append(buf, s[start:i]...)
			switch c {
			case '"':
				buf = append(buf, '\\', '"')
			case '\\':
				buf = append(buf, '\\', '\\')
			case '\n':
				buf = append(buf, '\\', 'n')
			case '\r':
				buf = append(buf, '\\', 'r')
			case '\t':
				buf = append(buf, '\\', 't')
			case '\b':
				buf = append(buf, '\\', 'b')
			case '\f':
				buf = append(buf, '\\', 'f')
			default:
				buf = appendU4(buf, rune(c))
			}
			i++
			start = i
			continue
		}
		if !ascii {
			i++
			continue
		}
		r, n := decodeWTF8(s[i:])
		buf = append(buf, s[start:i]...)
		if r > 0xffff {
			r -= 0x10000
			buf = appendU4(buf, 0xd800+(r>>10))
			buf = appendU4(buf, 0xdc00+(r&0x3ff))
		} else {
			buf = appendU4(buf, r)
		}
		i += n
		start = i
	}
	buf = append(buf, s[start:]...)
	return append(buf, '"')
}

// decodeWTF8 decodes one code point, surrogates included.
func decodeWTF8(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xed && s[1] >= 0xa0 && s[1] <= 0xbf {
		return rune(s[0]&0x0f)<<12 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	}
	r, n := utf8.DecodeRuneInString(s)
	return r, n
}

// appendWTF8 appends r, encoding a surrogate as its 3-byte form.
func appendWTF8(buf []byte, r rune) []byte {
	if r >= 0xd800 && r <= 0xdfff {
		return append(buf, byte(0xe0|r>>12), byte(0x80|(r>>6)&0x3f), byte(0x80|r&0x3f))
	}
	return utf8.AppendRune(buf, r)
}

func jsonEscapeFn(ascii bool) interp.BuiltinFunc {
	return func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		var s string
		if err := interp.UnpackArgs("encode_basestring", args, kw, "s", &s); err != nil {
			return nil, err
		}
		return interp.Str(appendJSONString(nil, s, ascii)), nil
	}
}

// jsonDecoder scans one document.
type jsonDecoder struct {
	t                                                       *interp.Thread
	s                                                       string
	strict                                                  bool
	objectHook, pairsHook, parseFloat, parseInt, parseConst interp.Value
	errCls                                                  interp.Value
	keys                                                    map[string]interp.Value
}

// jsonError is a decode error at byte offset pos (converted to a code
// point index when raised).
type jsonError struct {
	msg string
	pos int
}

func (e *jsonError) Error() string { return e.msg }

func jsonDecode(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if len(args) != 10 {
		return nil, argErr("_decode takes 10 arguments")
	}
	s, ok := args[0].(interp.Str)
	if !ok {
		if o, ok2 := args[0].(*interp.Object); ok2 {
			s, ok = o.Base.(interp.Str)
		}
		if !ok {
			return nil, argErr("first argument must be a string, not %s", interp.TypeName(args[0]))
		}
	}
	idx, err := interp.ToIndex(args[1])
	if err != nil {
		return nil, err
	}
	whole := args[2] == interp.True
	strict, _ := interp.Truth(t, args[3])
	d := &jsonDecoder{t: t, s: string(s), strict: strict, errCls: args[9], keys: map[string]interp.Value{}}
	opt := func(v interp.Value) interp.Value {
		if v == interp.None {
			return nil
		}
		return v
	}
	d.objectHook, d.pairsHook, d.parseFloat, d.parseInt, d.parseConst = opt(args[4]), opt(args[5]), opt(args[6]), opt(args[7]), opt(args[8])
	// idx counts code points; convert to a byte offset.
	pos := 0
	if idx < 0 {
		return nil, interp.Errorf(interp.ValueErrorType, "idx cannot be negative")
	}
	for n := 0; n < idx && pos < len(d.s); n++ {
		_, w := decodeWTF8(d.s[pos:])
		pos += w
	}
	if whole {
		pos = d.skipSpace(pos)
	}
	v, end, err := d.value(pos)
	if err == nil && whole {
		end2 := d.skipSpace(end)
		if end2 != len(d.s) {
			err = &jsonError{"Extra data", end2}
		}
	}
	if err != nil {
		if je, ok := err.(*jsonError); ok {
			return nil, raise(t, d.errCls, interp.Str(je.msg), s, interp.Int(d.charIndex(je.pos)))
		}
		return nil, err
	}
	if whole {
		return interp.Tuple{v, interp.Int(0)}, nil
	}
	return interp.Tuple{v, interp.Int(d.charIndex(end))}, nil
}

// charIndex converts a byte offset to a code point index.
func (d *jsonDecoder) charIndex(pos int) int {
	n := 0
	for i := 0; i < pos && i < len(d.s); {
		if d.s[i] < utf8.RuneSelf {
			i++
		} else {
			_, w := decodeWTF8(d.s[i:])
			i += w
		}
		n++
	}
	return n
}

func (d *jsonDecoder) skipSpace(i int) int {
	for i < len(d.s) {
		switch d.s[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

func (d *jsonDecoder) value(i int) (interp.Value, int, error) {
	s := d.s
	if i >= len(s) {
		return nil, i, &jsonError{"Expecting value", i}
	}
	switch c := s[i]; {
	case c == '"':
		str, end, err := d.str(i+1, false)
		return str, end, err
	case c == '{':
		return d.object(i + 1)
	case c == '[':
		return d.array(i + 1)
	case c == 'n' && strings.HasPrefix(s[i:], "null"):
		return interp.None, i + 4, nil
	case c == 't' && strings.HasPrefix(s[i:], "true"):
		return interp.True, i + 4, nil
	case c == 'f' && strings.HasPrefix(s[i:], "false"):
		return interp.False, i + 5, nil
	case c == 'N' && strings.HasPrefix(s[i:], "NaN"):
		return d.constant("NaN", math.NaN(), i+3)
	case c == 'I' && strings.HasPrefix(s[i:], "Infinity"):
		return d.constant("Infinity", math.Inf(1), i+8)
	case c == '-' && strings.HasPrefix(s[i:], "-Infinity"):
		return d.constant("-Infinity", math.Inf(-1), i+9)
	case c == '-' || c >= '0' && c <= '9':
		return d.number(i)
	}
	return nil, i, &jsonError{"Expecting value", i}
}

func (d *jsonDecoder) constant(name string, f float64, end int) (interp.Value, int, error) {
	if d.parseConst != nil {
		v, err := d.t.Call(d.parseConst, []interp.Value{interp.Str(name)}, nil)
		return v, end, err
	}
	return interp.Float(f), end, nil
}

func (d *jsonDecoder) number(start int) (interp.Value, int, error) {
	s := d.s
	i := start
	if s[i] == '-' {
		i++
	}
	if i >= len(s) || s[i] < '0' || s[i] > '9' {
		return nil, start, &jsonError{"Expecting value", start}
	}
	if s[i] == '0' {
		i++
	} else {
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
	}
	isFloat := false
	if i+1 < len(s) && s[i] == '.' && s[i+1] >= '0' && s[i+1] <= '9' {
		isFloat = true
		i += 2
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && s[j] >= '0' && s[j] <= '9' {
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			i = j
			isFloat = true
		}
	}
	text := s[start:i]
	if isFloat {
		if d.parseFloat != nil {
			v, err := d.t.Call(d.parseFloat, []interp.Value{interp.Str(text)}, nil)
			return v, i, err
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !isRangeErr(err) {
			return nil, start, &jsonError{"Expecting value", start}
		}
		return interp.Float(f), i, nil
	}
	if d.parseInt != nil {
		v, err := d.t.Call(d.parseInt, []interp.Value{interp.Str(text)}, nil)
		return v, i, err
	}
	if len(text) < 19 {
		n, _ := strconv.ParseInt(text, 10, 64)
		return interp.Int(n), i, nil
	}
	if len(text) > 4300 {
		return nil, start, interp.Errorf(interp.ValueErrorType, "Exceeds the limit (4300 digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", len(strings.TrimPrefix(text, "-")))
	}
	b, _ := new(big.Int).SetString(text, 10)
	return interp.MakeBig(b), i, nil
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// str scans a string whose opening quote is at i-1; object keys are
// interned, since documents repeat them.
func (d *jsonDecoder) str(i int, key bool) (interp.Value, int, error) {
	s := d.s
	start := i
	// Fast path: no escapes.
	for j := i; j < len(s); j++ {
		c := s[j]
		if c == '"' {
			if key {
				return d.intern(s[start:j]), j + 1, nil
			}
			return interp.Str(s[start:j]), j + 1, nil
		}
		if c == '\\' {
			break
		}
		if c < 0x20 && d.strict {
			return nil, j, &jsonError{"Invalid control character at", j}
		}
	}
	var buf []byte
	j := i
	for {
		if j >= len(s) {
			return nil, start - 1, &jsonError{"Unterminated string starting at", start - 1}
		}
		c := s[j]
		switch {
		case c == '"':
			return interp.Str(buf), j + 1, nil
		case c == '\\':
			if j+1 >= len(s) {
				return nil, start - 1, &jsonError{"Unterminated string starting at", start - 1}
			}
			e := s[j+1]
			switch e {
			case '"', '\\', '/':
				buf = append(buf, e)
			case 'b':
				buf = append(buf, '\b')
			case 'f':
				buf = append(buf, '\f')
			case 'n':
				buf = append(buf, '\n')
			case 'r':
				buf = append(buf, '\r')
			case 't':
				buf = append(buf, '\t')
			case 'u':
				r, ok := hex4(s, j+2)
				if !ok {
					return nil, j + 1, &jsonError{"Invalid \\uXXXX escape", j + 1}
				}
				j += 6
				if r >= 0xd800 && r <= 0xdbff && j+1 < len(s) && s[j] == '\\' && s[j+1] == 'u' {
					if r2, ok := hex4(s, j+2); ok {
						if r2 >= 0xdc00 && r2 <= 0xdfff {
							r = 0x10000 + (r-0xd800)<<10 + (r2 - 0xdc00)
							j += 6
						}
					} else {
						return nil, j + 1, &jsonError{"Invalid \\uXXXX escape", j + 1}
					}
				}
				buf = appendWTF8(buf, r)
				continue
			default:
				return nil, j, &jsonError{"Invalid \\escape", j}
			}
			j += 2
		case c < 0x20 && d.strict:
			return nil, j, &jsonError{"Invalid control character at", j}
		default:
			buf = append(buf, c)
			j++
		}
	}
}

// hex4 reads four hex digits at i, which must leave room for a closing
// quote after them.
func hex4(s string, i int) (rune, bool) {
	if i+4 >= len(s) {
		return 0, false
	}
	var r rune
	for k := 0; k < 4; k++ {
		c := s[i+k]
		var v byte
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(v)
	}
	return r, true
}

func (d *jsonDecoder) intern(s string) interp.Value {
	if len(s) > 32 {
		return interp.Str(s)
	}
	if v, ok := d.keys[s]; ok {
		return v
	}
	var v interp.Value = interp.Str(s)
	d.keys[s] = v
	return v
}

func (d *jsonDecoder) array(i int) (interp.Value, int, error) {
	s := d.s
	items := []interp.Value{}
	i = d.skipSpace(i)
	if i < len(s) && s[i] == ']' {
		return interp.NewList(items), i + 1, nil
	}
	for {
		v, end, err := d.value(i)
		if err != nil {
			return nil, end, err
		}
		items = append(items, v)
		i = d.skipSpace(end)
		if i < len(s) && s[i] == ']' {
			return interp.NewList(items), i + 1, nil
		}
		if i >= len(s) || s[i] != ',' {
			return nil, i, &jsonError{"Expecting ',' delimiter", i}
		}
		i = d.skipSpace(i + 1)
	}
}

func (d *jsonDecoder) object(i int) (interp.Value, int, error) {
	s := d.s
	var pairs []interp.Value
	var dict *interp.Dict
	if d.pairsHook == nil {
		dict = interp.NewDict()
	}
	i = d.skipSpace(i)
	if i < len(s) && s[i] == '}' {
		return d.finishObject(dict, pairs, i+1)
	}
	for {
		if i >= len(s) || s[i] != '"' {
			return nil, i, &jsonError{"Expecting property name enclosed in double quotes", i}
		}
		k, end, err := d.str(i+1, true)
		if err != nil {
			return nil, end, err
		}
		i = d.skipSpace(end)
		if i >= len(s) || s[i] != ':' {
			return nil, i, &jsonError{"Expecting ':' delimiter", i}
		}
		i = d.skipSpace(i + 1)
		v, end, err := d.value(i)
		if err != nil {
			return nil, end, err
		}
		if dict != nil {
			dict.SetStr(string(k.(interp.Str)), v)
		} else {
			pairs = append(pairs, interp.Tuple{k, v})
		}
		i = d.skipSpace(end)
		if i < len(s) && s[i] == '}' {
			return d.finishObject(dict, pairs, i+1)
		}
		if i >= len(s) || s[i] != ',' {
			return nil, i, &jsonError{"Expecting ',' delimiter", i}
		}
		i = d.skipSpace(i + 1)
	}
}

func (d *jsonDecoder) finishObject(dict *interp.Dict, pairs []interp.Value, end int) (interp.Value, int, error) {
	if d.pairsHook != nil {
		if pairs == nil {
			pairs = []interp.Value{}
		}
		v, err := d.t.Call(d.pairsHook, []interp.Value{interp.NewList(pairs)}, nil)
		return v, end, err
	}
	if d.objectHook != nil {
		v, err := d.t.Call(d.objectHook, []interp.Value{dict}, nil)
		return v, end, err
	}
	return dict, end, nil
}
