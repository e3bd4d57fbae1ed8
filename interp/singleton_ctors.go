package interp

// The constructors of the singletons' types: type(None)() is None, and so
// for NotImplemented and Ellipsis.
func init() {
	single := func(name string, v Value) func(*Thread, *Type, []Value, []Kwarg) (Value, error) {
		return func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
			if len(args) > 0 || len(kw) > 0 {
				return nil, Errorf(TypeErrorType, "%s takes no arguments", name)
			}
			return v, nil
		}
	}
	if NoneTypeType.New == nil {
		NoneTypeType.New = single("NoneType", None)
	}
	if NotImplementedTypeType.New == nil {
		NotImplementedTypeType.New = single("NotImplementedType", NotImplemented)
	}
	if EllipsisTypeType.New == nil {
		EllipsisTypeType.New = single("ellipsis", Ellipsis)
	}
}
