# exit and quit are builtins (site's Quitter): they raise SystemExit(code) and
# their repr says how to leave.
print(repr(exit), str(quit), type(exit).__name__, type(exit).__module__, callable(exit))
import builtins
print(getattr(builtins, "True"), builtins.exit is exit)
try:
    exit()
except SystemExit as e:
    print("code", repr(e.code), e.args)
try:
    quit(3)
except SystemExit as e:
    print("code", e.code)
try:
    exit(code="msg")
except SystemExit as e:
    print("code", e.code)
exit("leaving with a message")
print("not reached")
