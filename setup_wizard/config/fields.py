"""Checks of single values (model, token, provider key), shared by the wizard and `lint`.

The wizard calls these where an answer is typed; `lint` calls them for the same keys, so a
value the wizard accepts never fails the linter and the other way round. Each problem has
the rule code `lint` reports. Messages never carry a secret, only its masked form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from setup_wizard.config import providers
from setup_wizard.config.schema import CF_GATEWAY_TOKEN, GATEWAY_MODES, KEY_SENDING_MODES
from setup_wizard.masking import mask

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    code: str
    severity: Severity
    message: str
    fix: str | None = None


# Values people leave in .env files instead of a real secret.
_PLACEHOLDER = re.compile(
    r"""^(?:
        .*\.\.\.$ | .*…$                       # truncated when copied: "wnMf...", "gsk_…"
      | <.*> | \{\{.*\}\} | \$\{.*\} | \{[a-z_ ]+\}  # <your-key>, {{KEY}}, ${KEY}, {api_key}
      | <your\b.*                              # <your api key, its > lost in a copy
      | (?:[a-z]+[_-]){0,3}x{3,}.* | \*{3,}.*  # xxx, gsk_xxx..., sk-or-xxxxx, ****
      | (?:[a-z0-9]+[_-]){0,4}\*{2,}            # a key's prefix masked: sk-or-v1-***, sk-proj-**
      | \[[a-z _-]+\]                          # [YOUR_OPENAI_API_KEY]
                                             # (words only: not a real key or a model in [])
      | (?:sk-|gsk_)?(?:dummy|fake|test|unused|none|null|placeholder|changeme|change-me
          |replace-?me|todo|secret|token|api[_-]?key|key|undefined|nil)(?:[_-]?(?:api[_-]?)?(?:key|token))?
      | your[_ -].* | insert[_ -].* | put[_ -].*
      | (?:sk-(?:proj-|or-v1-|ant-)?|gsk_|xai-)                    # a key's prefix alone, or
        (?:(?:your|insert|put|enter|paste|add|replace)[_ -].*)?     # before "your-key-here"
      | .*[_-](?:here|aqui|ici|hier)                               # "..._key_here", "..._AQUI"
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


def is_placeholder(value: str) -> bool:
    return bool(_PLACEHOLDER.match(value.strip()))


# What a key is made of and a placeholder's words are not: a long letters-and-digits run, or a
# shorter one mixing both. A placeholder's shape may wrap a real key (`<` + an Azure key + `>`,
# a key cut off with `...`): that one stays a secret. (`lm-studio`, `EMPTY`: a local server's
# word for "no key", never checked.)
KEY_RUN = re.compile(r"[A-Za-z0-9]{20,}|(?=[A-Za-z0-9]*[0-9])(?=[A-Za-z0-9]*[A-Za-z])"
                     r"[A-Za-z0-9]{8,}")


# References a secret manager's CLI replaces with the secret when it starts the app: the file
# holds where the secret is, not the secret. (pattern, who fills it in, source)
SECRET_REFERENCES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    # op://vault/item[/section]/field[?attribute=...]; a name may hold letters, digits, - _ .
    # and blanks (the reference is then quoted), or be an ID.
    (re.compile(r"op://(?:[\w.-]+(?: [\w.-]+)*/){2,3}[\w.-]+(?: [\w.-]+)*(?:\?[\w=&.-]+)?"),
     "1Password's `op run`",
     "https://developer.1password.com/docs/cli/secret-references/"),
)


def secret_reference(value: str) -> str | None:
    """Who fills the value in at run time, when it is a secret manager's reference."""
    v = value.strip()
    return next((who for pattern, who, _src in SECRET_REFERENCES if pattern.fullmatch(v)), None)


def names_itself(value: str, var: str) -> bool:
    """`OPENAI_API_KEY=OPENAI_API_KEY` (or `OPEN_AI_API_KEY`): a template's name for the value,
    left as the value."""
    def bare(text: str) -> str:
        return re.sub(r"[_\-\s]", "", text).upper()
    v = value.strip().strip("\"'")
    return v == var or (len(v) > 3 and bare(v) == bare(var))


def split_compat_model(model: str) -> tuple[str | None, str]:
    """('groq', 'openai/gpt-oss-20b') for 'groq/openai/gpt-oss-20b'; (None, model) if bare."""
    prefix, sep, rest = model.partition("/")
    return (prefix, rest) if sep else (None, model)


