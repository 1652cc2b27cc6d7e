"""setup-wizard: a correct `.env` for LLM providers, direct or through Cloudflare AI Gateway.

Kept tiny on purpose: `setup-wizard lint` imports this package on every CI push, so nothing
heavy (questionary, httpx) may be imported here.
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
