package interp

// exit and quit, the builtins CPython's site module adds: callables that
// raise SystemExit(code), whose repr tells how to leave the interactive
// interpreter.

type quitter struct{ name string }

var quitterType = newBuiltinType("Quitter", ObjectType)

// Type returns _sitebuiltins.Quitter.
func (*quitter) Type() *Type { return quitterType }

func init() {
	quitterType.Module = "_sitebuiltins"
	addMethods(quitterType, map[string]BuiltinFunc{
		"__repr__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return Str("Use " + args[0].(*quitter).name + "() or Ctrl-D (i.e. EOF) to exit"), nil
		},
		"__call__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			var code Value = None
			if err := UnpackArgs("__call__", args[1:], kw, "code?", &code); err != nil {
				return nil, err
			}
			return nil, NewException(SystemExitType, code)
		},
	})
}
