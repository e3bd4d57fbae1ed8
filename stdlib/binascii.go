package stdlib

import (
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"math/big"
	"strings"

	"github.com/rebeam/rebeam/interp"
)

// The binascii module, and the base64 module on top of it (base64 in
// Python over these Go primitives, as CPython's is over its C binascii).

const b64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

var b64Table = func() [256]byte {
	var t [256]byte
	for i := range t {
		t[i] = 0xff
	}
	for i := 0; i < 64; i++ {
		t[b64Alphabet[i]] = byte(i)
	}
	return t
}()

// binErr raises binascii.Error.
func binErr(t *interp.Thread, format string, args ...any) error {
	var cls interp.Value = interp.ValueErrorType
	if v, ok := t.Interp.Module("binascii"); ok {
		if m, ok := v.(*interp.Module); ok {
			if c, ok := m.Dict.GetStr("Error"); ok {
				cls = c
			}
		}
	}
	return raise(t, cls, interp.Str(fmt.Sprintf(format, args...)))
}

// bytesArg reads a bytes-like argument.
func bytesArg(v interp.Value) (string, error) {
	if s, ok := bufferBytes(v); ok {
		return s, nil
	}
	return "", argErr("a bytes-like object is required, not '%s'", interp.TypeName(v))
}

// asciiArg reads a decoding argument: bytes-like, or a str of ASCII.
func asciiArg(v interp.Value) (string, error) {
	if s, ok := v.(interp.Str); ok {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return "", interp.Errorf(interp.ValueErrorType, "string argument should contain only ASCII characters")
			}
		}
		return string(s), nil
	}
	if s, ok := bufferBytes(v); ok {
		return s, nil
	}
	return "", argErr("argument should be bytes, buffer or ASCII string, not '%s'", interp.TypeName(v))
}

func b2aBase64(data string, newline bool) []byte {
	out := make([]byte, 0, (len(data)+2)/3*4+1)
	for i := 0; i < len(data); i += 3 {
		var v uint32
		n := min(3, len(data)-i)
		for k := 0; k < 3; k++ {
			v <<= 8
			if k < n {
				v |= uint32(data[i+k])
			}
		}
		out = append(out, b64Alphabet[v>>18&63], b64Alphabet[v>>12&63])
		if n > 1 {
			out = append(out, b64Alphabet[v>>6&63])
		} else {
			out = append(out, '=')
		}
		if n > 2 {
			out = append(out, b64Alphabet[v&63])
		} else {
			out = append(out, '=')
		}
	}
	if newline {
		out = append(out, '\n')
	}
	return out
}

func a2bBase64(t *interp.Thread, s string, strict bool) (interp.Value, error) {
	var out []byte
	quad, pads, ndata := 0, 0, 0
	var acc uint32
	padStarted := false
	if strict && len(s) > 0 && s[0] == '=' {
		return nil, binErr(t, "Leading padding not allowed")
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '=' {
			padStarted = true
			if quad >= 2 {
				pads++
				if quad+pads >= 4 {
					if strict && i+1 < len(s) {
						return nil, binErr(t, "Excess data after padding")
					}
					quad = 0
					break
				}
			}
			continue
		}
		v := b64Table[c]
		if v == 0xff {
			if strict {
				return nil, binErr(t, "Only base64 data is allowed")
			}
			continue
		}
		if strict && padStarted {
			return nil, binErr(t, "Discontinuous padding not allowed")
		}
		pads = 0
		ndata++
		acc = acc<<6 | uint32(v)
		quad++
		switch quad {
		case 2:
			out = append(out, byte(acc>>4))
			acc &= 0xf
		case 3:
			out = append(out, byte(acc>>2))
			acc &= 0x3
		case 4:
			out = append(out, byte(acc))
			acc, quad = 0, 0
		}
	}
	if quad != 0 {
		if quad == 1 {
			return nil, binErr(t, "Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", ndata)
		}
		return nil, binErr(t, "Incorrect padding")
	}
	return interp.Bytes(out), nil
}

