"""Names in a `.env`: a name no client reads because it is one or two letters off a known one
(SW109), an invalid name (SW105), and `NAME-value` / `NAME: value` where `=` belongs (SW100).

A near-miss is judged as the name it was meant to be (`near_miss` feeds the engine's aliases),
so renaming it brings no new finding. The work is bounded: near-misses are looked for among a
file's first names only, with a cheap pre-filter before the edit distance.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable

from setup_wizard.config import envfile, names, providers
from setup_wizard.lint.findings import Findings

_VALID_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _squash(name: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", name.upper()).rstrip("S")


_KNOWN = tuple(k for k in names.BY_NAME if k not in names.NOT_TYPO_TARGETS)
_SQUASHED = {_squash(k): k for k in _KNOWN}
_KNOWN_WORDS = tuple((k, k.split("_")) for k in _KNOWN)
# A word people leave out or add (GROQ_KEY for GROQ_API_KEY).
_FILLER_WORDS = frozenset({"API"})
# A name, then `-` or `:` where `=` belongs (`export OPENAI_API_KEY-"gsk_..."`).
_WRONG_SEPARATOR = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s*(?:-|:|=>)")


# The same on a line python-dotenv rejects outright (`OPENROUTER_API_KEY: {api_key}`).
SEPARATOR_LINE = re.compile(r"\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*(:|=>)\s*(.*)$")


def wrong_separator(name: str, sep: str, rest: str, line: int, present: dict[str, int],
                     out: Findings) -> tuple[str, str] | None:
    """`NAME-value`, `NAME: value`: said on NAME; returns the (name, value) it meant, which
    is judged as if the = were there (so following the fix brings nothing new)."""
    message = (f"line {line} sets no {name}: a {sep.strip()!r} stands where the = belongs, "
               "so python-dotenv does not read it as a setting")
    if name in present:  # set properly elsewhere: this line is dead
        out.add("SW100", name, line, message,
                f"delete line {line} ({name} is set on line {present[name]})")
        return None
    out.add("SW100", name, line, message, f"put = between {name} and its value on line {line}")
    fixed = envfile.parse(f"{name}={rest.lstrip()}\n")
    return (name, fixed[0].value or "") if fixed and not fixed[0].error else None


# Near-misses are looked for among the first names of a file only: real .env files have tens
# of names, and a pasted dump of thousands must not make lint slow.
MAX_NEAR_MISS_NAMES = 1_000


def near_miss_candidates(keys: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(keys))[:MAX_NEAR_MISS_NAMES]


@functools.lru_cache(maxsize=4096)
def near_miss(key: str) -> str | None:
    """The known name `key` was meant to be: wrong case, separators, a plural, a missing
    filler word, or one or two letters off (CF_GATEWAY_TOKN). Never a change of provider:
    GROK_BASE_URL (xAI's Grok) is not a misspelt GROQ_BASE_URL."""
    if key in names.BY_NAME or key in names.LIST_NAMES:
        return None
    if "__" in key.strip("_"):
        # A nested setting's name (Dynaconf's and pydantic-settings' `__` separator:
        # OPENAI__API_BASE is [openai].api_base): the app's own, no typo of OPENAI_API_BASE.
        return None
    if key.upper() in names.BY_NAME:
        return key.upper()
    squashed = _squash(key)
    if squashed in _SQUASHED:
        return _SQUASHED[squashed]
    words = key.upper().split("_")
    for known, kw in _KNOWN_WORDS:
        if len(kw) == len(words) + 1 and set(kw) - set(words) <= _FILLER_WORDS \
                and [w for w in kw if w not in _FILLER_WORDS] == words:
            return known
    if len(squashed) >= 8:
        limit = 1 if len(squashed) < 12 else 2
        # A typo rarely hits both ends: compare only names sharing the first or last letter.
        close = [k for sq, k in _SQUASHED.items()
                 if (sq[0] == squashed[0] or sq[-1] == squashed[-1])
                 and abs(len(sq) - len(squashed)) <= limit
                 and _distance(squashed, sq, limit) <= limit
                 and not _other_brand(words, k.split("_"))
                 # *_URI is a convention of its own (PHP's base_uri: GROQ_BASE_URI holds an
                 # app's whole base), not a typo of *_URL
                 and not (key.upper().endswith("_URI") and k.endswith("_URL"))
                 # a whole word before or after a known name is an app's own name
                 # (MY_LLM_BASE_URL, LLM_BASE_URL_2), not a typo of it
                 and not key.upper().endswith("_" + k) and not key.upper().startswith(k + "_")]
        if len(close) == 1:
            return close[0]
    found = misspelt_provider_word(key)
    return found[0] if found is not None else None


# -- a provider's word misspelt in a name of an LLM setting (HUUGINGFACE_API_KEY) -----------
# The provider words lint knows: its providers' and catalog vendors' (slugs and the first word
# of their key names) and the other services' and brands' of config/providers.py, of four
# letters or more (a shorter one is a letter from too many real words: AWS, HF, GLM, XAI).
# LOCAL names no provider (USE_LOCAL_...).
_PROVIDER_WORDS: frozenset[str] = frozenset(
    w for w in (*(p.key_var.split("_")[0] for p in (*providers.PROVIDERS.values(),
                                                   *providers.CATALOG_ONLY.values())),
                *(p.slug.upper() for p in (*providers.PROVIDERS.values(),
                                           *providers.CATALOG_ONLY.values())),
                *providers.OTHER_SERVICE_WORDS, *providers.OTHER_BRAND_WORDS, "HUGGINGFACEHUB")
    if len(w) >= 4 and w.isalpha() and w != "LOCAL")
# Real words one such edit from a provider's: a clade (CLAUDE), goggles and Alphabet's
# ticker GOOGL (GOOGLE), E-mini futures (GEMINI), OpenI, PCL's AI platform (OPENAI).
_REAL_WORDS: frozenset[str] = frozenset({"CLADE", "GOGGLE", "GOOGL", "EMINI", "OPENI"})


def _slips(word: str) -> dict[str, str]:
    """The misspellings of `word` a name is read for, each with what was done: a letter
    doubled (GROOQ) or a double letter written on its neighbour (HUUGINGFACE for HUGGINGFACE;
    any word), and for words of six letters or more a letter dropped (ANTHROPC; not a final
    S: FIREWORK is another word's singular) or two neighbours swapped (ANTRHOPIC). Another
    letter replaced is not one: it makes other real words (VORTEX, KIWI)."""
    out = {word[:i + 1] + word[i:]: f"{word[i]} doubled" for i in range(len(word))}
    for i in range(len(word) - 1):
        if word[i] == word[i + 1]:
            if i > 0 and word[i - 1] != word[i]:
                out.setdefault(word[:i] + word[i - 1] + word[i + 1:],
                               f"{word[i - 1]} doubled instead of {word[i]}")
            if i + 2 < len(word) and word[i + 2] != word[i]:
                out.setdefault(word[:i + 1] + word[i + 2] + word[i + 2:],
                               f"{word[i + 2]} doubled instead of {word[i]}")
    if len(word) >= 6:
        for i in range(len(word)):
            if not (i == len(word) - 1 and word[i] == "S"):
                out.setdefault(word[:i] + word[i + 1:], f"{word[i]} dropped")
        for i in range(len(word) - 1):
            if word[i] != word[i + 1]:
                out.setdefault(word[:i] + word[i + 1] + word[i] + word[i + 2:],
                               f"{word[i]} and {word[i + 1]} swapped")
    return out


def _slip_table() -> dict[str, tuple[str, str]]:
    """Each misspelling -> (the provider word, what was done); one that misspells two
    provider words, or is a word itself, is none."""
    seen: dict[str, list[tuple[str, str]]] = {}
    for word in sorted(_PROVIDER_WORDS):
        for slip, how in _slips(word).items():
            seen.setdefault(slip, []).append((word, how))
    return {slip: found[0] for slip, found in seen.items()
            if len(found) == 1 and slip not in _PROVIDER_WORDS and slip not in _REAL_WORDS}


_SLIPS: dict[str, tuple[str, str]] = _slip_table()


@functools.lru_cache(maxsize=4096)
def misspelt_provider_word(key: str) -> tuple[str, str, str, str] | None:
    """(the name meant, the word written, the provider word, what was done) when one word of
    `key`, an LLM setting's name by its family or a *_TOKEN, misspells a provider's
    (HUUGINGFACE_API_KEY: HUGGINGFACE_API_KEY). The whole-name comparison misses these when
    the name meant is no row of the names table (HUGGINGFACE_API_KEY, ANTHROPIC_API_KEY)."""
    if len(key) > 100 or (names.lookup(key) is None and not key.upper().endswith("_TOKEN")):
        return None
    parts = key.split("_")
    hits = [(i, _SLIPS[p.upper()]) for i, p in enumerate(parts) if p.upper() in _SLIPS]
    if len(hits) != 1:
        return None
    i, (word, how) = hits[0]
    written = parts[i]
    parts[i] = word.lower() if written.islower() else word
    return "_".join(parts), written, word, how


# A key with no shape of its own (Mistral's: 32 letters and digits) has no separators; one
# with - or . between words is a model ID (GROQ=llama-3.3-70b-versatile), unless a vendor's
# key shape says otherwise (sk-proj-..., key_owners).
_KEYISH = re.compile(r"[A-Za-z0-9]{20,}")


def _bare_provider_key(key: str, value: str | None) -> str | None:
    """`MISTRAL=<key>`: a provider's bare name holding a key-like value, where its clients
    read the provider's key name (MISTRAL_API_KEY). A flag (GROQ=1) or a URL is not that."""
    p = providers.by_name(key) if "_" not in key else None
    bare = (value or "").strip().strip("\"'")
    if p is None or not bare or not (_KEYISH.fullmatch(bare) or providers.key_owners(bare)):
        return None
    return p.key_var if p.key_var in names.BY_NAME else None


_BRANDS = frozenset({w for p in providers.PROVIDERS.values()
                     for w in (p.slug.upper(), *p.name.upper().replace("(", " ")
                               .replace(")", " ").split())} | {"XAI", "GROK", "GROQ"}
                   | set(providers.OTHER_BRAND_WORDS)
                   # a local server's name (VLLM_BASE_URL is vLLM's, no misspelt LLM_BASE_URL)
                   | (providers.LOCAL_SERVER_WORDS - {"LOCAL"}))


def _other_brand(words: list[str], known: list[str]) -> bool:
    """`words` name a provider that `known` does not (GROK vs GROQ)."""
    return any(w in _BRANDS and w not in known for w in words)


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (limit + 1) once it exceeds `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        cur = [i]
        for j, cb in enumerate(b, start=1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def check_name(e: envfile.Entry, present: dict[str, int], out: Findings,
                near: bool = True, empty: Collection[str] = ()) -> tuple[str, str] | None:
    """Name findings; for `NAME-value` (a wrong separator), the (name, value) it meant.
    `empty`: the names `present` holds whose value is empty."""
    key = e.key or ""
    if not _VALID_NAME.fullmatch(key):
        m = _WRONG_SEPARATOR.match(key)
        if e.value is None and m and names.lookup(m.group(1)) is not None:
            return wrong_separator(m.group(1), key[m.end() - 1], key[m.end():], e.line,
                                    present, out)
        fixed = re.sub(r"\W", "_", key)
        fixed = f"_{fixed}" if fixed[:1].isdigit() else fixed
        out.add("SW105", key, e.line,
                f"{key!r} is not a valid environment variable name (letters, digits, _; "
                "not starting with a digit)", f"rename {key} to {fixed}")
    old = names.renamed(key, e.value, present)
    if old is not None:
        _renamed(old, e, present, out, empty)
        return None
    target = (near_miss(key) if near else None) or _bare_provider_key(key, e.value)
    if target is None:
        return None
    row = names.BY_NAME.get(target)
    slip = misspelt_provider_word(key) if row is None else None
    if slip is not None:  # a provider's word misspelt in a name no row knows
        _meant, written, word, how = slip
        why = (f"{key} misspells {word} ({written}: {how}), so an app that reads {target} "
               "never sees it")
    elif row is not None:
        why = f"{key} is not read by {row.client.name}; it reads {target}" + (
            " (names are case-sensitive)" if key.upper() == target else "")
    else:
        return None
    if target in present:
        out.add("SW109", key, e.line, f"{why}, which is set too (line {present[target]})",
                f"remove {key}")
    else:
        out.add("SW109", key, e.line, why, f"rename {key} to {target}")
    return None


def _renamed(row: names.Renamed, e: envfile.Entry, present: dict[str, int],
             out: Findings, empty: Collection[str] = ()) -> None:
    """SW125: an app's old name for a setting (Open WebUI's OLLAMA_API_BASE_URL)."""
    value = names.renamed_value(e.value)
    new_value = value[:-len(row.old_tail)] if value.endswith(row.old_tail) else value
    said = f"{row.old} is {row.client.name}'s old name for {row.new}, which is written " \
           f"without {row.old_tail}"
    if row.new in present and row.new in empty:
        # Open WebUI's config.py falls back on the old name when the new one is empty, and an
        # empty OLLAMA_BASE_URL= passed to its container replaces the image's /ollama too.
        out.add("SW125", row.old, e.line,
                f"{said}: {row.new} is set too (line {present[row.new]}) but empty, so "
                f"{row.client.name} falls back on {row.old} today, {row.old_tail} cut off; its "
                f"docs and templates write {row.new} only",
                f"remove {row.old} and set {row.new}={new_value} (line {present[row.new]}) "
                "in its place")
        return
    if row.new in present:
        out.add("SW125", row.old, e.line,
                f"{said}: {row.new} is set too (line {present[row.new]}) and {row.client.name} "
                f"reads it first, so {row.old} is ignored",
                f"remove {row.old} ({row.new} is the one {row.client.name} reads: check that it "
                f"holds {new_value})")
        return
    out.add("SW125", row.old, e.line, f"{said}: {row.why}",
            f"remove {row.old} and set {row.new}={new_value} in its place")
