# A keyword argument that a ** mapping in the same call also gives is refused,
# whichever comes first: f(**{'a': 1}, a=2) raises TypeError.
def t(src):
    try:
        exec(src, {})
    except Exception as e:
        print(type(e).__name__, e)
t("f = lambda **k: print(sorted(k.items()))\nf(**{'a': 1}, a=2)")
t("f = lambda **k: print(sorted(k.items()))\nf(a=2, **{'a': 1})")
t("f = lambda **k: print(sorted(k.items()))\nf(**{'a': 1}, **{'a': 2})")
t("f = lambda **k: print(sorted(k.items()))\nf(**{'a': 1}, b=2, **{'c': 3}, d=4)")
t("f = lambda *a, **k: print(a, sorted(k.items()))\nf(*[1], x=1, **{'y': 2})")
t("def g(a, b): print(a, b)\ng(**{'a': 1}, b=2)")
t("def g(a, b): print(a, b)\ng(1, **{'a': 1})")
t("def g(a, b): print(a, b)\ng(*[1], a=5)")
t("dict(**{'a': 1}, a=2)")
t("print(**{'sep': '-'}, end='!\\n')")
