package pynum

import (
	"math"
	"math/big"
	"testing"
)

// checkNorm fails if r is not in canonical form or differs from want.
func checkNorm(t *testing.T, op string, a, b int64, r Int, want *big.Int) {
	t.Helper()
	if r.big != nil && r.big.IsInt64() {
		t.Fatalf("%s(%d, %d): big result %v fits in int64", op, a, b, r.big)
	}
	if r.view().Cmp(want) != 0 {
		t.Fatalf("%s(%d, %d) = %v, want %v", op, a, b, r, want)
	}
}

// refFloorDivMod is floor division by math/big (Euclidean adjusted).
func refFloorDivMod(x, y *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int).DivMod(x, y, new(big.Int)) // Euclidean: 0 <= m < |y|
	if m.Sign() != 0 && y.Sign() < 0 {
		q.Sub(q, bigOne)
		m.Add(m, y)
	}
	return q, m
}

func FuzzInt64Ops(f *testing.F) {
	seeds := [][2]int64{{0, 0}, {1, -1}, {math.MinInt64, -1}, {math.MinInt64, 1}, {math.MaxInt64, 1}, {math.MaxInt64, math.MaxInt64},
		{math.MinInt64, math.MinInt64}, {-7, 2}, {7, -2}, {-7, -2}, {1 << 32, 1 << 31}, {3037000499, 3037000500}, {-1, 63}, {1, 62}, {5, 64}}
	for _, s := range seeds {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b int64) {
		x, y := IntOf(a), IntOf(b)
		ba, bb := big.NewInt(a), big.NewInt(b)
		checkNorm(t, "Add", a, b, Add(x, y), new(big.Int).Add(ba, bb))
		checkNorm(t, "Sub", a, b, Sub(x, y), new(big.Int).Sub(ba, bb))
		checkNorm(t, "Mul", a, b, Mul(x, y), new(big.Int).Mul(ba, bb))
		checkNorm(t, "And", a, b, And(x, y), new(big.Int).And(ba, bb))
		checkNorm(t, "Or", a, b, Or(x, y), new(big.Int).Or(ba, bb))
		checkNorm(t, "Xor", a, b, Xor(x, y), new(big.Int).Xor(ba, bb))
		checkNorm(t, "Neg", a, 0, Neg(x), new(big.Int).Neg(ba))
		checkNorm(t, "Invert", a, 0, Invert(x), new(big.Int).Not(ba))
		if r, ok := Add64(a, b); ok != new(big.Int).Add(ba, bb).IsInt64() || ok && r != a+b {
			t.Fatalf("Add64(%d, %d)", a, b)
		}
		if r, ok := Sub64(a, b); ok != new(big.Int).Sub(ba, bb).IsInt64() || ok && r != a-b {
			t.Fatalf("Sub64(%d, %d)", a, b)
		}
		if r, ok := Mul64(a, b); ok != new(big.Int).Mul(ba, bb).IsInt64() || ok && r != a*b {
			t.Fatalf("Mul64(%d, %d)", a, b)
		}
		if b != 0 {
			q, m := refFloorDivMod(ba, bb)
			if r, ok := FloorDiv64(a, b); ok != q.IsInt64() || ok && r != q.Int64() {
				t.Fatalf("FloorDiv64(%d, %d)", a, b)
			}
			if r, ok := Mod64(a, b); !ok || r != m.Int64() {
				t.Fatalf("Mod64(%d, %d)", a, b)
			}
		}
		if c := Cmp(x, y); c != ba.Cmp(bb) {
			t.Fatalf("Cmp(%d, %d) = %d", a, b, c)
		}
		if b != 0 {
			q, m := refFloorDivMod(ba, bb)
			r, _ := FloorDiv(x, y)
			checkNorm(t, "FloorDiv", a, b, r, q)
			r, _ = Mod(x, y)
			checkNorm(t, "Mod", a, b, r, m)
			dq, dm, _ := DivMod(x, y)
			checkNorm(t, "DivMod.q", a, b, dq, q)
			checkNorm(t, "DivMod.r", a, b, dm, m)
			// Big-path agreement: same operation with a big operand shifted
			// back (exercises the big code on equal values).
			bx := Add(Mul(x, IntOf(1<<62)), IntOf(0))
			bq, _ := FloorDiv(bx, y)
			wq, _ := refFloorDivMod(new(big.Int).Mul(ba, big.NewInt(1<<62)), bb)
			checkNorm(t, "FloorDivBig", a, b, bq, wq)
		}
		s := b & 127
		r, _ := Lshift(x, IntOf(s))
		checkNorm(t, "Lshift", a, s, r, new(big.Int).Lsh(ba, uint(s)))
		r, _ = Rshift(x, IntOf(s))
		checkNorm(t, "Rshift", a, s, r, new(big.Int).Rsh(ba, uint(s)))
		e := b & 31
		r, _, _, _ = Pow(x, IntOf(e))
		checkNorm(t, "Pow", a, e, r, new(big.Int).Exp(ba, big.NewInt(e), nil))
		// int -> float matches big.Float's correctly rounded conversion.
		fl, _ := ToFloat(Mul(x, y))
		want, _ := new(big.Float).SetInt(new(big.Int).Mul(ba, bb)).Float64()
		if fl != want {
			t.Fatalf("ToFloat(%d*%d) = %v, want %v", a, b, fl, want)
		}
		// Hash agrees between the int64 and big representations.
		if h1, h2 := HashInt(Mul(x, y)), hashRef(new(big.Int).Mul(ba, bb)); h1 != h2 {
			t.Fatalf("HashInt(%d*%d) = %d, want %d", a, b, h1, h2)
		}
	})
}

