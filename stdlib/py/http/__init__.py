"""HTTP status codes and methods as enums.

HTTPStatus members are ints carrying the reason phrase and a short
description (RFC 7231, 6585, 3229, 4918, 5842, 7238, 2295, 2774, 7725,
7540, 2324, 8297 and 8470); HTTPMethod members are strs (RFC 7231 and
PATCH from RFC 5789).
"""

from enum import EnumType, IntEnum, StrEnum

__all__ = ['HTTPStatus', 'HTTPMethod']

# "code phrase: description"; a member's name is its phrase in capitals
# with spaces and dashes as underscores (and no apostrophes).
_STATUS_TABLE = """
100 Continue: Request received, please continue
101 Switching Protocols: Switching to new protocol; obey Upgrade header
102 Processing:
103 Early Hints:
200 OK: Request fulfilled, document follows
201 Created: Document created, URL follows
202 Accepted: Request accepted, processing continues off-line
203 Non-Authoritative Information: Request fulfilled from cache
204 No Content: Request fulfilled, nothing follows
205 Reset Content: Clear input form for further input
206 Partial Content: Partial content follows
207 Multi-Status:
208 Already Reported:
226 IM Used:
300 Multiple Choices: Object has several resources -- see URI list
301 Moved Permanently: Object moved permanently -- see URI list
302 Found: Object moved temporarily -- see URI list
303 See Other: Object moved -- see Method and URL list
304 Not Modified: Document has not changed since given time
305 Use Proxy: You must use proxy specified in Location to access this resource
307 Temporary Redirect: Object moved temporarily -- see URI list
308 Permanent Redirect: Object moved permanently -- see URI list
400 Bad Request: Bad request syntax or unsupported method
401 Unauthorized: No permission -- see authorization schemes
402 Payment Required: No payment -- see charging schemes
403 Forbidden: Request forbidden -- authorization will not help
404 Not Found: Nothing matches the given URI
405 Method Not Allowed: Specified method is invalid for this resource
406 Not Acceptable: URI not available in preferred format
407 Proxy Authentication Required: You must authenticate with this proxy before proceeding
408 Request Timeout: Request timed out; try again later
409 Conflict: Request conflict
410 Gone: URI no longer exists and has been permanently removed
411 Length Required: Client must specify Content-Length
412 Precondition Failed: Precondition in headers is false
413 Request Entity Too Large: Entity is too large
414 Request-URI Too Long: URI is too long
415 Unsupported Media Type: Entity body in unsupported format
416 Requested Range Not Satisfiable: Cannot satisfy request range
417 Expectation Failed: Expect condition could not be satisfied
418 I'm a Teapot: Server refuses to brew coffee because it is a teapot.
421 Misdirected Request: Server is not able to produce a response
422 Unprocessable Entity:
423 Locked:
424 Failed Dependency:
425 Too Early:
426 Upgrade Required:
428 Precondition Required: The origin server requires the request to be conditional
429 Too Many Requests: The user has sent too many requests in a given amount of time ("rate limiting")
431 Request Header Fields Too Large: The server is unwilling to process the request because its header fields are too large
451 Unavailable For Legal Reasons: The server is denying access to the resource as a consequence of a legal demand
500 Internal Server Error: Server got itself in trouble
501 Not Implemented: Server does not support this operation
502 Bad Gateway: Invalid responses from another server/proxy
503 Service Unavailable: The server cannot process the request due to a high load
504 Gateway Timeout: The gateway server did not receive a timely response
505 HTTP Version Not Supported: Cannot fulfill request
506 Variant Also Negotiates:
507 Insufficient Storage:
508 Loop Detected:
510 Not Extended:
511 Network Authentication Required: The client needs to authenticate to gain network access
"""

_METHOD_TABLE = """
CONNECT: Establish a connection to the server.
DELETE: Remove the target.
GET: Retrieve the target.
HEAD: Same as GET, but only retrieve the status line and header section.
OPTIONS: Describe the communication options for the target.
PATCH: Apply partial modifications to a target.
POST: Perform target-specific processing with the request payload.
PUT: Replace the target with the request payload.
TRACE: Perform a message loop-back test along the path to the target.
"""


def _status_member(cls, value, phrase, description=''):
    member = int.__new__(cls, value)
    member._value_ = value
    member.phrase = phrase
    member.description = description
    return member


def _method_member(cls, value, description):
    member = str.__new__(cls, value)
    member._value_ = value
    member.description = description
    return member


def _method_repr(self):
    return f'<{type(self).__name__}.{self._name_}>'


def _build(name, base, doc, extra, members):
    """Create an enum the way a class statement would."""
    namespace = EnumType.__prepare__(name, (base,))
    namespace['__module__'] = __name__
    namespace['__qualname__'] = name
    namespace['__doc__'] = doc
    for key, value in extra.items():
        namespace[key] = value
    for key, value in members:
        namespace[key] = value
    return EnumType(name, (base,), namespace)


def _status_rows():
    for line in _STATUS_TABLE.strip().splitlines():
        head, _, description = line.partition(':')
        code, _, phrase = head.partition(' ')
        name = phrase.upper().replace("'", '').replace('-', ' ').replace(' ', '_')
        yield name, (int(code), phrase, description.strip())


def _method_rows():
    for line in _METHOD_TABLE.strip().splitlines():
        name, _, description = line.partition(':')
        yield name, (name, description.strip())


HTTPStatus = _build(
    'HTTPStatus', IntEnum,
    'HTTP status codes with their reason phrases and descriptions.',
    {'__new__': _status_member}, _status_rows())

HTTPMethod = _build(
    'HTTPMethod', StrEnum,
    'HTTP request methods with short descriptions.',
    {'__new__': _method_member, '__repr__': _method_repr}, _method_rows())
