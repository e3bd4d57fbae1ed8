package stdlib

import "unsafe"

func uintptrOf(p *[4]uint16) uintptr { return uintptr(unsafe.Pointer(p)) }
