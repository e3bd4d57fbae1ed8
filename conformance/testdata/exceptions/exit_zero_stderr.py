import sys
print("to stdout")
print("diagnostics go to stderr", file=sys.stderr)
sys.exit(0)
