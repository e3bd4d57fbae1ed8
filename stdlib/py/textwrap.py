"""Wrapping and filling of plain text paragraphs.

Written for rebeam from the documentation of the textwrap module.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace separates words; other space-like characters
# (such as a no-break space) belong to the words around them.
_SPACES = '\t\n\x0b\x0c\r '
_TO_SPACE = {ord(c): ' ' for c in _SPACES}
_WORD_PUNCT = frozenset('!"\'&.,?')


def _wordish(c):
    return c.isalnum() or c == '_'


def _letter(c):
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _space_run(text, pos):
    end = pos
    while end < len(text) and text[end] in _SPACES:
        end += 1
    return end


class _Chunker:
    """Cuts text into words, runs of whitespace and dashes."""

    def __init__(self, text):
        self.text = text
        self.size = len(text)

    def at(self, k):
        if 0 <= k < self.size:
            return self.text[k]
        return ''

    def is_letter(self, k):
        c = self.at(k)
        return c != '' and _letter(c)

    def dash_run_at(self, k):
        """Length of an em-dash (two or more hyphens then a word
        character) starting at k, after a word or punctuation; else 0."""
        prev = self.at(k - 1)
        if not prev or not (_wordish(prev) or prev in _WORD_PUNCT):
            return 0
        end = k
        while self.at(end) == '-':
            end += 1
        nxt = self.at(end)
        if end - k >= 2 and nxt and _wordish(nxt):
            return end - k
        return 0

    def breaks_after_hyphen(self, k):
        """True when the hyphen at k can end a piece of a compound word."""
        before = ((self.is_letter(k - 2) and self.is_letter(k - 1)) or
                  (self.is_letter(k - 3) and self.at(k - 2) == '-'
                   and self.is_letter(k - 1)))
        if not before or not self.is_letter(k + 1):
            return False
        return self.is_letter(k + 2) or (self.at(k + 2) == '-'
                                         and self.is_letter(k + 3))

    def word_end(self, start):
        k = start + 1
        while True:
            c = self.at(k)
            if c == '' or c in _SPACES:
                return k
            if c == '-' and self.breaks_after_hyphen(k):
                return k + 1
            if c == '-' and self.dash_run_at(k):
                return k
            k += 1

    def pieces(self):
        out = []
        pos = 0
        while pos < self.size:
            if self.text[pos] in _SPACES:
                end = _space_run(self.text, pos)
            else:
                end = pos + self.dash_run_at(pos)
                if end == pos:
                    end = self.word_end(pos)
            out.append(self.text[pos:end])
            pos = end
        return out


def _split_on_spaces(text):
    out = []
    pos = 0
    while pos < len(text):
        if text[pos] in _SPACES:
            end = _space_run(text, pos)
        else:
            end = pos
            while end < len(text) and text[end] not in _SPACES:
                end += 1
        out.append(text[pos:end])
        pos = end
    return out


def _closes_sentence(chunk):
    # A lowercase ASCII letter, then . ! or ?, then maybe a closing quote.
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Wraps and fills text; the wrapping options are instance attributes."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.max_lines = max_lines
        self.placeholder = placeholder
        # Margins.
        self.initial_indent, self.subsequent_indent = initial_indent, subsequent_indent
        # How whitespace in the input is treated.
        self.tabsize = tabsize
        self.expand_tabs, self.replace_whitespace = expand_tabs, replace_whitespace
        self.drop_whitespace = drop_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        # Where words may be broken.
        self.break_on_hyphens, self.break_long_words = break_on_hyphens, break_long_words

    # -- turning text into chunks ----------------------------------------

    def _munge_whitespace(self, text):
        expanded = text.expandtabs(self.tabsize) if self.expand_tabs else text
        return expanded.translate(_TO_SPACE) if self.replace_whitespace else expanded

    def _split(self, text):
        if self.break_on_hyphens:
            return _Chunker(text).pieces()
        return _split_on_spaces(text)

    def _fix_sentence_endings(self, chunks):
        for k in range(len(chunks) - 1):
            if chunks[k + 1] == ' ' and _closes_sentence(chunks[k]):
                chunks[k + 1] = '  '

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- laying chunks out on lines --------------------------------------

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put (part of) the too-long chunk on top of reversed_chunks onto
        cur_line."""
        room = width - cur_len if width >= 1 else 1
        word = reversed_chunks[-1]
        if self.break_long_words:
            cut = room
            if self.break_on_hyphens and len(word) > room:
                dash = word.rfind('-', 0, room)
                if dash > 0 and word[:dash].strip('-'):
                    cut = dash + 1
            cur_line.append(word[:cut])
            reversed_chunks[-1] = word[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        limit = self.max_lines
        if limit is not None:
            first = self.subsequent_indent if limit > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        todo = list(reversed(chunks))
        lines = []
        while todo:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if lines and self.drop_whitespace and not todo[-1].strip():
                todo.pop()

            line = []
            used = 0
            while todo and used + len(todo[-1]) <= room:
                used += len(todo[-1])
                line.append(todo.pop())
            if todo and len(todo[-1]) > room:
                self._handle_long_word(todo, line, used, room)
                used = sum(len(piece) for piece in line)
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line[-1])
                line.pop()
            if not line:
                continue

            rest_is_blank = not todo or (self.drop_whitespace and len(todo) == 1
                                         and not todo[0].strip())
            if (limit is None or len(lines) + 1 < limit
                    or (rest_is_blank and used <= room)):
                lines.append(prefix + ''.join(line))
                continue
            self._finish_with_placeholder(lines, line, used, room, prefix)
            break
        return lines

    def _finish_with_placeholder(self, lines, line, used, room, prefix):
        mark = self.placeholder
        while line:
            if line[-1].strip() and used + len(mark) <= room:
                lines.append(prefix + ''.join(line) + mark)
                return
            used -= len(line.pop())
        if lines:
            last = lines[-1].rstrip()
            if len(last) + len(mark) <= self.width:
                lines[-1] = last + mark
                return
        lines.append(prefix + mark.lstrip())

    # -- public interface ------------------------------------------------

    def wrap(self, text):
        """Return text wrapped into a list of lines without final newlines."""
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        """Return text wrapped and joined into one string with newlines."""
        lines = self.wrap(text)
        return "\n".join(lines)


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph and return it as a single string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate text to fit in width characters."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def _is_blank_line(line):
    return line != '' and not line.strip(' \t')


def dedent(text):
    """Remove the whitespace that every non-blank line starts with.

    Lines holding only spaces and tabs come out empty."""
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        if _is_blank_line(line):
            lines[k] = ''
            continue
        if not line:
            continue
        lead = line[:len(line) - len(line.lstrip(' \t'))]
        if margin is None:
            margin = lead
        else:
            common = 0
            for a, b in zip(margin, lead):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to each line of text for which predicate(line) is true;
    by default to the lines that are not only whitespace."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
