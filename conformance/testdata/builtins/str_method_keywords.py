# Which str and bytes methods take keyword arguments, and the TypeError of the others.
tests = [
    ("ljust", (5,), {"fillchar": "*"}), ("rjust", (5,), {"fillchar": "*"}), ("center", (5,), {"fillchar": "*"}),
    ("split", (), {"sep": ","}), ("split", (), {"maxsplit": 1}), ("rsplit", (), {"sep": ","}),
    ("splitlines", (), {"keepends": True}), ("encode", (), {"encoding": "utf-8"}), ("expandtabs", (), {"tabsize": 4}),
    ("replace", ("a", "b"), {"count": 1}), ("startswith", ("a",), {"start": 0}), ("find", ("a",), {"start": 0}),
    ("count", ("a",), {"start": 0}), ("strip", (), {"chars": "x"}), ("join", (), {"iterable": []}),
    ("zfill", (), {"width": 3}), ("index", ("a",), {"start": 0}), ("partition", (), {"sep": ","}),
    ("removeprefix", (), {"prefix": "a"}), ("translate", (), {"table": {}}),
]
for name, a, k in tests:
    try:
        r = getattr("a,b", name)(*a, **k)
        print(name, k, "->", repr(r))
    except TypeError as e:
        print(name, k, "TypeError:", e)
for name, a, k in tests:
    if name in ("encode", "format", "expandtabs", "translate"):
        continue
    try:
        r = getattr(b"a,b", name)(*[x.encode() if isinstance(x, str) else x for x in a], **{kk: (v.encode() if isinstance(v, str) else v) for kk, v in k.items()})
        print("bytes", name, "->", repr(r))
    except (TypeError, AttributeError) as e:
        print("bytes", name, type(e).__name__, e)
