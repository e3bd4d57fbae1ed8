"""Lazy module doc."""
import sys
def __getattr__(name):
    if name == "dyn":
        return "dynamic!"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["dyn", "static"]
static = 1
_private = 2
__all__ = ["static"]
