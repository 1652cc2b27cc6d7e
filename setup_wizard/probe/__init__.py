"""Stage 3, act on the network: plan the request a `.env` implies, send it under one
deadline (transport), and hand the answer to diagnose/ for a `Diagnosis`.

May import diagnose/, config/ and errors/masking.
"""
