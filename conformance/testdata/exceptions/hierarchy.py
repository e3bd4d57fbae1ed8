def chain(cls):
    return " -> ".join(k.__name__ for k in cls.__mro__)
for cls in [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, LookupError, KeyError, IndexError,
            ValueError, UnicodeDecodeError, TypeError, AttributeError, NameError, UnboundLocalError, RuntimeError,
            RecursionError, NotImplementedError, StopIteration, StopAsyncIteration, GeneratorExit, KeyboardInterrupt,
            SystemExit, AssertionError, ImportError, ModuleNotFoundError, OSError, FileNotFoundError, SyntaxError,
            IndentationError, TabError, EOFError, MemoryError, BufferError, ReferenceError, ExceptionGroup]:
    print(chain(cls))
print(issubclass(KeyError, LookupError), issubclass(GeneratorExit, Exception), issubclass(SystemExit, Exception))
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(Warning, Exception), chain(DeprecationWarning), chain(UserWarning))
