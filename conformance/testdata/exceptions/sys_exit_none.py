import sys
print("exiting cleanly")
sys.exit()
print("not reached")
