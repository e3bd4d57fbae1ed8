"""Exceptions of the email package, and the defect classes a parser
records on a message (in its .defects list) instead of raising."""


def _declare(name, bases, doc):
    cls = type(name, bases, {'__doc__': doc, '__module__': __name__})
    globals()[name] = cls
    return cls


_declare('MessageError', (Exception,), "Root of the email package's exceptions.")
_declare('MessageParseError', (MessageError,), 'A message could not be parsed.')
_declare('HeaderParseError', (MessageParseError,), 'A header could not be parsed.')
_declare('BoundaryError', (MessageParseError,), 'The closing multipart boundary is missing.')
_declare('MultipartConversionError', (MessageError, TypeError),
         'A non-multipart message cannot become a multipart one this way.')
_declare('CharsetError', (MessageError,), 'The charset given is not valid.')


class MessageDefect(ValueError):
    """Something wrong in a message that parsing tolerated; *line* is
    the offending text when there is one."""

    def __init__(self, line=None):
        self.line = line
        if line is None:
            return
        ValueError.__init__(self, line)


class HeaderDefect(MessageDefect):
    """Something wrong in one header."""


class NonPrintableDefect(HeaderDefect):
    """A header holds ASCII control characters."""

    def __init__(self, non_printables):
        self.non_printables = non_printables
        HeaderDefect.__init__(self, non_printables)

    def __str__(self):
        found = self.non_printables
        return f"the following ASCII non-printables found in header: {found}"


# (name, what it records)
for _name, _doc in [
        ('NoBoundaryInMultipartDefect', 'multipart without a boundary parameter'),
        ('StartBoundaryNotFoundDefect', 'the first boundary never appears'),
        ('CloseBoundaryNotFoundDefect', 'the closing boundary never appears'),
        ('FirstHeaderLineIsContinuationDefect', 'the headers start with a continuation line'),
        ('MisplacedEnvelopeHeaderDefect', "a 'From ' line among the headers"),
        ('MissingHeaderBodySeparatorDefect', 'a line that is neither header nor continuation'),
        ('MultipartInvariantViolationDefect', 'multipart without any parts'),
        ('InvalidMultipartContentTransferEncodingDefect',
         'a multipart with a transfer encoding of its own'),
        ('UndecodableBytesDefect', 'header bytes that do not decode'),
        ('InvalidBase64PaddingDefect', 'base64 data with wrong padding'),
        ('InvalidBase64CharactersDefect', 'base64 data with characters outside the alphabet'),
        ('InvalidBase64LengthDefect', 'base64 data whose length is 1 mod 4')]:
    _declare(_name, (MessageDefect,), _doc)

for _name, _doc in [
        ('InvalidHeaderDefect', 'a header that is not valid (see the message)'),
        ('HeaderMissingRequiredValue', 'a header that needs a value has none'),
        ('ObsoleteHeaderDefect', 'a header in syntax RFC 5322 calls obsolete'),
        ('NonASCIILocalPartDefect', 'non-ASCII characters in a local part'),
        ('InvalidDateDefect', 'a date that cannot be parsed')]:
    _declare(_name, (HeaderDefect,), _doc)

del _name, _doc

# The older name of the same defect.
MalformedHeaderDefect = MissingHeaderBodySeparatorDefect