func hashRef(v *big.Int) int64 {
	m := new(big.Int).Mod(new(big.Int).Abs(v), new(big.Int).SetUint64(hashModulus)).Int64()
	if v.Sign() < 0 {
		m = -m
	}
	if m == -1 {
		m = -2
	}
	return m
}

var sink Int
var sinkF float64
var sinkH int64

func BenchmarkAddSmall(b *testing.B) {
	x, y := IntOf(123456789), IntOf(987654321)
	for i := 0; i < b.N; i++ {
		sink = Add(x, y)
	}
}

func BenchmarkSubSmall(b *testing.B) {
	x, y := IntOf(123456789), IntOf(987654321)
	for i := 0; i < b.N; i++ {
		sink = Sub(x, y)
	}
}

func BenchmarkMulSmall(b *testing.B) {
	x, y := IntOf(123456789), IntOf(-987654321)
	for i := 0; i < b.N; i++ {
		sink = Mul(x, y)
	}
}

func BenchmarkFloorDivSmall(b *testing.B) {
	x, y := IntOf(-123456789), IntOf(1000)
	for i := 0; i < b.N; i++ {
		sink, _ = FloorDiv(x, y)
	}
}

func BenchmarkModSmall(b *testing.B) {
	x, y := IntOf(-123456789), IntOf(1000)
	for i := 0; i < b.N; i++ {
		sink, _ = Mod(x, y)
	}
}

func BenchmarkCmpSmall(b *testing.B) {
	x, y := IntOf(-123456789), IntOf(1000)
	c := 0
	for i := 0; i < b.N; i++ {
		c += Cmp(x, y)
	}
	sinkH = int64(c)
}

func BenchmarkLshiftSmall(b *testing.B) {
	x, y := IntOf(12345), IntOf(20)
	for i := 0; i < b.N; i++ {
		sink, _ = Lshift(x, y)
	}
}

func BenchmarkPowSmall(b *testing.B) {
	x, y := IntOf(7), IntOf(20)
	for i := 0; i < b.N; i++ {
		sink, _, _, _ = Pow(x, y)
	}
}

func BenchmarkHashIntSmall(b *testing.B) {
	x := IntOf(-123456789123)
	for i := 0; i < b.N; i++ {
		sinkH = HashInt(x)
	}
}

func BenchmarkHashFloat(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkH = HashFloat(1.2345, 0)
	}
}

func BenchmarkFloatPow(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkF, _, _ = FloatPow(1.2345, 6.789)
	}
}

func BenchmarkAddBig(b *testing.B) {
	x, y := mustInt("123456789012345678901234567890"), mustInt("987654321098765432109876543210")
	for i := 0; i < b.N; i++ {
		sink = Add(x, y)
	}
}

func BenchmarkAdd64(b *testing.B) {
	x, y := int64(123456789), int64(987654321)
	var s int64
	for i := 0; i < b.N; i++ {
		r, ok := Add64(x, y)
		if !ok {
			b.Fatal()
		}
		s += r
		x++
	}
	sinkH = s
}

func BenchmarkMul64(b *testing.B) {
	x, y := int64(123456789), int64(-987654321)
	var s int64
	for i := 0; i < b.N; i++ {
		r, _ := Mul64(x, y)
		s += r
		x++
	}
	sinkH = s
}

func BenchmarkFloorDiv64(b *testing.B) {
	x, y := int64(-123456789), int64(1000)
	var s int64
	for i := 0; i < b.N; i++ {
		r, _ := FloorDiv64(x, y)
		s += r
		x++
	}
	sinkH = s
}
