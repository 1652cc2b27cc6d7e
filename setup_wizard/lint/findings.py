"""A finding (one problem, its rule code, line and fix), the list the checks fill, and what
every settings check reads (`Ctx`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from setup_wizard.config import fields, gateway, providers
from setup_wizard.config.roles import Roles
from setup_wizard.lint.rules import BY_CODE, Severity
from setup_wizard.masking import mask


# A NamedTuple and a plain class, not dataclasses: lint imports this on every push, and a
# dataclass costs about 0.3 ms to build at import.
class Finding(NamedTuple):
    """One problem. `key` is None for file-level findings, `line` None when not in a file."""

    code: str
    severity: Severity
    key: str | None
    line: int | None
    message: str
    fix: str | None


# Key prefixes distinctive enough to call a value a key under any name
# (docs/sources.md#key-formats).
KEY_PREFIXES = ("gsk_", "xai-", "sk-or-v1-", *gateway.CF_TOKEN_PREFIXES)


def shown_value(value: str) -> str:
    """Any value for a message: masked when it looks like a key or token (a key pasted into
    the model's variable must not be echoed back)."""
    v = value.strip()
    if providers.key_owners(v) or v.startswith(KEY_PREFIXES):
        return mask(v)
    return value


class Findings:
    """The findings so far, in the order the checks made them."""

    def __init__(self) -> None:
        self.items: list[Finding] = []

    def add(self, code: str, key: str | None, line: int | None, message: str,
            fix: str | None) -> None:
        rule = BY_CODE[code]  # an unknown code is a bug: fail loudly in tests
        if key and key not in message:
            message = f"{key}: {message}"
        self.items.append(Finding(code, rule.severity, key, line, message, fix))

    def problem(self, p: fields.Problem, key: str, line: int | None,
                fix: str | None = None) -> None:
        self.add(p.code, key, line, p.message, fix or p.fix)

    def annotate(self, why: dict[str, str], start: int = 0) -> None:
        """Say how a variable was read ("GROQ_BASE_URL read as the Groq SDK's base URL") on
        the findings about it, from `start` on."""
        for i in range(start, len(self.items)):
            f = self.items[i]
            note = why.get(f.key or "")
            if note and note not in f.message:
                self.items[i] = Finding(f.code, f.severity, f.key, f.line,
                                        f"{f.message} ({note})", f.fix)


class Ctx(NamedTuple):
    """What every check reads: the values, their lines, the roles and the findings so far."""

    values: Mapping[str, str | None]
    lines: Mapping[str, int]
    roles: Roles
    out: Findings
    unresolved: Mapping[str, list[str]]
    v: dict[str, str | None]  # per role, stripped (filled by check_settings)
    # A name's first word -> the provider of a base URL under a name with that word
    # (DEEPSEEK -> DeepSeek for DEEPSEEK_API_BASE_URL), built once per file.
    url_heads: dict[str, providers.Provider]
    # Some API-URL variable (LITELLM_BASE_URL, PROXY_BASE_URL) holds a server the user runs
    # (localhost, a private address, a compose service), bound to a role or not: a proxy may
    # be what the file's models are sent to.
    local_api_url: bool
    # Some variable names AWS or Bedrock: a Bedrock model ID may be meant for Bedrock.
    aws_settings: bool
    # A variable under an app's own name holding another provider's OpenAI-compatible base
    # in full (OPENROUTER_BASE_URL=https://openrouter.ai/api/v1): the file's convention is
    # whole bases, handed to a client of the app's own. (name, provider slug) of each.
    whole_bases: tuple[tuple[str, str], ...] = ()
    # The stems (names.stem) of base-URL variables that hold a server with model names of its
    # own: one the user runs (NEXT_PUBLIC_DEFAULT_API_URL=http://localhost:11434) or another
    # vendor's API (DEEPSEEK_URL=https://api.siliconflow.cn/v1). A model with that stem
    # (NEXT_PUBLIC_DEFAULT_MODEL, DEEPSEEK_MODEL) is that server's name, not a hosted
    # provider's. (A relay passes names on to a provider: its stems are not here.)
    foreign_heads: frozenset[str] = frozenset()
    # Claude clients (Claude Code, Anthropic's SDK) may not reach Anthropic's own API: a base
    # URL under a Claude name points elsewhere (a relay, another vendor's /anthropic), or
    # another platform is selected (Bedrock, Vertex, Foundry). lint/models.py claude_elsewhere.
    claude_url_elsewhere: bool = False
    claude_platform: bool = False

    def name(self, role: str) -> str:
        return self.roles.name(role)

    def line(self, role: str) -> int | None:
        return self.lines.get(self.name(role))

    def must(self, role: str) -> bool:
        """A missing `role` is an error: the file uses init's vocabulary or maps the role."""
        return self.roles.ours or role in self.roles.mapping.names
