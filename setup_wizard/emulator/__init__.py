"""Stage 3, a local stand-in: a loopback server (server) that answers like AI Gateway and Groq
from a table of recorded shapes (scenarios), so everything can be tried without an account.

May import config/ and errors/masking.
"""
