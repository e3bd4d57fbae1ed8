import sys
import counter_helper
import counter_helper
print(counter_helper.loads)
del sys.modules["counter_helper"]
import counter_helper as fresh
print(fresh.loads, fresh is not None)
sys.modules["fake_module"] = "anything can live here"
import fake_module
print(fake_module)
