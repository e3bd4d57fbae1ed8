"""Utilities for with-statement contexts.

Context managers built from generators (contextmanager,
asynccontextmanager), small ready-made managers (closing, aclosing,
suppress, redirect_stdout, redirect_stderr, nullcontext, chdir), the
ExitStack and AsyncExitStack that combine any number of managers and
callbacks, and the abstract base classes of the protocol.
"""

import os
import sys
from collections import deque
from collections.abc import _implements  # the structural check of the ABCs
from functools import wraps
from types import GenericAlias, MethodType
import abc

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]


# --- Abstract base classes ---------------------------------------------------

class AbstractContextManager(abc.ABC):
    """An abstract base class for context managers."""

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _implements(C, ("__enter__", "__exit__"))
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        """Return `self` upon entering the runtime context."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""


class AbstractAsyncContextManager(abc.ABC):
    """An abstract base class for asynchronous context managers."""

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _implements(C, ("__aenter__", "__aexit__"))
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):
        """Return `self` upon entering the runtime context."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Raise any exception triggered within the runtime context."""


# --- Using a context manager as a decorator ------------------------------------

class ContextDecorator(object):
    """A base class or mixin that enables context managers to work as decorators."""

    def _recreate_cm(self):
        """Return a recreated instance of self.

        A manager that can only be used once (like one made by
        contextmanager) returns a fresh copy here, so that each call of
        the decorated function gets its own.
        """
        return self

    def __call__(self, func):
        @wraps(func)
        def run_inside(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return run_inside


class AsyncContextDecorator(object):
    """A base class or mixin that enables async context managers to work as decorators."""

    def _recreate_cm(self):
        """Return a recreated instance of self."""
        return self

    def __call__(self, func):
        @wraps(func)
        async def run_inside(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return run_inside


# --- Managers made from generators ------------------------------------------------

class _GeneratorCMBase:
    """What the sync and async generator-based managers share: keeping the
    generator function and its arguments until the manager is entered."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        # The instance takes the documentation of the generator function,
        # which help() then shows for it.
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def _forget_call(self):
        # Once entered, the manager cannot be recreated; drop the
        # references so they do not outlive their use.
        del self.func, self.args, self.kwds


def _after_throw(error, thrown, tb, finished, converted):
    """Decide what leaving the with block means once throwing `thrown`
    into the generator raised `error`: True to suppress the block's
    exception, False to let it propagate, None to raise `error` instead.

    `finished` is the exception by which the generator reports that it
    returned; `converted` the exceptions the generator protocol turns
    into a RuntimeError caused by them when they escape the generator.
    """
    if isinstance(error, finished):
        # The generator returned: the exception is suppressed, unless it
        # was itself what ended the generator.
        return error is not thrown
    same = error is thrown or (
        isinstance(error, RuntimeError)
        and isinstance(thrown, converted)
        and error.__cause__ is thrown)
    if not same:
        return None
    # The block's own exception came back out: let it go on unchanged,
    # with the traceback it had.
    thrown.__traceback__ = tb
    return False


class _GeneratorContextManager(_GeneratorCMBase, AbstractContextManager, ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        self._forget_call()
        for value in self.gen:
            return value
        raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            for _ in self.gen:
                raise RuntimeError("generator didn't stop")
            return False
        # The with statement may pass only the type of the exception.
        thrown = typ() if value is None else value
        try:
            self.gen.throw(typ, thrown, traceback)
        except BaseException as error:
            verdict = _after_throw(error, thrown, traceback, StopIteration, StopIteration)
            if verdict is None:
                raise
            return verdict
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorCMBase, AbstractAsyncContextManager, AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        self._forget_call()
        async for value in self.gen:
            return value
        raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            async for _ in self.gen:
                raise RuntimeError("generator didn't stop")
            return False
        thrown = typ() if value is None else value
        try:
            await self.gen.athrow(typ, thrown, traceback)
        except BaseException as error:
            verdict = _after_throw(error, thrown, traceback, StopAsyncIteration,
                                   (StopIteration, StopAsyncIteration))
            if verdict is None:
                raise
            return verdict
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """@contextmanager decorator.

    Typical usage:

        @contextmanager
        def some_generator(<arguments>):
            <setup>
            try:
                yield <value>
            finally:
                <cleanup>

    The decorated function makes a context manager: entering it runs the
    generator up to its yield, whose value is bound by ``as``; leaving it
    resumes the generator (throwing in the exception if the block raised
    one).
    """
    @wraps(func)
    def make_manager(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return make_manager


def asynccontextmanager(func):
    """@asynccontextmanager decorator.

    The asynchronous counterpart of contextmanager: it decorates an
    asynchronous generator function, and the manager it makes is used
    with ``async with``.
    """
    @wraps(func)
    def make_manager(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return make_manager


# --- Small ready-made managers -------------------------------------------------

class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block.

    ``with closing(thing) as t:`` binds thing and calls thing.close() on
    leaving the block, however it is left.
    """

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, exc_type, exc, tb):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Async context manager for safely finalizing an asynchronously cleaned-up
    resource such as an async generator, calling its ``aclose()`` method.
    """

    def __init__(self, thing):
        self.thing = thing

    async def __aexit__(self, exc_type, exc, tb):
        await self.thing.aclose()

    async def __aenter__(self):
        return self.thing


class _StreamSwap(AbstractContextManager):
    """Replace the sys attribute named by _stream for the length of a block.
    Reentrant: each entry remembers what it replaced."""

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._saved = []

    def __enter__(self):
        self._saved.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._saved.pop())


class redirect_stdout(_StreamSwap):
    """Context manager for temporarily redirecting stdout to another file.

        with redirect_stdout(io.StringIO()) as f:
            help(pow)
        text = f.getvalue()
    """

    _stream = "stdout"


class redirect_stderr(_StreamSwap):
    """Context manager for temporarily redirecting stderr to another file."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions

    After the exception is suppressed, execution proceeds with the next
    statement following the with statement.

         with suppress(FileNotFoundError):
             os.remove(somefile)
         # Execution still resumes here if the file was already removed
    """

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __exit__(self, exc_type, exc, tb):
        # issubclass answers the question for a tuple of classes, and the
        # with statement re-raises whatever is not suppressed.
        if exc_type is None:
            return False
        return issubclass(exc_type, self._exceptions)

    def __enter__(self):
        return None


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does no additional processing.

    Used as a stand-in for a normal context manager, when a particular
    block of code is only sometimes used with a normal context manager:

    cm = optional_cm if condition else nullcontext()
    with cm:
        # Perform operation, using optional_cm if condition is True
    """

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    async def __aenter__(self):
        return self.enter_result

    def __exit__(self, exc_type, exc, tb):
        return None

    async def __aexit__(self, exc_type, exc, tb):
        return None


class chdir(AbstractContextManager):
    """Non thread-safe context manager to change the current working directory."""

    def __init__(self, path):
        self.path = path
        self._previous = []

    def __enter__(self):
        self._previous.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, exc_type, exc, tb):
        os.chdir(self._previous.pop())


