"""Stage 3, a local stand-in: a loopback server (server) that answers like AI Gateway and Groq
from a table of scenarios (scenarios: recorded wire shapes in wire, the default behaviour in
behaviour, the faults in faults), so everything can be tried without an account;
and `check-app`'s use of it: the user's program run against it (harness, app_check), each of
its requests judged against the `.env` (judge).

May import diagnose/ (the judge reads a refusal as probe would), config/ and errors/masking.
"""