func hexlify(t *interp.Thread, args []interp.Value, kw []interp.Kwarg, name string) (interp.Value, error) {
	var data, sep interp.Value = nil, interp.None
	perSep := 1
	if err := interp.UnpackArgs(name, args, kw, "data", &data, "sep?", &sep, "bytes_per_sep?", &perSep); err != nil {
		return nil, err
	}
	s, err := bytesArg(data)
	if err != nil {
		return nil, err
	}
	h := hex.EncodeToString([]byte(s))
	if sep == interp.None || len(s) == 0 {
		return interp.Bytes(h), nil
	}
	var sepStr string
	switch x := sep.(type) {
	case interp.Str:
		sepStr = string(x)
	default:
		b, ok := asBytes(sep)
		if !ok {
			return nil, argErr("sep must be str or bytes.")
		}
		sepStr = b
	}
	if len(sepStr) != 1 {
		return nil, interp.Errorf(interp.ValueErrorType, "sep must be length 1.")
	}
	n := perSep
	fromLeft := n < 0
	if n < 0 {
		n = -n
	}
	if n == 0 {
		return interp.Bytes(h), nil
	}
	var groups []string
	if fromLeft {
		for i := 0; i < len(s); i += n {
			groups = append(groups, h[2*i:2*min(i+n, len(s))])
		}
	} else {
		first := len(s) % n
		if first > 0 {
			groups = append(groups, h[:2*first])
		}
		for i := first; i < len(s); i += n {
			groups = append(groups, h[2*i:2*(i+n)])
		}
	}
	return interp.Bytes(strings.Join(groups, sepStr)), nil
}

func unhexlify(t *interp.Thread, v interp.Value) (interp.Value, error) {
	s, err := asciiArg(v)
	if err != nil {
		return nil, err
	}
	if len(s)%2 != 0 {
		return nil, binErr(t, "Odd-length string")
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, binErr(t, "Non-hexadecimal digit found")
	}
	return interp.Bytes(b), nil
}

func init() {
	register("binascii", func(t *interp.Thread, m *interp.Module) error {
		setFuncs(m.Dict, funcs{
			"hexlify": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				return hexlify(t, args, kw, "hexlify")
			},
			"b2a_hex": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				return hexlify(t, args, kw, "b2a_hex")
			},
			"unhexlify": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var v interp.Value
				if err := interp.UnpackArgs("unhexlify", args, kw, "hexstr", &v); err != nil {
					return nil, err
				}
				return unhexlify(t, v)
			},
			"a2b_hex": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var v interp.Value
				if err := interp.UnpackArgs("a2b_hex", args, kw, "hexstr", &v); err != nil {
					return nil, err
				}
				return unhexlify(t, v)
			},
			"b2a_base64": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var data interp.Value
				newline := true
				if err := interp.UnpackArgs("b2a_base64", args, kw, "data", &data, "$newline?", &newline); err != nil {
					return nil, err
				}
				s, err := bytesArg(data)
				if err != nil {
					return nil, err
				}
				return interp.Bytes(b2aBase64(s, newline)), nil
			},
			"a2b_base64": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var data interp.Value
				strict := false
				if err := interp.UnpackArgs("a2b_base64", args, kw, "data", &data, "$strict_mode?", &strict); err != nil {
					return nil, err
				}
				s, err := asciiArg(data)
				if err != nil {
					return nil, err
				}
				return a2bBase64(t, s, strict)
			},
			"crc32": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var data, crc interp.Value = nil, interp.Int(0)
				if err := interp.UnpackArgs("crc32", args, kw, "data", &data, "crc?", &crc); err != nil {
					return nil, err
				}
				s, err := bytesArg(data)
				if err != nil {
					return nil, err
				}
				n, err := indexArg(t, crc)
				if err != nil {
					return nil, err
				}
				b := n.Big()
				start := uint32(new(big.Int).And(b, big.NewInt(0xffffffff)).Uint64())
				return interp.Int(crc32.Update(start, crc32.IEEETable, []byte(s))), nil
			},
			"crc_hqx": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var data interp.Value
				var crc int
				if err := interp.UnpackArgs("crc_hqx", args, kw, "data", &data, "crc", &crc); err != nil {
					return nil, err
				}
				s, err := bytesArg(data)
				if err != nil {
					return nil, err
				}
				c := uint16(crc)
				for i := 0; i < len(s); i++ {
					c ^= uint16(s[i]) << 8
					for k := 0; k < 8; k++ {
						if c&0x8000 != 0 {
							c = c<<1 ^ 0x1021
						} else {
							c <<= 1
						}
					}
				}
				return interp.Int(c), nil
			},
		})
		setFuncs(m.Dict, binasciiQPUUFuncs)
		return nil
	}, `
class Error(ValueError):
    pass
Error.__module__ = 'binascii'

class Incomplete(Exception):
    pass
Incomplete.__module__ = 'binascii'
`)
}
