from __future__ import annotations
import __future__

print(__future__.all_feature_names)
print(__future__.__all__)
for name in __future__.all_feature_names:
    feat = getattr(__future__, name)
    print(name, repr(feat))
    print(" ", feat.getOptionalRelease(), feat.getMandatoryRelease(), hex(feat.compiler_flag))
print(__future__.annotations.mandatory is None)
print(type(__future__.division).__name__)
print(__future__.CO_FUTURE_ANNOTATIONS == __future__.annotations.compiler_flag)
print(sorted(k for k in dir(__future__) if k.startswith("CO_")))
print(__future__.CO_NESTED, __future__.CO_GENERATOR_ALLOWED)


def f(x: UndefinedName) -> AlsoUndefined:
    return x


print(f.__annotations__)
