from .impl import helper_fn
CONSTANT = 10
internal_only = "not exported"
__all__ = ["helper_fn", "CONSTANT"]
