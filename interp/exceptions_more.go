package interp

// The builtin exception classes beyond the core set of exception.go:
// the remaining Warning categories (the warnings module filters on
// them) and the errno-specific OSError subclasses.
var (
	FutureWarningType             = newExcType("FutureWarning", WarningType)
	PendingDeprecationWarningType = newExcType("PendingDeprecationWarning", WarningType)
	ImportWarningType             = newExcType("ImportWarning", WarningType)
	ResourceWarningType           = newExcType("ResourceWarning", WarningType)
	SyntaxWarningType             = newExcType("SyntaxWarning", WarningType)
	UnicodeWarningType            = newExcType("UnicodeWarning", WarningType)
	BytesWarningType              = newExcType("BytesWarning", WarningType)
	EncodingWarningType           = newExcType("EncodingWarning", WarningType)
	UnicodeTranslateErrorType     = newExcType("UnicodeTranslateError", UnicodeErrorType)
	BlockingIOErrorType           = newExcType("BlockingIOError", OSErrorType)
	ChildProcessErrorType         = newExcType("ChildProcessError", OSErrorType)
	InterruptedErrorType          = newExcType("InterruptedError", OSErrorType)
	ProcessLookupErrorType        = newExcType("ProcessLookupError", OSErrorType)
	BrokenPipeErrorType           = newExcType("BrokenPipeError", ConnectionErrorType)
	ConnectionAbortedErrorType    = newExcType("ConnectionAbortedError", ConnectionErrorType)
	ConnectionRefusedErrorType    = newExcType("ConnectionRefusedError", ConnectionErrorType)
	ConnectionResetErrorType      = newExcType("ConnectionResetError", ConnectionErrorType)
)

func init() {
	for errno, cls := range map[Int]**Type{11: &BlockingIOErrorType, 10: &ChildProcessErrorType,
		4: &InterruptedErrorType, 3: &ProcessLookupErrorType, 32: &BrokenPipeErrorType,
		103: &ConnectionAbortedErrorType, 111: &ConnectionRefusedErrorType, 104: &ConnectionResetErrorType} {
		if _, ok := errnoClasses[errno]; !ok {
			errnoClasses[errno] = cls
		}
	}
}
