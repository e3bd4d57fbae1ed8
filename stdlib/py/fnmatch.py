"""Unix shell-style filename matching, as CPython's fnmatch module
documents it: *, ?, [seq] and [!seq]. Matching is done here directly;
translate() gives the equivalent regular expression text."""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether name matches pat, after os.path.normcase of both."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _parse(pat):
    # a list of tokens: ('lit', ch), ('any',), ('star',), ('set', negate, items)
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not tokens or tokens[-1][0] != "star":
                tokens.append(("star",))
        elif c == "?":
            tokens.append(("any",))
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                tokens.append(("lit", "["))
                continue
            body = pat[i:j]
            i = j + 1
            negate = body.startswith("!")
            if negate:
                body = body[1:]
            items = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    items.append((body[k], body[k + 2]))
                    k += 3
                else:
                    items.append((body[k], body[k]))
                    k += 1
            tokens.append(("set", negate, items))
        else:
            tokens.append(("lit", c))
    return tokens


def _match(tokens, name):
    # iterative matching with backtracking to the last star
    ti = ni = 0
    star_t = star_n = -1
    while ni < len(name):
        if ti < len(tokens):
            tok = tokens[ti]
            kind = tok[0]
            if kind == "star":
                star_t, star_n = ti, ni
                ti += 1
                continue
            c = name[ni]
            ok = False
            if kind == "lit":
                ok = tok[1] == c
            elif kind == "any":
                ok = True
            else:
                inside = any(lo <= c <= hi for lo, hi in tok[2])
                ok = inside != tok[1]
            if ok:
                ti += 1
                ni += 1
                continue
        if star_t < 0:
            return False
        star_n += 1
        ni = star_n
        ti = star_t + 1
    while ti < len(tokens) and tokens[ti][0] == "star":
        ti += 1
    return ti == len(tokens)


_cache = {}


def fnmatchcase(name, pat):
    """Test whether name matches pat, case-sensitively."""
    tokens = _cache.get(pat)
    if tokens is None:
        if len(_cache) > 256:
            _cache.clear()
        tokens = _cache[pat] = _parse(pat)
    return _match(tokens, name)


def filter(names, pat):
    """The names of the list that match pat."""
    pat = os.path.normcase(pat)
    tokens = _parse(pat)
    if os.path is posixpath:
        return [n for n in names if _match(tokens, n)]
    return [n for n in names if _match(tokens, os.path.normcase(n))]


_special = set("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def _escape(s):
    return "".join("\\" + c if c in _special else c for c in s)


def translate(pat):
    """The regular expression text equivalent to the shell pattern."""
    out = []  # regex text, None for a star
    for tok in _parse(pat):
        kind = tok[0]
        if kind == "lit":
            out.append(_escape(tok[1]))
        elif kind == "any":
            out.append(".")
        elif kind == "star":
            if not out or out[-1] is not None:
                out.append(None)
        else:
            negate, items = tok[1], tok[2]
            parts = []
            for lo, hi in items:
                if lo == hi:
                    parts.append(lo.replace("\\", r"\\"))
                else:
                    parts.append(lo.replace("\\", r"\\") + "-" + hi.replace("\\", r"\\"))
            body = "".join(parts)
            if not items:
                out.append("(?!)" if not negate else ".")
                continue
            if negate:
                body = "^" + body
            elif body[0] in "^[":
                body = "\\" + body
            out.append("[" + body + "]")
    # The text before the first star matches as written. The text between
    # two stars matches at the first place it can, in an atomic group that
    # is never re-tried, which keeps patterns with many stars linear; the
    # last star takes whatever the text after it leaves.
    res = []
    i, n = 0, len(out)
    while i < n and out[i] is not None:
        res.append(out[i])
        i += 1
    while i < n:
        i += 1
        j = i
        while j < n and out[j] is not None:
            j += 1
        between = "".join(out[i:j])
        if j == n:
            res.append(".*" + between)
        else:
            res.append("(?>.*?" + between + ")")
        i = j
    return "(?s:%s)\\Z" % "".join(res)
