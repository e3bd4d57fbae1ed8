import email.errors as errors

names = ['MessageError', 'MessageParseError', 'HeaderParseError', 'BoundaryError',
         'MultipartConversionError', 'CharsetError', 'MessageDefect',
         'NoBoundaryInMultipartDefect', 'StartBoundaryNotFoundDefect',
         'CloseBoundaryNotFoundDefect', 'FirstHeaderLineIsContinuationDefect',
         'MisplacedEnvelopeHeaderDefect', 'MissingHeaderBodySeparatorDefect',
         'MalformedHeaderDefect', 'MultipartInvariantViolationDefect',
         'InvalidMultipartContentTransferEncodingDefect', 'UndecodableBytesDefect',
         'InvalidBase64PaddingDefect', 'InvalidBase64CharactersDefect',
         'InvalidBase64LengthDefect', 'HeaderDefect', 'InvalidHeaderDefect',
         'HeaderMissingRequiredValue', 'NonPrintableDefect', 'ObsoleteHeaderDefect',
         'NonASCIILocalPartDefect', 'InvalidDateDefect']
for n in names:
    c = getattr(errors, n)
    print(n, c.__name__, [b.__name__ for b in c.__bases__], c.__module__)
d = errors.MessageDefect()
print(repr(d), d.line, d.args)
d = errors.MessageDefect('x')
print(repr(d), d.line, str(d))
n = errors.NonPrintableDefect('ab')
print(repr(n), str(n), n.line, n.non_printables)
h = errors.InvalidHeaderDefect('bad header')
print(repr(h), h.line, str(h), isinstance(h, ValueError))
try:
    raise errors.MultipartConversionError('nope')
except TypeError as e:
    print('TypeError caught:', type(e).__name__, e)
try:
    raise errors.HeaderParseError('hp')
except errors.MessageError as e:
    print('MessageError caught:', type(e).__name__, e)
print(errors.MalformedHeaderDefect is errors.MissingHeaderBodySeparatorDefect)
