"""Stage 3, act offline: lint `.env` files against the rule table and report the findings
(text, JSON, GitHub annotations).

Takes paths or text; hands findings to the `lint` command. May import config/, diagnose/ and
errors/masking. Must stay light: no pydantic, httpx or questionary on this path.
"""
