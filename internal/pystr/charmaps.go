package pystr

import (
	"sync"

	"golang.org/x/text/encoding/charmap"
)

// charmaps.go adds the 8-bit codecs of Python's encodings package (the
// DOS and Windows code pages, ISO 8859, KOI8, Mac) as "charmap" codecs
// over golang.org/x/text's tables, which agree with CPython's byte for
// byte except where noted in singleByte.

// singleByteCodec is one 8-bit codec: a table from x/text, with CPython's
// own mapping for the bytes in fix (-1: undefined) and, when c1 is set,
// bytes 0x80-0x9F decoding to the C1 controls U+0080-U+009F, as CPython's
// ISO 8859 codecs do.
type singleByteCodec struct {
	name  string // codecs.lookup(x).name
	table *charmap.Charmap
	c1    bool
	fix   map[byte]rune

	once sync.Once
	dec  [256]rune // -1: undefined
	enc  map[rune]byte
}

func (c *singleByteCodec) tables() {
	c.once.Do(func() {
		c.enc = make(map[rune]byte, 256)
		for i := 255; i >= 0; i-- {
			r := c.table.DecodeByte(byte(i))
			if r == '\uFFFD' {
				r = -1
			}
			if c.c1 && i >= 0x80 && i < 0xA0 {
				r = rune(i)
			}
			if f, ok := c.fix[byte(i)]; ok {
				r = f
			}
			c.dec[i] = r
			if r >= 0 {
				c.enc[r] = byte(i)
			}
		}
	})
}

func (c *singleByteCodec) decode(b, errors string) (string, error) {
	c.tables()
	d := &decoder{
		name: "charmap",
		step: func(b string, i int) (rune, int, int, string) {
			if r := c.dec[b[i]]; r >= 0 {
				return r, 1, 0, ""
			}
			return 0, 0, i + 1, "character maps to <undefined>"
		},
	}
	return d.decode(b, errors, 0, make([]byte, 0, 2*len(b)))
}

func (c *singleByteCodec) encode(s, errors string) (string, error) {
	c.tables()
	e := &encoder{
		name: "charmap", reason: "character maps to <undefined>",
		ok: func(r rune) bool { _, ok := c.enc[r]; return ok },
		put: func(b []byte, r rune) []byte {
			return append(b, c.enc[r])
		},
		run: true, escapeWhole: true,
	}
	return e.encode(s, errors, make([]byte, 0, len(s)))
}

