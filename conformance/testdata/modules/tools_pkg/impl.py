def helper_fn():
    return f"helper from {__name__}"
