# A lock's repr says whether it is held; TIMEOUT_MAX is CPython's.
import _thread
import threading

lock = threading.Lock()
print(type(lock), repr(lock).split(" at ")[0])
print(lock.acquire(timeout=threading.TIMEOUT_MAX))
print(repr(lock).split(" at ")[0], repr(lock).endswith(">"), " at 0x" in repr(lock))
lock.release()
print(threading.TIMEOUT_MAX, _thread.TIMEOUT_MAX)
