sources = [
    "import os\nfrom __future__ import division\n",
    "from __future__ import nope\n",
    "from __future__ import braces\n",
    "def f():\n    from __future__ import division\n",
    '"doc"\nfrom __future__ import division\nfrom __future__ import annotations, generator_stop\nx: undefined = 1\n',
    "from __future__ import (division,\n    print_function)\n",
]
for src in sources:
    try:
        code = compile(src, "snippet", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
    else:
        ns = {}
        exec(code, ns)
        print("compiled", sorted(k for k in ns if not k.startswith("__")))
