import sys
try:
    sys.exit(4)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    sys.exit("text")
except SystemExit as e:
    print("code is", repr(e.code))
try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.code)
try:
    sys.exit(1)
except Exception:
    print("not an Exception")
except BaseException as e:
    print("is a BaseException:", type(e).__name__)
def cleanup():
    try:
        sys.exit(0)
    finally:
        print("finally runs on exit")
try:
    cleanup()
except SystemExit as e:
    print("code", e.code)
print("final exit with True")
sys.exit(True)