# --- ExitStack and AsyncExitStack -------------------------------------------------

def _protocol_error(cm, kind):
    cls = type(cm)
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                     f"not support the {kind} protocol")


def _callback_as_exit(callback, args, kwds):
    """An exit function that calls callback(*args, **kwds) and never
    suppresses the exception."""
    def exit_callback(exc_type, exc, tb):
        callback(*args, **kwds)
    exit_callback.__wrapped__ = callback
    return exit_callback


def _async_callback_as_exit(callback, args, kwds):
    async def exit_callback(exc_type, exc, tb):
        await callback(*args, **kwds)
    exit_callback.__wrapped__ = callback
    return exit_callback


def _relink_context(exc, previous, outer):
    """Make exc's chain of __context__ end at previous, the exception that
    was active when exc's callback ran, instead of reaching outer (the one
    handled around the with statement) or looping back."""
    node = exc
    while True:
        context = node.__context__
        if context is None or context is previous:
            return
        if context is outer:
            break
        node = context
    node.__context__ = previous


class _ExitStackCore:
    """The callback stack shared by ExitStack and AsyncExitStack.

    Each entry is (is_sync, exit_function): the function takes the
    exception triple and returns true to suppress the exception.
    """

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Preserve the context stack by transferring it to a new instance."""
        moved = type(self)()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, deque()
        return moved

    def push(self, exit):
        """Registers a callback with the standard __exit__ method signature.

        Can suppress exceptions the same way __exit__ method can.
        Also accepts any object with an __exit__ method (registering a call
        to the method instead of the object itself).
        """
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            # Not a context manager: the callable itself is the callback.
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, MethodType(exit_method, exit)))
        return exit

    def enter_context(self, cm):
        """Enters the supplied context manager.

        If successful, also pushes its __exit__ method as a callback and
        returns the result of the __enter__ method.
        """
        cls = type(cm)
        try:
            enter, exit = cls.__enter__, cls.__exit__
        except AttributeError:
            raise _protocol_error(cm, "context manager") from None
        result = enter(cm)
        self._exit_callbacks.append((True, MethodType(exit, cm)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary callback and arguments.

        Cannot suppress exceptions.
        """
        self._exit_callbacks.append((True, _callback_as_exit(callback, args, kwds)))
        return callback


