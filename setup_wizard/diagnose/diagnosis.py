"""What `probe` and `explain` conclude: who answered, why, and what to do.

The vocabularies below are a public contract (JSON output, scripts): never rename a value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

from setup_wizard.errors import ExitCode

ORIGINS: Final[tuple[str, ...]] = (
    "cloudflare-gateway", "cloudflare-api", "cloudflare-edge", "groq", "openai", "anthropic",
    "openrouter", "mistral", "google", "network", "unknown",
)
CAUSES: Final[tuple[str, ...]] = (
    "ok", "gateway-auth", "gateway-not-found", "gateway-rate-limited", "gateway-spend-limit",
    "gateway-no-credits", "gateway-byok-alias", "gateway-route", "gateway-guardrail",
    "cloudflare-api-auth", "cloudflare-api-route", "edge-blocked", "edge-origin-error",
    "provider-auth-invalid", "provider-auth-missing", "model-not-found", "model-decommissioned",
    "permission-denied", "rate-limited", "quota-exhausted", "request-too-large", "bad-request",
    "provider-server-error", "timeout", "dns-failure", "connection-refused", "tls-error",
    "unknown",
)
# Causes no server can send: a request with one of them never got an answer.
NETWORK_ONLY_CAUSES: Final = frozenset({"dns-failure", "connection-refused", "tls-error"})
CLOUDFLARE_ORIGINS: Final = frozenset({"cloudflare-gateway", "cloudflare-api", "cloudflare-edge"})
PROVIDER_ORIGINS: Final = frozenset({"groq", "openai", "anthropic", "openrouter", "mistral",
                                     "google"})


@dataclass(frozen=True)
class Sent:
    """What the request carried, as far as we know it (probe: exactly; explain: from --env-file).

    The classifier needs it: Groq's 401 means "stored key wrong or stray Authorization" in
    stored-key mode, but "your GROQ_API_KEY is wrong" in direct mode. None = not known.
    """

    mode: str | None = None  # gateway-stored-key | gateway-request-key | direct
    provider: str | None = None  # provider slug from providers.PROVIDERS
    endpoint: str | None = None  # provider | compat
    model: str | None = None  # as sent (with compat prefix)
    via_gateway: bool | None = None
    sent_provider_key: bool | None = None  # an Authorization header went out
    sent_gateway_token: bool | None = None  # a cf-aig-authorization header went out


def _printable(text: str | None) -> str | None:
    """`text` with any lone surrogate replaced, so that UTF-8 output cannot fail on it."""
    if text is None or text.isascii():
        return text
    return text.encode("utf-8", "replace").decode("utf-8")


@dataclass
class Diagnosis:
    origin: str
    cause: str
    status: int | None = None
    code: int | str | None = None  # gateway's numeric code or provider's string code
    message: str | None = None  # the server's own message (redacted)
    hint: str = ""
    evidence: list[str] = field(default_factory=list)
    # Whether the text shows that a server answered: True (a status, an error envelope or
    # page, a relay answering for itself, an exception class bound to a status), False (a
    # request that got no answer at all: a socket error, a client that would not send), None
    # (only words: it cannot tell). `explain --log` reports by it; not part of the JSON.
    answered: bool | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        # A body's "\ud800" decodes to a lone surrogate, which no output can encode: shown as ?.
        self.message = _printable(self.message)
        if isinstance(self.code, str):
            self.code = _printable(self.code)
        self.hint = _printable(self.hint) or ""
        self.evidence = [_printable(e) or "" for e in self.evidence]
        if self.origin not in ORIGINS:
            raise ValueError(f"origin {self.origin!r} is not in the vocabulary")
        if self.cause not in CAUSES:
            raise ValueError(f"cause {self.cause!r} is not in the vocabulary")

    @property
    def exit_code(self) -> ExitCode:
        """0 ok, 4 Cloudflare said no, 5 the provider said no, 6 network, 1 unknown origin."""
        if self.cause == "ok":
            return ExitCode.OK
        if self.origin in CLOUDFLARE_ORIGINS:
            return ExitCode.CLOUDFLARE_REJECTED
        if self.origin in PROVIDER_ORIGINS:
            return ExitCode.PROVIDER_REJECTED
        if self.origin == "network":
            return ExitCode.NETWORK
        return ExitCode.LINT_ERRORS  # rejected, but we cannot tell by whom

    def to_dict(self) -> dict[str, Any]:
        return {
            "origin": self.origin,
            "cause": self.cause,
            "status": self.status,
            "code": self.code,
            "message": self.message,
            "hint": self.hint,
            "evidence": list(self.evidence),
        }

    def to_text(self) -> str:
        """Human form: who, why, the fix, then the evidence it rests on."""
        who = {"cloudflare-gateway": "Cloudflare AI Gateway", "cloudflare-api": "Cloudflare API",
               "cloudflare-edge": "Cloudflare edge (CDN/WAF)", "network": "the network",
               "openai": "OpenAI", "openrouter": "OpenRouter",
               "unknown": "could not tell who"}.get(self.origin, self.origin.capitalize())
        if self.origin == "unknown" and self.cause in NETWORK_ONLY_CAUSES:
            who = "nobody (the request got no answer)"
        head = "OK" if self.cause == "ok" else f"Rejected by: {who}"
        lines = [head]
        status = (f"HTTP {self.status}" if self.status is not None
                  else "no HTTP answer" if self.origin == "network" else "HTTP status not known")
        code = f", code {self.code}" if self.code is not None else ""
        lines.append(f"  cause:    {self.cause} ({status}{code})")
        if self.message:
            lines.append(f"  message:  {self.message}")
        if self.hint:
            lines.append(f"  fix:      {self.hint}")
        for ev in self.evidence:
            lines.append(f"  evidence: {ev}")
        return "\n".join(lines)
