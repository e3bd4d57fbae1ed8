import gc
import signal
import locale
import platform

print(gc.collect(), gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.collect(0) >= 0, isinstance(gc.get_threshold(), tuple), gc.garbage)
print(int(signal.SIGINT), int(signal.SIGTERM), int(signal.SIGKILL), int(signal.SIGUSR1), repr(signal.SIGINT), str(signal.SIGTERM))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)
def handler(signum, frame):
    print('got', signum)
old = signal.signal(signal.SIGUSR1, handler)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler, int(signal.SIG_IGN), signal.SIG_DFL)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_IGN, signal.Signals.SIGINT is signal.SIGINT or signal.Signals.SIGINT == 2)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
try:
    signal.signal(signal.SIGUSR1, 'nope')
except TypeError as e:
    print('TypeError', e)
print(locale.setlocale(locale.LC_ALL, 'C'), locale.getlocale(), locale.getpreferredencoding())
print(locale.setlocale(locale.LC_ALL, 'C.UTF-8'), locale.localeconv()['decimal_point'])
print(platform.system(), platform.python_implementation(), platform.python_version(), platform.python_version_tuple())
print(platform.machine() == platform.uname().machine, platform.uname().system, type(platform.release()).__name__)