class ExitStack(_ExitStackCore, AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks.

    For example:
        with ExitStack() as stack:
            files = [stack.enter_context(open(fname)) for fname in filenames]
            # All opened files will automatically be closed at the end of
            # the with statement, even if attempts to open files later
            # in the list raise an exception.
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        # The exception handled around the with statement, if any: a chain
        # of contexts reaching it has gone beyond this stack's exceptions.
        outer = sys.exc_info()[1]
        suppressed = False
        raising = False
        while self._exit_callbacks:
            _, exit_function = self._exit_callbacks.pop()
            try:
                if exit_function(*exc_details):
                    suppressed, raising = True, False
                    exc_details = (None, None, None)
            except BaseException as error:
                _relink_context(error, exc_details[1], outer)
                raising = True
                exc_details = (type(error), error, error.__traceback__)
        if raising:
            _reraise_keeping_context(exc_details[1])
        return had_exception and suppressed

    def close(self):
        """Immediately unwind the context stack."""
        self.__exit__(None, None, None)


def _reraise_keeping_context(error):
    # Raising from here would make the exception being handled by the
    # caller the new __context__; keep the chain as the callbacks left it.
    context = error.__context__
    try:
        raise error
    except BaseException:
        error.__context__ = context
        raise


class AsyncExitStack(_ExitStackCore, AbstractAsyncContextManager):
    """Async context manager for dynamic management of a stack of exit
    callbacks.

    For example:
        async with AsyncExitStack() as stack:
            connections = [await stack.enter_async_context(get_connection())
                for i in range(5)]
            # All opened connections will automatically be released at the
            # end of the async with statement, even if attempts to open a
            # connection later in the list raise an exception.
    """

    async def enter_async_context(self, cm):
        """Enters the supplied async context manager.

        If successful, also pushes its __aexit__ method as a callback and
        returns the result of the __aenter__ method.
        """
        cls = type(cm)
        try:
            enter, exit = cls.__aenter__, cls.__aexit__
        except AttributeError:
            raise _protocol_error(cm, "asynchronous context manager") from None
        result = await enter(cm)
        self._exit_callbacks.append((False, MethodType(exit, cm)))
        return result

    def push_async_exit(self, exit):
        """Registers a coroutine function with the standard __aexit__ method
        signature.

        Can suppress exceptions the same way __aexit__ method can.
        Also accepts any object with an __aexit__ method (registering a call
        to the method instead of the object itself).
        """
        try:
            exit_method = type(exit).__aexit__
        except AttributeError:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, MethodType(exit_method, exit)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary coroutine function and arguments.

        Cannot suppress exceptions.
        """
        self._exit_callbacks.append((False, _async_callback_as_exit(callback, args, kwds)))
        return callback

    async def aclose(self):
        """Immediately unwind the context stack."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        outer = sys.exc_info()[1]
        suppressed = False
        raising = False
        while self._exit_callbacks:
            is_sync, exit_function = self._exit_callbacks.pop()
            try:
                if is_sync:
                    answer = exit_function(*exc_details)
                else:
                    answer = await exit_function(*exc_details)
                if answer:
                    suppressed, raising = True, False
                    exc_details = (None, None, None)
            except BaseException as error:
                _relink_context(error, exc_details[1], outer)
                raising = True
                exc_details = (type(error), error, error.__traceback__)
        if raising:
            _reraise_keeping_context(exc_details[1])
        return had_exception and suppressed
