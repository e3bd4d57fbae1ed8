"""The email package: build, parse and inspect email-style messages.

rebeam provides email.message, email.parser, email.policy, email.utils
and email.errors; the helpers below parse a whole message in one call.
"""

__all__ = ['errors', 'message', 'message_from_binary_file',
           'message_from_bytes', 'message_from_file', 'message_from_string',
           'parser', 'policy', 'utils']


def _run_parser(binary, method, source, args, kws):
    from email import parser
    factory = parser.BytesParser if binary else parser.Parser
    return getattr(factory(*args, **kws), method)(source)


def message_from_string(s, *args, **kws):
    """Parse the str *s* into a message (arguments as for Parser)."""
    return _run_parser(False, 'parsestr', s, args, kws)


def message_from_bytes(s, *args, **kws):
    """Parse the bytes *s* into a message (arguments as for BytesParser)."""
    return _run_parser(True, 'parsebytes', s, args, kws)


def message_from_file(fp, *args, **kws):
    """Read a text file to its end and parse it into a message."""
    return _run_parser(False, 'parse', fp, args, kws)


def message_from_binary_file(fp, *args, **kws):
    """Read a binary file to its end and parse it into a message."""
    return _run_parser(True, 'parse', fp, args, kws)
