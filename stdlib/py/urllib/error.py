"""Exceptions raised by urllib.request.

URLError is the root (an OSError); HTTPError carries a complete HTTP error
response and can be read like one; ContentTooShortError reports a download
that ended before its announced length.
"""

import io

__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']


class URLError(OSError):
    """A URL could not be opened; *reason* says why."""

    def __init__(self, reason, filename=None):
        self.args = (reason,)
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return f'<urlopen error {self.reason}>'


class HTTPError(URLError):
    """An HTTP response with an error status, usable as a response too."""

    def __init__(self, url, code, msg, hdrs, fp):
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.filename = url
        self.args = ()
        if fp is None:
            fp = io.BytesIO()
        self.fp = fp

    def __str__(self):
        return f'HTTP Error {self.code}: {self.msg}'

    def __repr__(self):
        return f'<HTTPError {self.code}: {self.msg!r}>'

    @property
    def headers(self):
        return self.hdrs

    @headers.setter
    def headers(self, value):
        self.hdrs = value

    @property
    def reason(self):
        return self.msg

    @property
    def url(self):
        return self.filename

    @property
    def status(self):
        return self.code

    def geturl(self):
        return self.filename

    def getcode(self):
        return self.code

    def info(self):
        return self.hdrs

    # File-like access to the body.
    def read(self, *size):
        return self.fp.read(*size)

    def readline(self, *limit):
        return self.fp.readline(*limit)

    def readlines(self, *hint):
        return self.fp.readlines(*hint)

    def __iter__(self):
        return iter(self.fp)

    def close(self):
        closer = getattr(self.fp, 'close', None)
        if closer is not None:
            closer()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class ContentTooShortError(URLError):
    """The body ended before the length the server announced."""

    def __init__(self, message, content):
        super().__init__(message)
        self.content = content
