import http
from http import HTTPStatus, HTTPMethod

print(sorted(http.__all__), len(HTTPStatus), len(HTTPMethod))
for s in HTTPStatus:
    print(s.value, s.name, repr(s.phrase), repr(s.description))
for m in HTTPMethod:
    print(m.name, repr(m.value), repr(m.description))
print(repr(HTTPStatus.OK), str(HTTPStatus.OK), format(HTTPStatus.OK), HTTPStatus(404),
      HTTPStatus['NOT_FOUND'], HTTPStatus.OK == 200, HTTPStatus.OK + 1, HTTPStatus.OK.phrase)
print(repr(HTTPMethod.GET), str(HTTPMethod.GET), HTTPMethod.GET == 'GET', f'{HTTPMethod.POST}',
      HTTPMethod('PATCH'), HTTPMethod['PUT'].description)
print(HTTPStatus.__mro__, HTTPMethod.__mro__)
print(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, HTTPStatus.IM_A_TEAPOT.phrase,
      HTTPStatus(451).name, isinstance(HTTPStatus.OK, int), isinstance(HTTPMethod.GET, str))
for bad in (999, 'x'):
    try:
        HTTPStatus(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    HTTPMethod('get')
except ValueError as e:
    print('ValueError', e)
print(sorted(s for s in HTTPStatus if 300 <= s < 310))
print({s: s.phrase for s in (HTTPStatus.CREATED, HTTPStatus.NO_CONTENT)})
print(HTTPStatus.OK.__class__.__name__, HTTPStatus.__module__, HTTPMethod.__module__)
