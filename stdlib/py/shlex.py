"""A lexical analyzer for shell-like syntax, as CPython's shlex module
documents it: split() in POSIX mode (quotes, backslash escapes,
optional # comments), quote() and join(), and the shlex class for
token-by-token reading."""

__all__ = ["shlex", "split", "quote", "join"]

_WORDCHARS_ASCII = ("abcdfeghijklmnopqrstuvwxyz"
                    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


class shlex:
    """A lexer over a string: get_token() returns the next token, None
    (or eof) at the end. In POSIX mode quotes are removed and
    backslashes escape."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            text = instream
        elif instream is None:
            import sys
            text = sys.stdin.read()
        else:
            text = instream.read()
        self._text = text
        self._pos = 0
        self.infile = infile
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = _WORDCHARS_ASCII
        if posix:
            self.wordchars += ("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                               "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.lineno = 1
        self.pushback = []
        self.token = ""
        if not punctuation_chars:
            punctuation_chars = ""
        elif punctuation_chars is True:
            punctuation_chars = "();<>|&"
        self.punctuation_chars = punctuation_chars
        if punctuation_chars:
            self.wordchars += "~-./*?="
            for c in punctuation_chars:
                self.wordchars = self.wordchars.replace(c, "")

    def push_token(self, tok):
        """Push a token back onto the stack."""
        self.pushback.insert(0, tok)

    def _read(self):
        if self._pos >= len(self._text):
            return ""
        c = self._text[self._pos]
        self._pos += 1
        return c

    def get_token(self):
        """The next token (from the pushback stack first)."""
        if self.pushback:
            return self.pushback.pop(0)
        return self.read_token()

    def read_token(self):
        quoted = False
        escapedstate = " "
        state = " "
        token = ""
        posix = self.posix
        while True:
            nextchar = self._read()
            if nextchar == "\n":
                self.lineno += 1
            if state is None:
                token = ""
                break
            elif state == " ":
                if not nextchar:
                    state = None
                    break
                elif nextchar in self.whitespace:
                    if token or (posix and quoted):
                        break
                    continue
                elif nextchar in self.commenters:
                    self._skip_line()
                    self.lineno += 1
                elif posix and nextchar in self.escape:
                    escapedstate = "a"
                    state = nextchar
                elif nextchar in self.wordchars:
                    token = nextchar
                    state = "a"
                elif nextchar in self.punctuation_chars:
                    token = nextchar
                    state = "c"
                elif nextchar in self.quotes:
                    if not posix:
                        token = nextchar
                    state = nextchar
                elif self.whitespace_split:
                    token = nextchar
                    state = "a"
                else:
                    token = nextchar
                    if token or (posix and quoted):
                        break
            elif state in self.quotes:
                quoted = True
                if not nextchar:
                    raise ValueError("No closing quotation")
                if nextchar == state:
                    if not posix:
                        token += nextchar
                        state = " "
                        break
                    state = "a"
                elif posix and nextchar in self.escape and state in self.escapedquotes:
                    escapedstate = state
                    state = nextchar
                else:
                    token += nextchar
            elif state in self.escape:
                if not nextchar:
                    raise ValueError("No escaped character")
                if escapedstate in self.quotes and nextchar != state and nextchar != escapedstate:
                    token += state
                token += nextchar
                state = escapedstate
            elif state in ("a", "c"):
                if not nextchar:
                    state = None
                    break
                elif nextchar in self.whitespace:
                    state = " "
                    if token or (posix and quoted):
                        break
                    continue
                elif nextchar in self.commenters:
                    self._skip_line()
                    self.lineno += 1
                    if posix:
                        state = " "
                        if token or (posix and quoted):
                            break
                        continue
                elif state == "c":
                    if nextchar in self.punctuation_chars:
                        token += nextchar
                    else:
                        if nextchar not in self.whitespace:
                            self._pos -= 1
                        state = " "
                        break
                elif posix and nextchar in self.quotes:
                    state = nextchar
                elif posix and nextchar in self.escape:
                    escapedstate = "a"
                    state = nextchar
                elif (nextchar in self.wordchars or nextchar in self.quotes
                      or (self.whitespace_split and nextchar not in self.punctuation_chars)):
                    token += nextchar
                else:
                    if self.punctuation_chars:
                        self._pos -= 1
                    else:
                        self.pushback.insert(0, nextchar)
                    state = " "
                    if token or (posix and quoted):
                        break
                    continue
        result = token
        self.token = ""
        if posix and not quoted and result == "":
            result = None
        return result

    def _skip_line(self):
        while True:
            c = self._read()
            if not c or c == "\n":
                return

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string s using shell-like syntax."""
    if s is None:
        raise ValueError("s argument must not be None")
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ""
    return list(lex)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return " ".join(quote(arg) for arg in split_command)


_SAFE = set(_WORDCHARS_ASCII + "@%+=:,./-")


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if all(c in _SAFE for c in s):
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"
