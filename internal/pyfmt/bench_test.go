package pyfmt

import (
	"testing"
)

var benchSink string

func mustSpec(b *testing.B, s string) Spec {
	spec, err := ParseSpec(s)
	if err != nil {
		b.Fatal(err)
	}
	return spec
}

func BenchmarkFormatInt64(b *testing.B) {
	for _, s := range []string{"d", ",", "08x", ">10", "#_b", "+020,"} {
		spec := mustSpec(b, s)
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				benchSink, _ = FormatInt64(int64(i)*7919-1234567, spec)
			}
		})
	}
}

func BenchmarkFormatIntBig(b *testing.B) {
	v := bigInt("-123456789012345678901234567890123456789")
	for _, s := range []string{"d", ",", "x"} {
		spec := mustSpec(b, s)
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				benchSink, _ = FormatInt(v, spec)
			}
		})
	}
}

func BenchmarkFormatFloat(b *testing.B) {
	for _, s := range []string{".2f", "g", "e", ",.2f", ".3", "10.4f", "%"} {
		spec := mustSpec(b, s)
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				benchSink, _ = FormatFloat(float64(i)*1.0001+0.1, spec)
			}
		})
	}
	b.Run("repr", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			benchSink = FloatRepr(float64(i)*1.0001 + 0.1)
		}
	})
}

func BenchmarkParseSpec(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		s, _ := ParseSpec("*^+#020,.3f")
		benchSink = string(rune(s.Type))
	}
}

func BenchmarkPercentInt(b *testing.B) {
	items, _ := ParsePercent("%05d")
	it := items[0]
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		benchSink = PercentInt64(int64(i), &it)
	}
}
