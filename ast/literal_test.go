package ast

import (
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// numberScript prints, for each number literal, its type and a string
// that pins its value exactly: the decimal digits of an int, float.hex
// of a float or of an imaginary part.
const numberScript = `
import json, sys
out = []
for s in json.load(sys.stdin):
    v = eval(s)
    if isinstance(v, int):
        out.append(["int", str(v)])
    elif isinstance(v, float):
        out.append(["float", v.hex()])
    else:
        out.append(["complex", v.imag.hex()])
print(json.dumps(out))
`

var numberSources = []string{
	"0", "00", "0_0", "1", "123", "1_000_000", "9223372036854775807", "9223372036854775808",
	"99999999999999999999999999999999", "0x7fffffffffffffff", "0x8000000000000000", "0XdeadBEEF",
	"0x_ff_ff", "0o777", "0O_17", "0b1010", "0B_1_0", "0b" + strings.Repeat("1", 70),
	"1.", ".5", "1.5", "1e10", "1E-5", "1.5e+3", "1_0.0_1e1_0", "1e999", "1e-999", "2.5e-324",
	"0.1", "3.141592653589793238462643383279", "1.7976931348623157e308", "1.7976931348623159e308",
	"4.9406564584124654e-324", "123456789012345678901234567890.0", "0e0", "09.5", "00.0",
	"1j", "1.5J", "0j", "00j", "1e5j", "0.j", "1_0j", "1e999j", ".5j",
}

func numberRepr(v any) []string {
	switch v := v.(type) {
	case int64:
		return []string{"int", strconv.FormatInt(v, 10)}
	case *big.Int:
		return []string{"int", v.String()}
	case float64:
		return []string{"float", pyFloatHex(v)}
	case complex128:
		return []string{"complex", pyFloatHex(imag(v))}
	}
	return []string{fmt.Sprintf("%T", v), fmt.Sprint(v)}
}

// pyFloatHex formats f as Python's float.hex does.
func pyFloatHex(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case f == 0:
		if math.Signbit(f) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	bits := math.Float64bits(f)
	sign := ""
	if bits>>63 != 0 {
		sign = "-"
	}
	exp := int(bits>>52) & 0x7ff
	mant := bits & (1<<52 - 1)
	lead := 1
	if exp == 0 {
		lead = 0
		exp = -1022
	} else {
		exp -= 1023
	}
	m := fmt.Sprintf("%013x", mant)
	return fmt.Sprintf("%s0x%d.%sp%+d", sign, lead, m, exp)
}

func TestDecodeNumberMatchesPython(t *testing.T) {
	var want [][]string
	python3(t, numberScript, numberSources, &want)
	for i, src := range numberSources {
		v, err := DecodeNumber(src)
		if err != nil {
			t.Errorf("%s: %v", src, err)
			continue
		}
		if diff := cmp.Diff(want[i], numberRepr(v)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", src, diff)
		}
	}
}

// stringScript evaluates each literal and prints its value as a list of
// code points (str) or bytes (bytes), or the message of the SyntaxError
// that compile() raises for it.
const stringScript = `
import json, sys
out = []
for s in json.load(sys.stdin):
    try:
        v = eval(compile(s, "x.py", "eval"))
    except SyntaxError as e:
        out.append(["error", e.msg])
        continue
    if isinstance(v, bytes):
        out.append(["bytes"] + [str(b) for b in v])
    else:
        out.append(["str"] + [str(ord(c)) for c in v])
print(json.dumps(out))
`

var stringSources = []string{
	`''`, `""`, `'abc'`, `"a'b"`, `'a\'b'`, `'''a"b'''`, `"""x
y"""`, `'a\
b'`, `'\\ \' \" \a \b \f \n \r \t \v'`, `'\0 \7 \12 \123 \1234 \777 \8 \9'`,
	`'\x41\x4a\x4A'`, `'\u00e9\u20AC'`, `'\U0001F600'`, `'\N{LATIN SMALL LETTER E WITH ACUTE}'`,
	`'\N{latin small letter a}'`, `'\N{NBSP}'`, `'\N{CJK UNIFIED IDEOGRAPH-4E00}'`, `'\N{HANGUL SYLLABLE GAG}'`,
	`'\N{HANGUL SYLLABLE A}'`, `'\N{EM DASH}\N{BOM}'`, `'\ud800'`, `'\udfff\ud83d\ude00'`, `'\d \w \q \{'`,
	`'caf` + "\u00e9" + `'`, `'\x'`, `'\x4'`, `'ab\x4g'`, "'\u00e9\\x4'", `'\u12'`, `'\U1234'`, `'\U00110000'`,
	`'\N'`, `'\N{'`, `'\N{}'`, `'\N{foo}'`, "'\u00e9\\N{foo}'", `'\Nx'`, `'\N{LATIN SMALL LETTER A WITH MACRON AND GRAVE}'`,
	`r'\n\x\N{foo}'`, `R'\''`, `u'\n'`, `U'\u00e9'`,
	`b''`, `b'abc'`, `b'\x00\xff\xFe'`, `b'\0\7\12\123\777'`, `b'\\ \' \" \a \b \f \n \r \t \v'`,
	`b'\u00e9 \N{foo} \d'`, `b'\x4'`, `b'ab\xzz'`, "b'\u00e9'", `rb'\x'`, `Br'\n'`, `BR'\''`,
	"'\\\n'", "b'\\\n'",
}

func stringRepr(v any) []string {
	switch v := v.(type) {
	case string:
		out := []string{"str"}
		for i := 0; i < len(v); {
			r, n := utf8.DecodeRuneInString(v[i:])
			if r == utf8.RuneError && n == 1 && i+2 < len(v) && v[i] == 0xED {
				// A WTF-8 surrogate.
				r = rune(v[i]&0x0F)<<12 | rune(v[i+1]&0x3F)<<6 | rune(v[i+2]&0x3F)
				n = 3
			}
			out = append(out, strconv.Itoa(int(r)))
			i += n
		}
		return out
	case Bytes:
		out := []string{"bytes"}
		for i := 0; i < len(v); i++ {
			out = append(out, strconv.Itoa(int(v[i])))
		}
		return out
	}
	return []string{fmt.Sprintf("%T", v)}
}

func TestDecodeStringMatchesPython(t *testing.T) {
	var want [][]string
	python3(t, stringScript, stringSources, &want)
	for i, src := range stringSources {
		s := NewScanner("x.py", src, false)
		tok, err := s.Next()
		if err != nil || tok.Kind != STRING {
			t.Fatalf("%s: scanning gave %v, %v", src, tok, err)
		}
		var got []string
		v, err := DecodeString(tok)
		if err != nil {
			got = []string{"error", err.(*SyntaxError).Msg}
		} else {
			got = stringRepr(v)
		}
		if diff := cmp.Diff(want[i], got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", src, diff)
		}
	}
}

func TestStringPrefix(t *testing.T) {
	tests := []struct{ text, prefix, quote, body string }{
		{`'a'`, "", "'", "a"},
		{`rb"a"`, "rb", `"`, "a"},
		{`F'''a'b'''`, "F", "'''", "a'b"},
		{`""""""`, "", `"""`, ""},
		{`''`, "", "'", ""},
		{`Rb""`, "Rb", `"`, ""},
	}
	for _, tt := range tests {
		p, q, b := StringPrefix(tt.text)
		if diff := cmp.Diff([]string{tt.prefix, tt.quote, tt.body}, []string{p, q, b}); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestNormalizeIdentifier(t *testing.T) {
	if got := NormalizeIdentifier("\ufb01x"); got != "fix" {
		t.Errorf("got %q", got)
	}
	if got := NormalizeIdentifier("abc"); got != "abc" {
		t.Errorf("got %q", got)
	}
}

// sourceScript decodes each source (given as Latin-1 text standing for
// bytes) as compile() would: the decoded text, or the SyntaxError.
const sourceScript = `
import importlib.util, json, sys
out = []
for s in json.load(sys.stdin):
    data = s.encode("latin-1")
    try:
        compile(data, "x.py", "exec")
    except SyntaxError as e:
        out.append(["error", e.msg, e.lineno or 0, e.offset or 0])
        continue
    try:
        text = importlib.util.decode_source(data)
    except SyntaxError:
        # compile() ignores bad UTF-8 in comments, where tokenize does not.
        text = data.decode("utf-8", "surrogateescape").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\ufeff", "", 1)
    if data.endswith(b"\r"):
        text += "\n"
    out.append(["ok", text.encode("utf-8", "surrogateescape").hex()])
print(json.dumps(out))
`

var sourceInputs = []string{
	"x = 1\n",
	"\xef\xbb\xbfx = 1\n",
	"x = '\xc3\xa9'\r\ny = 2\r",
	"# -*- coding: latin-1 -*-\nx = '\xe9'\n",
	"#!/usr/bin/python\n# vim: set fileencoding=cp1252 :\nx = '\x80'\n",
	"# coding=iso-8859-15\nx = '\xa4'\n",
	"# coding: koi8-r\nx = '\xc1'\n",
	"x = 1\n# coding: latin-1\ny = 2\n",
	"# coding: utf8\nx = '\xc3\xa9'\n",
	"\xef\xbb\xbf# coding: utf-8\nx = 1\n",
	"# comment \xff\nx = 1\n",
	"x = 1\ny = '\xff'\n",
	"x = '\xc3'\n",
	"x = '\xe2\x82'\n",
	"x = '\xed\xa0\x80'\n",
	"abc\xff\n",
	"x = \xc3\xa9t\xff\n",
	"x = abc\xffdef\n",
	"# coding: foobar\nx=1\n",
	"\xef\xbb\xbf# coding: latin-1\nx=1\n",
	"\xef\xbb\xbf# coding: utf8\nx=1\n",
	"x = 1\x00\n",
	"# coding: ascii\nx='\xe9'\n",
	"# coding: utf8\nx='\xe9'\n",
}

func TestDecodeSourceMatchesPython(t *testing.T) {
	// Pass each byte as the character of the same value, which the script
	// turns back into bytes with Latin-1.
	latin := make([]string, len(sourceInputs))
	for i, in := range sourceInputs {
		r := make([]rune, len(in))
		for j := 0; j < len(in); j++ {
			r[j] = rune(in[j])
		}
		latin[i] = string(r)
	}
	var want [][]any
	python3(t, sourceScript, latin, &want)
	for i, in := range sourceInputs {
		text, err := DecodeSource([]byte(in))
		var got []any
		if err != nil {
			e := err.(*SyntaxError)
			got = []any{"error", e.Msg, float64(e.Lineno), float64(e.Offset)}
		} else {
			got = []any{"ok", hex.EncodeToString([]byte(text))}
		}
		w := want[i]
		if w[0] == "error" && w[3] == float64(0) && len(got) == 4 && got[3] == float64(-1) {
			got[3] = float64(0)
		}
		if w[0] == "error" && w[1] == "source code string cannot contain null bytes" {
			w[2], w[3] = float64(0), float64(0)
		}
		if diff := cmp.Diff(w, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", in, diff)
		}
	}
}
