// Package pynum implements CPython 3.11's int, float and complex numeric
// semantics in pure Go, independent of the interpreter: arithmetic with
// Python's sign rules, conversions, parsing, hashing and the numeric helpers
// of the math module. Results are what CPython on Linux/glibc produces, bit
// for bit (the tests compare against python3); the known exceptions are rare
// last-bit differences in transcendental functions (pow, sin, cos, exp,
// log, atan2), which are correctly rounded here where glibc is off by a
// fraction of an ulp beyond one half.
//
// # Errors
//
// Functions report Python exceptions as *Error values carrying the exception
// class name and the message (Error.Class, Error.Msg). A nil *Error means
// success. Parsing errors whose message ends in repr(argument) have NeedRepr
// set; complete them with WithRepr(repr) since only the caller knows whether
// the argument was a str or bytes.
//
// # Ints
//
// Int is a value type holding an int64 when the value fits and an immutable
// *big.Int otherwise (always normalised: a value that fits is never big).
// Operations on two small Ints do not allocate. For callers that keep
// int64s unboxed, Add64, Sub64, Mul64, FloorDiv64 and Mod64 are inlinable
// fast paths reporting overflow.
//
//	IntOf, IntFromBig, IntFromUint64, (Int).Int64, (Int).Big, (Int).IsSmall,
//	(Int).Sign, (Int).String
//	Add, Sub, Mul, FloorDiv, Mod, DivMod, TrueDiv, Pow, PowMod, Neg, Abs,
//	Invert, Lshift, Rshift, And, Or, Xor, Cmp, Equal, RoundInt
//	BitLength, BitCount, ToBytes, FromBytes
//	ToFloat, FromFloat, CmpFloat, HashInt
//	ToDecimal (str with the int_max_str_digits limit), FormatBase, Bin, Oct, Hex
//	ParseInt, ParseIntASCII (int(s, base))
//	Isqrt, Gcd, Lcm, Factorial, Comb, Perm, IntLog, IntLog2, IntLog10
//
// # Floats
//
//	FloatTrueDiv, FloatFloorDiv, FloatMod, FloatDivMod, FloatPow
//	Round, RoundN, IsInteger, AsIntegerRatio, FloatHex, FloatFromHex
//	ParseFloat, ParseFloatASCII, HashFloat
//	Floor, Ceil, Trunc, Fsum, IsClose
//
// The C library functions CPython relies on are provided with glibc-quality
// rounding (Go's math package is often an ulp off): Exp, Log, Log2, Log10,
// Sin, Cos, Atan2, FloatPowLibm (C pow).
//
// # Complex
//
//	ComplexMul, ComplexDiv, ComplexPow, ComplexAbs, HashComplex, ParseComplex
//
// float.__repr__ and complex.__repr__ live in internal/pyfmt.
package pynum
