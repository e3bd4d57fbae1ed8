import atexit

def bye(name, punct='!'):
    print('bye', name + punct)

def never():
    print('never runs')

atexit.register(bye, 'first')
atexit.register(bye, 'second', punct='?')
atexit.register(never)
atexit.unregister(never)

@atexit.register
def decorated():
    print('decorated handler')

def failing():
    raise ValueError('handler failed')
atexit.register(failing)
print('main body done')
try:
    atexit.register(42)
except TypeError as e:
    print('TypeError', e)
