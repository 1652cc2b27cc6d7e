"""The one reader of a `.env` for the app-facing commands (`doctor`, `check-app`, `snippet`).

An app may keep its settings under its own names (`LLM_MODEL`, `GROQ_BASE_URL`, ...). They
are read here exactly as `lint`, `init`, `probe` and `explain` read them: the mapping first
(`--var ROLE=NAME`, `[tool.setup-wizard.vars]`: `mapping`), then the well-known names and a
value's shape (`roles`). `values` holds every role under init's names, each as its client uses
it (what the checks read); `file_values` the names as written (what the app's process gets);
`name_of(role)` the name a role lives under, for messages and programs.

Pure Python: no pydantic (doctor's lint layer and snippet start fast).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from setup_wizard.config import envfile, providers
from setup_wizard.config.inference import infer
from setup_wizard.config.mapping import VarMap, load_mapping
from setup_wizard.config.names import ROLES
from setup_wizard.config.roles import Roles, canonical, effective_url, in_own_names, resolve
from setup_wizard.config.schema import OPENAI_BASE_URL
from setup_wizard.errors import EnvFileError


@dataclass(frozen=True)
class AppEnv:
    """A `.env` as the app reads it, and as the checks read it."""

    path: Path
    text: str
    file_values: dict[str, str | None]  # names as written: what the app's process gets
    values: dict[str, str | None]  # init's names, roles filled: what the checks read
    roles: Roles

    @property
    def mapping(self) -> VarMap:
        return self.roles.mapping

    @property
    def names(self) -> dict[str, str]:
        """Every role -> the variable it is read from (bound, mapped, else init's name)."""
        return {role: self.roles.name(role) for role in ROLES}

    @property
    def key_var(self) -> str:
        """init's name for the provider key: the name of the provider requests go to."""
        p = self.roles.url_provider or infer(self.values).provider or providers.PROVIDERS["groq"]
        return p.key_var

    def name_of(self, role: str) -> str:
        return self.roles.name(role)

    def in_own_names(self, text: str) -> str:
        """A message naming init's variables, said with the app's own names."""
        return in_own_names(text, self.roles)

    def base_url_tail(self) -> str:
        """What the base URL variable's client appends itself (the Groq SDK: /openai/v1): a
        program that reads the variable for the OpenAI SDK must append it too."""
        b = self.roles.get("base_url")
        value = (self.file_values.get(b.name) or "") if b else ""
        if not value.strip():
            return ""
        full, base = effective_url(value, b), value.strip().rstrip("/")
        return full[len(base):] if full.startswith(base) and full != value.strip() else ""

    def base_url_as_written(self, var: str) -> str:
        """The base URL as `var` holds it in the file, else as the OpenAI SDK needs it (the
        variable the app reads is not in the file: `--base-url-var`)."""
        written = self.file_values.get(var)
        return written if written is not None and written.strip() \
            else self.values.get(OPENAI_BASE_URL) or ""


def from_text(text: str, path: Path, mapping: VarMap | None = None) -> AppEnv:
    file_values = envfile.values(envfile.parse(text))
    roles = resolve(file_values, mapping or VarMap())
    return AppEnv(path, text, file_values, canonical(file_values, roles), roles)


def read(path: str | Path, var_specs: Sequence[str] = ()) -> AppEnv:
    """Read the `.env` at `path` (missing: EnvFileError, exit 2) through the mapping."""
    mapping = load_mapping(var_specs)  # argument mistakes before the file is read
    p = Path(path)
    text = envfile.read_text(p)
    if text is None:
        raise EnvFileError(f"{p} does not exist",
                           fix="run `setup-wizard init` to write it, or pass --env-file PATH")
    return from_text(text, p, mapping)
