import logging.handlers as h, logging
s = h.SocketHandler("localhost", 1)
print(s.host, s.port, s.address, s.sock, s.closeOnError, s.retryTime, s.retryStart, s.retryMax, s.retryFactor, repr(s))
s.send(b"x"); print(s.sock, s.retryTime is not None, s.retryPeriod)
s.retryTime = 0; s.send(b"x"); print(s.retryPeriod)
d = h.DatagramHandler("127.0.0.1", 9)
print(d.closeOnError, d.address, d.sock)
u = h.SocketHandler("/tmp/nonexistent.sock", None); print(u.address)
s.close(); d.close()
