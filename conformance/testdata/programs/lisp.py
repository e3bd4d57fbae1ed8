import math
import operator as op

Symbol = str
Number = (int, float)

def tokenize(chars):
    return chars.replace('(', ' ( ').replace(')', ' ) ').split()

def parse(program):
    return read_from_tokens(tokenize(program))

def read_from_tokens(tokens):
    if len(tokens) == 0:
        raise SyntaxError('unexpected EOF')
    token = tokens.pop(0)
    if token == '(':
        L = []
        while tokens[0] != ')':
            L.append(read_from_tokens(tokens))
        tokens.pop(0)
        return L
    elif token == ')':
        raise SyntaxError('unexpected )')
    else:
        return atom(token)

def atom(token):
    try:
        return int(token)
    except ValueError:
        try:
            return float(token)
        except ValueError:
            return Symbol(token)

class Env(dict):
    def __init__(self, parms=(), args=(), outer=None):
        self.update(zip(parms, args))
        self.outer = outer
    def find(self, var):
        if var in self:
            return self
        if self.outer is None:
            raise NameError(f"undefined symbol: {var}")
        return self.outer.find(var)

def standard_env():
    env = Env()
    env.update(vars(math))
    env.update({
        '+': op.add, '-': op.sub, '*': op.mul, '/': op.truediv,
        '>': op.gt, '<': op.lt, '>=': op.ge, '<=': op.le, '=': op.eq,
        'abs': abs, 'append': op.add, 'apply': lambda proc, args: proc(*args),
        'begin': lambda *x: x[-1], 'car': lambda x: x[0], 'cdr': lambda x: x[1:],
        'cons': lambda x, y: [x] + y, 'eq?': op.is_, 'equal?': op.eq,
        'length': len, 'list': lambda *x: list(x), 'list?': lambda x: isinstance(x, list),
        'map': lambda f, xs: list(map(f, xs)), 'max': max, 'min': min, 'not': op.not_,
        'null?': lambda x: x == [], 'number?': lambda x: isinstance(x, Number),
        'procedure?': callable, 'round': round, 'symbol?': lambda x: isinstance(x, Symbol),
    })
    return env

global_env = standard_env()

class Procedure:
    def __init__(self, parms, body, env):
        self.parms, self.body, self.env = parms, body, env
    def __call__(self, *args):
        return eval_(self.body, Env(self.parms, args, self.env))

def eval_(x, env=global_env):
    if isinstance(x, Symbol):
        return env.find(x)[x]
    elif not isinstance(x, list):
        return x
    op_, *args = x
    match op_:
        case 'quote':
            return args[0]
        case 'if':
            (test, conseq, alt) = args
            exp = conseq if eval_(test, env) else alt
            return eval_(exp, env)
        case 'define':
            (symbol, exp) = args
            env[symbol] = eval_(exp, env)
        case 'set!':
            (symbol, exp) = args
            env.find(symbol)[symbol] = eval_(exp, env)
        case 'lambda':
            (parms, body) = args
            return Procedure(parms, body, env)
        case _:
            proc = eval_(op_, env)
            vals = [eval_(arg, env) for arg in args]
            return proc(*vals)

def lispstr(exp):
    if isinstance(exp, list):
        return '(' + ' '.join(map(lispstr, exp)) + ')'
    return str(exp)

programs = [
    "(define r 10)",
    "(* pi (* r r))",
    "(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))",
    "(fact 20)",
    "(fact 30)",
    "(define count (lambda (item L) (if (null? L) 0 (+ (if (equal? item (car L)) 1 0) (count item (cdr L))))))",
    "(count 0 (list 0 1 2 3 0 0))",
    "(define twice (lambda (x) (* 2 x)))",
    "(map twice (list 1 2 3 4))",
    "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
    "(map fib (list 1 2 3 4 5 6 7 8 9 10 15))",
    "(quote (a b c))",
    "(sqrt (/ 10 4))",
    "(round 2.567)",
    "(undefined-thing 1)",
    "(+ 1",
    "(car (list))",
]
for src in programs:
    try:
        val = eval_(parse(src))
        if val is not None:
            print(f"{src[:40]:<40} => {lispstr(val)}")
    except (NameError, SyntaxError, IndexError) as e:
        print(f"{src[:40]:<40} !! {type(e).__name__}: {e}")
