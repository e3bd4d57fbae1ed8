"""KVStore: a key-value store kept in one server process's state.

The server handles one message at a time, so its clients never see a
half-made update and it needs no locks.
"""
from rebeam import GenPy, start, receive, response_ok, response_error


class KVStore(GenPy):
    def __init__(self, name="kv"):
        self.name = name

    @start
    def start(self):
        self.state["data"] = {}

    @receive("put")
    def put(self, message):
        key, value = message
        self.state["data"][key] = value
        return response_ok()

    @receive("get")
    def get(self, message):
        if message not in self.state["data"]:
            return response_error(f"no such key: {message}")
        return self.state["data"][message]

    @receive("delete")
    def delete(self, message):
        return self.state["data"].pop(message, None)

    @receive("incr")
    def incr(self, message):
        key, by = message
        self.state["data"][key] = self.state["data"].get(key, 0) + by
        return self.state["data"][key]

    @receive("keys")
    def keys(self):
        return sorted(self.state["data"])
