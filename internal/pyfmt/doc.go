// Package pyfmt formats values the way CPython 3.11 prints them. It is
// shared by the parser's dump and the interpreter, so that both print
// exactly what CPython prints, and it depends on neither.
//
// It covers:
//
//   - repr of floats, complex numbers, str and bytes (FloatRepr,
//     ComplexRepr, StrRepr, BytesRepr) and str.isprintable (IsPrintable);
//   - the format-spec mini-language of format() and __format__ (ParseSpec,
//     then FormatInt, FormatInt64, FormatFloat, FormatComplex, FormatStr);
//   - printf-style formatting with the % operator (ParsePercent, then
//     PercentInt, PercentFloat, PercentStr, PercentChar);
//   - str.format templates (ParseFormatString, CheckConversion);
//   - the float-to-string conversion underneath all of them
//     (FormatFloatStr).
//
// The interpreter owns Python objects: it fetches arguments, calls
// __index__, __float__, str() and repr(), and raises exceptions. This
// package works on Go values and reports failures as *Error, whose Kind
// names the exception class. Because CPython formats lazily, an error in
// a template is raised only after the pieces before it have been
// rendered; the parsers therefore return the pieces before the error
// along with it, and the documentation of PercentItem, ReplacementField
// and FieldName says at which point each kept error must be raised.
//
// Text is UTF-8 in which lone surrogates are allowed in their 3-byte
// WTF-8 form (see DecodeRune); widths and precisions count code points.
// Locale-dependent formatting ('n') uses the C locale, as CPython does
// unless a program calls locale.setlocale.
package pyfmt
