package stdlib

import (
	"encoding/base32"
	"strings"

	"github.com/rebeam/rebeam/interp"
)

// The base64 module: Base64 (standard, URL-safe, alternative alphabets),
// Base32 (standard and extended hex), Base16, Ascii85 and Base85
// (base85.go), and the MIME line forms.

func init() {
	register("base64", func(t *interp.Thread, m *interp.Module) error {
		if _, err := importModule(t, "binascii"); err != nil {
			return err
		}
		setFuncs(m.Dict, funcs{
			"b64encode":   b64Encode,
			"b64decode":   b64Decode,
			"_b32encode":  b32Encode,
			"_b32decode":  b32Decode,
			"encodebytes": b64EncodeBytes,
		})
		setFuncs(m.Dict, base85Funcs)
		return nil
	}, base64Prelude)
}

// importModule imports name through the import statement.
func importModule(t *interp.Thread, name string) (*interp.Module, error) {
	if v, ok := t.Interp.Module(name); ok {
		if m, ok := v.(*interp.Module); ok {
			return m, nil
		}
	}
	imp, ok := t.Interp.Builtins.Dict.GetStr("__import__")
	if !ok {
		return nil, interp.Errorf(interp.ImportErrorType, "no __import__")
	}
	v, err := t.Call(imp, []interp.Value{interp.Str(name)}, nil)
	if err != nil {
		return nil, err
	}
	m, _ := v.(*interp.Module)
	return m, nil
}

const base64Prelude = `
import binascii

def standard_b64encode(s):
    return b64encode(s)

def standard_b64decode(s):
    return b64decode(s)

def urlsafe_b64encode(s):
    return b64encode(s, b'-_')

def urlsafe_b64decode(s):
    return b64decode(s, b'-_')

def b32encode(s):
    return _b32encode(s, False)

def b32hexencode(s):
    return _b32encode(s, True)

def b32decode(s, casefold=False, map01=None):
    return _b32decode(s, casefold, map01, False)

def b32hexdecode(s, casefold=False):
    return _b32decode(s, casefold, None, True)

def b16encode(s):
    return binascii.hexlify(s).upper()

def b16decode(s, casefold=False):
    s = _decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)

def _decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    try:
        return bytes(memoryview(s))
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                        % s.__class__.__name__) from None

def _buffer(b):
    return b if isinstance(b, (bytes, bytearray)) else memoryview(b).tobytes()

def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    result = _85encode(_buffer(b), False, pad, foldspaces)
    if adobe:
        result = b'<~' + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += b'~>'
    return result

def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    b = _decode_data(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError("Ascii85 encoded byte sequences must end with b'~>'")
        b = b[2:-2] if b.startswith(b'<~') else b[:-2]
    return _a85decode(b, foldspaces, ignorechars)

def b85encode(b, pad=False):
    return _85encode(_buffer(b), True, pad, False)

def b85decode(b):
    return _b85decode(_decode_data(b))

def decodebytes(s):
    if isinstance(s, str):
        raise TypeError('expected bytes-like object, not str')
    return binascii.a2b_base64(s)

def encode(input, output):
    while True:
        s = input.read(57)
        if not s:
            break
        output.write(binascii.b2a_base64(s))

def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
`

// altchars reads the altchars argument (two bytes) or "".
func altcharsArg(v interp.Value) (string, error) {
	if v == nil || v == interp.None {
		return "", nil
	}
	s, err := decodeDataArg(v)
	if err != nil {
		return "", err
	}
	if len(s) != 2 {
		return "", interp.Errorf(interp.AssertionErrorType, "%s", reprNoErr(v))
	}
	return s, nil
}

// decodeDataArg reads what base64's decoders take: a bytes-like object or
// a str of ASCII.
func decodeDataArg(v interp.Value) (string, error) {
	if _, isStr := v.(interp.Str); !isStr {
		if _, ok := bufferBytes(v); !ok {
			return "", argErr("argument should be a bytes-like object or ASCII string, not '%s'", interp.TypeName(v))
		}
	}
	return asciiArg(v)
}

