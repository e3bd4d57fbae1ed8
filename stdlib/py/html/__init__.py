"""General functions for HTML manipulation (escape, unescape)."""

import re as _re

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'",
             "nbsp": "\xa0", "copy": "\xa9", "reg": "\xae"}
_charref = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def _replace_charref(m):
    s = m.group(1)
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num > 0x10FFFF or 0xD800 <= num <= 0xDFFF:
            return '\uFFFD'
        return chr(num)
    name = s.rstrip(';')
    if name in _ENTITIES:
        return _ENTITIES[name]
    return '&' + s


def unescape(s):
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
