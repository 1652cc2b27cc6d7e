"""setup-wizard: a correct `.env` for LLM providers, direct or through Cloudflare AI Gateway.

Kept tiny on purpose: `setup-wizard lint` imports this package on every CI push, so nothing
heavy (questionary, httpx) may be imported here. The Python API (`lint_paths`, `explain`,
`probe_env_file`, see docs/api.md) lives in `setup_wizard.api` and is imported from there
on first use only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "explain", "lint_paths", "probe_env_file"]
_API = frozenset({"explain", "lint_paths", "probe_env_file"})

if TYPE_CHECKING:  # for type checkers and IDEs; at run time `__getattr__` below
    from setup_wizard.api import explain, lint_paths, probe_env_file


def __getattr__(name: str) -> Any:
    """Import the API on first use (PEP 562), so `import setup_wizard` costs nothing."""
    if name in _API:
        from setup_wizard import api

        return getattr(api, name)
    raise AttributeError(f"module 'setup_wizard' has no attribute {name!r}")