def compat_spelling(provider: providers.Provider, model: str) -> str:
    """How a bare `model` is written on /compat; a retired one as its replacement, since the
    prefix alone would only trade gateway code 2005 for the provider's 404."""
    prefix = provider.compat_prefix or "groq"
    gone = provider.retired_model(model)
    if gone:
        instead = gone.replacement or provider.default_model
        return f"{prefix}/{instead} ({model} is retired, see {gone.source})"
    return f"{prefix}/{model} (or <provider>/{model})"


def check_compat_model(model: str) -> tuple[list[Problem], providers.Provider | None, str]:
    """Problems of a model on /compat, the provider it names, and the model without prefix."""
    prefix, bare = split_compat_model(model)
    p = providers.by_compat_prefix(prefix) if prefix else None
    if p:
        return [], p, bare
    # "openai/gpt-oss-20b" is both a Groq model and a valid OpenAI-prefixed compat name;
    # only a prefix that names no compat provider at all is wrong.
    if prefix in providers.COMPAT_PREFIX_ALIASES:
        right = providers.COMPAT_PREFIX_ALIASES[prefix]
        code = {"xai": "SW305", "perplexity-ai": "SW306"}.get(prefix, "SW304")
        fixed = f"{right}/{bare}"
        return [Problem(code, "error",
                        f"compat model prefix {prefix!r} is not a gateway provider "
                        f"(gateway code 2008 Invalid provider)",
                        f"write the model as {fixed}")], None, bare
    if prefix in providers.OTHER_COMPAT_PREFIXES or providers.is_custom_provider(prefix):
        return [], None, bare  # (a custom provider's model names are its own)
    groq_guess = providers.PROVIDERS["groq"]
    if prefix is None or groq_guess.knows_model(model) or groq_guess.retired_model(model):
        return [Problem("SW303", "error",
                        f"a model on the compat endpoint needs a provider prefix, {model!r} has "
                        "none (gateway code 2005 Failed to get response from provider)",
                        f"write it as {compat_spelling(groq_guess, model)}")], None, model
    return [Problem("SW304", "error",
                    f"compat model prefix {prefix!r} names no gateway provider "
                    "(gateway code 2008 Invalid provider)",
                    "use one of: " + ", ".join(sorted(
                        p.compat_prefix for p in providers.PROVIDERS.values() if p.compat_prefix
                    )))], None, bare


def with_article(name: str) -> str:
    """'an OpenAI', 'a Groq', 'an xAI' (said "ex-A-I"): a vendor's name with its article."""
    return ("an " if name[:1] in "AEIOU" or name.startswith("xAI") else "a ") + name


def check_model(provider: providers.Provider, model: str) -> list[Problem]:
    """Retired (error) or unknown (warning) for this provider; `model` has no compat prefix."""
    if not model.strip():
        return [Problem("SW300", "error", "the model is empty",
                        f"set it, for example {provider.default_model}")]
    r = provider.retired_model(model)
    if r:
        when = f"on {r.shutdown}" if r.shutdown else "(date not public)"
        instead = r.replacement or ", ".join(provider.models[:2])
        if r.redirect:  # the ID still answers, as another model (xAI's retirements)
            return [Problem("SW313", "warning", f"{provider.name} retired {model!r} {when}; "
                            f"requests to it are served by {r.redirect} instead (another "
                            "model, at its price)", f"use {instead} (see {r.source})")]
        # How a refusal reads is documented for Groq and OpenAI only (docs/sources.md).
        answer = ("requests answer 400 model_decommissioned or 404 model_not_found"
                  if provider.slug in ("groq", "openai") else "requests for it are refused")
        return [Problem("SW301", "error", f"{provider.name} shut down {model!r} {when}; {answer}",
                        f"use {instead} (see {r.source})")]
    if not provider.knows_model(model):
        return [Problem("SW302", "warning",
                        f"{model!r} is not a model this tool knows for {provider.name}",
                        "check the spelling against the provider's model list; known: "
                        + ", ".join(provider.models))]
    return []


BOM = "\ufeff"  # what a Windows pipe or editor puts before the first character
ASCII_SPACE = " \t\r\n"  # str.strip() would also take U+00A0 etc., which must be reported