// singleByte lists the codecs under their module names, each with the
// aliases encodings.aliases gives it (normalised).
var singleByte = []struct {
	module  string
	codec   *singleByteCodec
	aliases []string
}{
	{"cp037", &singleByteCodec{name: "cp037", table: charmap.CodePage037},
		[]string{"037", "csibm037", "ebcdic_cp_ca", "ebcdic_cp_nl", "ebcdic_cp_us", "ebcdic_cp_wt", "ibm037", "ibm039"}},
	{"cp437", &singleByteCodec{name: "cp437", table: charmap.CodePage437},
		[]string{"437", "cspc8codepage437", "ibm437"}},
	{"cp850", &singleByteCodec{name: "cp850", table: charmap.CodePage850},
		[]string{"850", "cspc850multilingual", "ibm850"}},
	{"cp852", &singleByteCodec{name: "cp852", table: charmap.CodePage852},
		[]string{"852", "cspcp852", "ibm852"}},
	{"cp855", &singleByteCodec{name: "cp855", table: charmap.CodePage855},
		[]string{"855", "csibm855", "ibm855"}},
	{"cp858", &singleByteCodec{name: "cp858", table: charmap.CodePage858},
		[]string{"858", "csibm858", "ibm858"}},
	{"cp860", &singleByteCodec{name: "cp860", table: charmap.CodePage860},
		[]string{"860", "csibm860", "ibm860"}},
	{"cp862", &singleByteCodec{name: "cp862", table: charmap.CodePage862},
		[]string{"862", "cspc862latinhebrew", "ibm862"}},
	{"cp863", &singleByteCodec{name: "cp863", table: charmap.CodePage863},
		[]string{"863", "csibm863", "ibm863"}},
	{"cp865", &singleByteCodec{name: "cp865", table: charmap.CodePage865},
		[]string{"865", "csibm865", "ibm865"}},
	{"cp866", &singleByteCodec{name: "cp866", table: charmap.CodePage866},
		[]string{"866", "csibm866", "ibm866"}},
	{"cp1140", &singleByteCodec{name: "cp1140", table: charmap.CodePage1140},
		[]string{"1140", "ibm1140"}},
	{"iso8859_2", &singleByteCodec{name: "iso8859-2", table: charmap.ISO8859_2, c1: true},
		[]string{"csisolatin2", "iso_8859_2", "iso_8859_2_1987", "iso_ir_101", "l2", "latin2"}},
	{"iso8859_3", &singleByteCodec{name: "iso8859-3", table: charmap.ISO8859_3, c1: true},
		[]string{"csisolatin3", "iso_8859_3", "iso_8859_3_1988", "iso_ir_109", "l3", "latin3"}},
	{"iso8859_4", &singleByteCodec{name: "iso8859-4", table: charmap.ISO8859_4, c1: true},
		[]string{"csisolatin4", "iso_8859_4", "iso_8859_4_1988", "iso_ir_110", "l4", "latin4"}},
	{"iso8859_5", &singleByteCodec{name: "iso8859-5", table: charmap.ISO8859_5, c1: true},
		[]string{"csisolatincyrillic", "cyrillic", "iso_8859_5", "iso_8859_5_1988", "iso_ir_144"}},
	{"iso8859_6", &singleByteCodec{name: "iso8859-6", table: charmap.ISO8859_6, c1: true},
		[]string{"arabic", "asmo_708", "csisolatinarabic", "ecma_114", "iso_8859_6", "iso_8859_6_1987", "iso_ir_127"}},
	{"iso8859_7", &singleByteCodec{name: "iso8859-7", table: charmap.ISO8859_7, c1: true},
		[]string{"csisolatingreek", "ecma_118", "elot_928", "greek", "greek8", "iso_8859_7", "iso_8859_7_1987", "iso_ir_126"}},
	{"iso8859_8", &singleByteCodec{name: "iso8859-8", table: charmap.ISO8859_8, c1: true},
		[]string{"csisolatinhebrew", "hebrew", "iso_8859_8", "iso_8859_8_1988", "iso_ir_138"}},
	{"iso8859_9", &singleByteCodec{name: "iso8859-9", table: charmap.ISO8859_9, c1: true},
		[]string{"csisolatin5", "iso_8859_9", "iso_8859_9_1989", "iso_ir_148", "l5", "latin5"}},
	{"iso8859_10", &singleByteCodec{name: "iso8859-10", table: charmap.ISO8859_10, c1: true},
		[]string{"csisolatin6", "iso_8859_10", "iso_8859_10_1992", "iso_ir_157", "l6", "latin6"}},
	{"iso8859_13", &singleByteCodec{name: "iso8859-13", table: charmap.ISO8859_13, c1: true},
		[]string{"iso_8859_13", "l7", "latin7"}},
	{"iso8859_14", &singleByteCodec{name: "iso8859-14", table: charmap.ISO8859_14, c1: true},
		[]string{"iso_8859_14", "iso_8859_14_1998", "iso_celtic", "iso_ir_199", "l8", "latin8"}},
	{"iso8859_15", &singleByteCodec{name: "iso8859-15", table: charmap.ISO8859_15, c1: true},
		[]string{"iso_8859_15", "l9", "latin9"}},
	{"iso8859_16", &singleByteCodec{name: "iso8859-16", table: charmap.ISO8859_16, c1: true},
		[]string{"iso_8859_16", "iso_8859_16_2001", "iso_ir_226", "l10", "latin10"}},
	{"koi8_r", &singleByteCodec{name: "koi8-r", table: charmap.KOI8R},
		[]string{"cskoi8r"}},
	// CPython's KOI8-U is RFC 2319's, without the later Belarusian letters.
	{"koi8_u", &singleByteCodec{name: "koi8-u", table: charmap.KOI8U, fix: map[byte]rune{0xAE: 0x255D, 0xBE: 0x256C}},
		nil},
	{"mac_roman", &singleByteCodec{name: "mac-roman", table: charmap.Macintosh},
		[]string{"macintosh", "macroman"}},
	{"mac_cyrillic", &singleByteCodec{name: "mac-cyrillic", table: charmap.MacintoshCyrillic},
		[]string{"maccyrillic"}},
	{"cp874", &singleByteCodec{name: "cp874", table: charmap.Windows874}, nil},
	{"cp1250", &singleByteCodec{name: "cp1250", table: charmap.Windows1250}, []string{"1250", "windows_1250"}},
	{"cp1251", &singleByteCodec{name: "cp1251", table: charmap.Windows1251}, []string{"1251", "windows_1251"}},
	{"cp1253", &singleByteCodec{name: "cp1253", table: charmap.Windows1253}, []string{"1253", "windows_1253"}},
	{"cp1254", &singleByteCodec{name: "cp1254", table: charmap.Windows1254}, []string{"1254", "windows_1254"}},
	// CPython leaves 0xCA undefined in cp1255.
	{"cp1255", &singleByteCodec{name: "cp1255", table: charmap.Windows1255, fix: map[byte]rune{0xCA: -1}},
		[]string{"1255", "windows_1255"}},
	{"cp1256", &singleByteCodec{name: "cp1256", table: charmap.Windows1256}, []string{"1256", "windows_1256"}},
	{"cp1257", &singleByteCodec{name: "cp1257", table: charmap.Windows1257}, []string{"1257", "windows_1257"}},
	{"cp1258", &singleByteCodec{name: "cp1258", table: charmap.Windows1258}, []string{"1258", "windows_1258"}},
}

func init() {
	for _, sb := range singleByte {
		c := sb.codec
		codecs[sb.module] = &codecInfo{name: c.name, encode: c.encode, decode: c.decode}
		for _, a := range sb.aliases {
			codecAliases[a] = sb.module
		}
	}
}
