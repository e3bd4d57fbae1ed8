"""quopri: quoted-printable encoding (RFC 1521) of files and bytes, over
binascii's b2a_qp and a2b_qp."""

from binascii import a2b_qp, b2a_qp

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''


def needsquoting(c, quotetabs, header):
    """Whether the byte c (a bytes of length 1) must be written =XX."""
    if c in b' \t':
        return bool(quotetabs)
    if c == b'_':
        return bool(header)
    return c == ESCAPE or not (b' ' <= c <= b'~')


def quote(c):
    """The byte c as =XX."""
    n = ord(c)
    return ESCAPE + HEX[n >> 4:(n >> 4) + 1] + HEX[n & 15:(n & 15) + 1]


def ishex(c):
    """Whether the byte c is a hexadecimal digit."""
    return c in b'0123456789abcdefABCDEF' and len(c) == 1


def unhex(s):
    """The value of the hexadecimal digits s."""
    return int(bytes(s).decode('ascii'), 16) if s else 0


def encodestring(s, quotetabs=False, header=False):
    """s quoted-printable: tabs and spaces quoted too with quotetabs, and
    spaces as '_' with header (RFC 1522 headers)."""
    return b2a_qp(s, quotetabs=quotetabs, header=header)


def decodestring(s, header=False):
    """Undo encodestring; with header '_' is a space."""
    return a2b_qp(s, header=header)


def encode(input, output, quotetabs, header=False):
    """Write the binary file input to the binary file output quoted."""
    output.write(encodestring(input.read(), quotetabs, header))


def decode(input, output, header=False):
    """Write the quoted-printable binary file input decoded to output."""
    output.write(decodestring(input.read(), header))