def first_non_ascii(value: str) -> tuple[int, str] | None:
    """Where a secret stops being ASCII: the 1-based position and the character, or None.

    Credentials travel in HTTP headers, which httpx encodes as ASCII: a BOM or an accented
    letter makes every request fail before it leaves the machine. The one check the wizard,
    the probe and lint (SW112) share; each words it for its own output.
    """
    for i, c in enumerate(value, start=1):
        if not c.isascii():
            return i, c
    return None


def non_ascii_problem(var: str, value: str) -> str | None:
    """The wizard's and the probe's sentence for `first_non_ascii`, or None."""
    found = first_non_ascii(value)
    if found is None:
        return None
    i, c = found
    what = ("a byte order mark (U+FEFF)" if c == BOM
            else f"a non-ASCII character (U+{ord(c):04X})")
    return f"{var} has {what} at position {i}; HTTP headers carry ASCII only"


def check_token(value: str | None, mode: str | None,
                var: str = CF_GATEWAY_TOKEN) -> list[Problem]:
    """The Cloudflare gateway token (in CF_GATEWAY_TOKEN, or the variable `var`)."""
    in_gateway = mode in GATEWAY_MODES
    if value is None or not value.strip():
        if in_gateway:
            return [Problem("SW401", "error",
                            f"{var} is missing; gateways created since 2026-11-03 "
                            "always require it (gateway code 2009 Unauthorized)",
                            "create a token under AI Gateway > your gateway > Settings > "
                            "Authentication (Run permission) and set it")]
        return []
    if not in_gateway:
        return [Problem("SW404", "warning",
                        f"{var} is set but unused in direct mode",
                        "remove it, or set the base URL to your gateway")]
    problems: list[Problem] = []
    if is_placeholder(value) or names_itself(value, var):
        problems.append(Problem("SW402", "error",
                                f"{var} is a placeholder or truncated value "
                                f"({mask(value)})",
                                "paste the whole token from the dashboard"))
    owners = providers.key_owners(value.strip())
    if owners and owners[0].slug != "workers-ai":
        problems.append(Problem("SW403", "error",
                                f"{var} holds {with_article(owners[0].name)} key "
                                f"({mask(value)}), not a Cloudflare token",
                                f"move it to {owners[0].key_var} (or store it in the gateway) "
                                "and put the Cloudflare token here"))
    return problems


def check_provider_key(provider: providers.Provider, value: str | None,
                       mode: str | None, var: str | None = None) -> list[Problem]:
    """The provider key (in GROQ_API_KEY, ..., or the variable `var`) against the mode and
    the key's shape."""
    var = var or provider.key_var
    present = value is not None and value.strip() != ""
    if not present:
        if mode in KEY_SENDING_MODES:
            return [Problem("SW501", "error", f"{var} is missing; mode {mode} sends it",
                            f"set {var}, or store the key in the gateway (Provider Keys) and "
                            "use mode gateway-stored-key")]
        return []
    assert value is not None
    if mode == "gateway-stored-key":
        return [Problem("SW505", "warning",
                        f"{var} is set in gateway-stored-key mode; if the app sends it as "
                        "Authorization the gateway forwards it and the stored key is not used",
                        f"remove {var} (and make the app send no Authorization header)")]
    if is_placeholder(value) or names_itself(value, var):
        return [Problem("SW502", "error",
                        f"{var} is a placeholder ({mask(value)}); the provider answers 401",
                        f"paste the real key, or store it in the gateway and remove {var}")]
    v = value.strip()
    if provider.key_matches(v):
        return []
    others = [p for p in providers.key_owners(v) if p.slug != provider.slug]
    if others and provider.key_pattern:
        return [Problem("SW504", "error",
                        f"{var} holds {with_article(others[0].name)} key ({mask(v)}), not "
                        f"{with_article(provider.name)} key",
                        f"use {with_article(provider.name)} key, or point the base URL at "
                        f"{others[0].name}")]
    foreign = providers.foreign_key(v)
    if foreign is not None:
        return [Problem("SW504", "error",
                        f"{var} holds {with_article(foreign.vendor)} key ({mask(v)}), not "
                        f"{with_article(provider.name)} key; {provider.name} answers 401",
                        f"use {with_article(provider.name)} key in {var}")]
    return [Problem("SW503", "error",
                    f"{var} does not look like {with_article(provider.name)} key ({mask(v)}): "
                    f"expected {provider.key_shape}",
                    "copy the key again, whole, from the provider's console")]
