"""The one reader of a `.env` for the app-facing commands (`doctor`, `check-app`, `snippet`),
with `--var ROLE=NAME` applied.

An app may keep its settings under its own names (`LLM_MODEL`, `GROQ_BASE_URL`, ...). The
checks work on roles, so the mapping is applied here, once, by renaming: `values` holds the
canonical names the checks read (`OPENAI_BASE_URL`, `AUTOGEN_MODEL`, ...), `file_values` the
names as written (what the app reads), and `name_of(role)` says which name a role lives under.
The mapping module of issue 12 (`[tool.setup-wizard.vars]`, names by convention) plugs in at
`role_names()`: whatever it decides, the rest of this module only renames.

Pure Python: no pydantic (doctor's lint layer and snippet start fast).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from setup_wizard.config import envfile, providers
from setup_wizard.config.inference import infer
from setup_wizard.config.schema import (
    AUTOGEN_MODEL,
    CF_GATEWAY_TOKEN,
    MODE_KEY,
    OPENAI_BASE_URL,
    USE_AI_GATEWAY,
)
from setup_wizard.errors import EnvFileError, UsageError

PROVIDER_KEY = "provider_key"
# Role -> the name `init` writes. The provider key has no fixed name: the provider decides it.
CANONICAL: dict[str, str | None] = {
    "base_url": OPENAI_BASE_URL,
    "model": AUTOGEN_MODEL,
    "gateway_token": CF_GATEWAY_TOKEN,
    PROVIDER_KEY: None,
    "gateway_switch": USE_AI_GATEWAY,
    "mode": MODE_KEY,
}
ROLES: tuple[str, ...] = tuple(CANONICAL)
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
SHADOWED_PREFIX = "SETUP_WIZARD_SHADOWED_"  # a canonical line that --var replaced (for lint)


def is_var_name(name: str) -> bool:
    return bool(_NAME.fullmatch(name))


def parse_var_specs(specs: Sequence[str]) -> dict[str, str]:
    """`--var ROLE=NAME` (repeatable) -> {role: NAME}; a bad one is a usage error (exit 2)."""
    out: dict[str, str] = {}
    for spec in specs:
        role, sep, name = (s.strip() for s in spec.partition("="))
        if not sep or not role or not name:
            raise UsageError(f"--var {spec!r} has no ROLE=NAME form",
                             fix="write it as --var model=LLM_MODEL")
        if role not in CANONICAL:
            raise UsageError(f"--var {spec!r}: unknown role {role!r}",
                             fix="roles are " + ", ".join(ROLES))
        if not is_var_name(name):
            raise UsageError(f"--var {spec!r}: {name!r} is not an environment variable name",
                             fix="use letters, digits and _, not starting with a digit")
        if out.get(role, name) != name:
            raise UsageError(f"--var gives role {role!r} twice ({out[role]} and {name})",
                             fix="give each role once")
        out[role] = name
    return out


def role_names(mapping: Mapping[str, str]) -> dict[str, str]:
    """Every role except the provider key -> the variable it is read from.

    Issue 12's mapping (pyproject's `[tool.setup-wizard.vars]`, well-known names) is meant
    to be merged here: explicit `--var` first, then that mapping, then the canonical name.
    """
    return {role: mapping.get(role) or canon for role, canon in CANONICAL.items()
            if canon is not None}


@dataclass(frozen=True)
class AppEnv:
    """A `.env` as the app reads it, and as the checks read it."""

    path: Path
    text: str
    file_values: dict[str, str | None]  # names as written: what the app's process gets
    values: dict[str, str | None]  # canonical names, mapping applied: what the checks read
    names: dict[str, str] = field(default_factory=dict)  # role -> name in the file
    mapping: dict[str, str] = field(default_factory=dict)  # the --var part of `names`
    key_var: str = "GROQ_API_KEY"  # the canonical name of the provider key (its provider's)

    def name_of(self, role: str) -> str:
        return self.names[role]

    def lint_text(self) -> str:
        """The file's text with mapped names renamed to canonical ones, line for line, so
        `lint` (which knows only canonical names until issue 12) judges what the app uses."""
        if not self.mapping:
            return self.text
        rename = {self.names[r]: CANONICAL[r] or self.key_var for r in self.mapping}
        targets = set(rename.values())
        out: list[str] = []
        for e in envfile.parse(self.text):
            key = e.key
            if key is not None and not e.error and (key in rename or key in targets):
                new = rename.get(key) or f"{SHADOWED_PREFIX}{key}"
                out.append(e.original.replace(key, new, 1))
            else:
                out.append(e.original)
        return "".join(out)


def from_text(text: str, path: Path, mapping: Mapping[str, str] | None = None) -> AppEnv:
    """Apply the mapping by renaming: each mapped role's canonical name takes the value of
    the name it is mapped to (absent there: absent here)."""
    mapping = dict(mapping or {})
    file_values = envfile.values(envfile.parse(text))
    names = role_names(mapping)
    values = dict(file_values)
    for role, name in names.items():
        if role in mapping:
            canon = CANONICAL[role]
            assert canon is not None
            values.pop(canon, None)
            if file_values.get(name) is not None:
                values[canon] = file_values[name]
    key_name = mapping.get(PROVIDER_KEY)
    if key_name is not None:
        key = file_values.get(key_name)
        provider = infer(values).url_provider or _key_owner(key) or providers.PROVIDERS["groq"]
        for p in providers.PROVIDERS.values():  # the mapped name is the only key source
            values.pop(p.key_var, None)
        if key is not None:
            values[provider.key_var] = key
        names[PROVIDER_KEY] = key_name
    else:
        provider = infer(values).provider or providers.PROVIDERS["groq"]
        names[PROVIDER_KEY] = provider.key_var
    return AppEnv(path, text, file_values, values, names, mapping, provider.key_var)


def _key_owner(key: str | None) -> providers.Provider | None:
    owners = providers.key_owners(key.strip()) if key else []
    return owners[0] if owners else None


def read(path: str | Path, var_specs: Sequence[str] = ()) -> AppEnv:
    """Read the `.env` at `path` (missing: EnvFileError, exit 2) with `--var` applied."""
    mapping = parse_var_specs(var_specs)  # argument mistakes before the file is read
    p = Path(path)
    text = envfile.read_text(p)
    if text is None:
        raise EnvFileError(f"{p} does not exist",
                           fix="run `setup-wizard init` to write it, or pass --env-file PATH")
    return from_text(text, p, mapping)
