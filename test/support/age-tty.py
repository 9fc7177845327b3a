"""Runs the `age` CLI under a pseudo-terminal and types the passphrase when asked: age reads
passphrases only from a terminal, never from stdin or the environment.

usage: age-tty.py PASSPHRASE age ARGS...
"""
import os
import pty
import sys

secret = sys.argv[1].encode() + b"\n"
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
out = b""
while True:
    try:
        data = os.read(fd, 1024)
    except OSError:
        break
    if not data:
        break
    out += data
    if b"passphrase" in data.lower():
        os.write(fd, secret)
_, status = os.waitpid(pid, 0)
sys.stderr.write(out.decode("utf-8", "replace"))
sys.exit(os.waitstatus_to_exitcode(status))
