"""A small email package (rebeam: the Message class, header parsing and
policies as far as http and simple messages need; no MIME generators,
header encodings or multipart parsing)."""

__all__ = ['message_from_string', 'message_from_bytes', 'message_from_file',
           'message_from_binary_file']


def message_from_string(s, *args, **kws):
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parsebytes(s)


def message_from_file(fp, *args, **kws):
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)


def message_from_binary_file(fp, *args, **kws):
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parse(fp)
