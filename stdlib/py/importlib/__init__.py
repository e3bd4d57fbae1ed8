"""A subset of importlib: import_module, reload and invalidate_caches."""

import sys
import _rebeam_imp

__all__ = ["import_module", "reload", "invalidate_caches"]


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def import_module(name, package=None):
    """Import a module by name; a relative name needs package."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError(
                "the 'package' argument is required to perform a relative "
                f"import for {name!r}")
        for character in name:
            if character != ".":
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError("Empty module name")
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Run a module's source again in its own namespace and return it."""
    if type(module) is not type(sys):
        raise TypeError("reload() argument must be a module")
    return _rebeam_imp.reload(module)


def invalidate_caches():
    """Nothing to do: rebeam keeps no finder caches."""