func reprNoErr(v interp.Value) string {
	s, err := interp.Repr(nil, v)
	if err != nil {
		return "?"
	}
	return s
}

func b64Encode(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var s, alt interp.Value = nil, interp.None
	if err := interp.UnpackArgs("b64encode", args, kw, "s", &s, "altchars?", &alt); err != nil {
		return nil, err
	}
	data, err := bytesArg(s)
	if err != nil {
		return nil, err
	}
	a, err := altcharsArg(alt)
	if err != nil {
		return nil, err
	}
	out := b2aBase64(data, false)
	if a != "" {
		for i, c := range out {
			switch c {
			case '+':
				out[i] = a[0]
			case '/':
				out[i] = a[1]
			}
		}
	}
	return interp.Bytes(out), nil
}

func b64Decode(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var s, alt interp.Value = nil, interp.None
	validate := false
	if err := interp.UnpackArgs("b64decode", args, kw, "s", &s, "altchars?", &alt, "validate?", &validate); err != nil {
		return nil, err
	}
	data, err := decodeDataArg(s)
	if err != nil {
		return nil, err
	}
	a, err := altcharsArg(alt)
	if err != nil {
		return nil, err
	}
	if a != "" {
		b := []byte(data)
		for i, c := range b {
			switch c {
			case a[0]:
				b[i] = '+'
			case a[1]:
				b[i] = '/'
			}
		}
		data = string(b)
	}
	return a2bBase64(t, data, validate)
}

func b64EncodeBytes(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var s interp.Value
	if err := interp.UnpackArgs("encodebytes", args, kw, "s", &s); err != nil {
		return nil, err
	}
	data, err := bytesArg(s)
	if err != nil {
		return nil, argErr("expected bytes-like object, not %s", interp.TypeName(s))
	}
	var out []byte
	for i := 0; i < len(data); i += 57 {
		out = append(out, b2aBase64(data[i:min(i+57, len(data))], true)...)
	}
	return interp.Bytes(out), nil
}

func b32Encode(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	data, err := bytesArg(args[0])
	if err != nil {
		return nil, err
	}
	enc := base32.StdEncoding
	if args[1] == interp.True {
		enc = base32.HexEncoding
	}
	return interp.Bytes(enc.EncodeToString([]byte(data))), nil
}

func b32Decode(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	data, err := decodeDataArg(args[0])
	if err != nil {
		return nil, err
	}
	casefold, _ := interp.Truth(t, args[1])
	if args[2] != interp.None {
		m, err := decodeDataArg(args[2])
		if err != nil {
			return nil, err
		}
		if len(m) != 1 {
			return nil, interp.Errorf(interp.AssertionErrorType, "%s", reprNoErr(args[2]))
		}
		data = strings.NewReplacer("0", "O", "1", m).Replace(data)
	}
	if casefold {
		data = strings.ToUpper(data)
	}
	if len(data)%8 != 0 {
		return nil, binErr(t, "Incorrect padding")
	}
	enc := base32.StdEncoding
	if args[3] == interp.True {
		enc = base32.HexEncoding
	}
	out, err := enc.DecodeString(data)
	if err != nil {
		// A wrong number of padding characters is a padding error.
		trimmed := strings.TrimRight(data, "=")
		if !strings.ContainsAny(trimmed, "=") && validB32(trimmed, args[3] == interp.True) {
			return nil, binErr(t, "Incorrect padding")
		}
		return nil, binErr(t, "Non-base32 digit found")
	}
	return interp.Bytes(out), nil
}

func validB32(s string, hex bool) bool {
	alpha := "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	if hex {
		alpha = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
	}
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(alpha, s[i]) < 0 {
			return false
		}
	}
	return true
}
