"""Record of phased-in incompatible language changes.

Each feature name maps to a _Feature telling in which release the
feature became available through ``from __future__ import name`` and in
which release it became (or will become) the default behaviour.
"""

# Compiler flags, as bits of a code object's co_flags.
CO_NESTED = 0x10
CO_GENERATOR_ALLOWED = 0
CO_FUTURE_DIVISION = 0x20000
CO_FUTURE_ABSOLUTE_IMPORT = 0x40000
CO_FUTURE_WITH_STATEMENT = 0x80000
CO_FUTURE_PRINT_FUNCTION = 0x100000
CO_FUTURE_UNICODE_LITERALS = 0x200000
CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_GENERATOR_STOP = 0x800000
CO_FUTURE_ANNOTATIONS = 0x1000000


class _Feature:
    """One future statement: its optional and mandatory releases."""

    def __repr__(self):
        return "_Feature%r" % ((self.optional, self.mandatory, self.compiler_flag),)

    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.compiler_flag = compiler_flag
        self.optional, self.mandatory = optionalRelease, mandatoryRelease

    def getOptionalRelease(self):
        """The release in which the feature could first be imported."""
        return self.optional

    def getMandatoryRelease(self):
        """The release in which the feature is always on, or None."""
        return self.mandatory


_FEATURES = (
    ("nested_scopes", (2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0), CO_NESTED),
    ("generators", (2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0), CO_GENERATOR_ALLOWED),
    ("division", (2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_DIVISION),
    ("absolute_import", (2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0), CO_FUTURE_ABSOLUTE_IMPORT),
    ("with_statement", (2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0), CO_FUTURE_WITH_STATEMENT),
    ("print_function", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_PRINT_FUNCTION),
    ("unicode_literals", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_UNICODE_LITERALS),
    ("barry_as_FLUFL", (3, 1, 0, "alpha", 2), (4, 0, 0, "alpha", 0), CO_FUTURE_BARRY_AS_BDFL),
    ("generator_stop", (3, 5, 0, "beta", 1), (3, 7, 0, "alpha", 0), CO_FUTURE_GENERATOR_STOP),
    ("annotations", (3, 7, 0, "beta", 1), None, CO_FUTURE_ANNOTATIONS),
)

all_feature_names = [entry[0] for entry in _FEATURES]
for _name, _opt, _mand, _flag in _FEATURES:
    globals()[_name] = _Feature(_opt, _mand, _flag)
del _name, _opt, _mand, _flag, _FEATURES

__all__ = ["all_feature_names"] + all_feature_names
