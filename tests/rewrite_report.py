"""Rewrite every `tune` text or file the way real pastes and templates differ, and count what
loses its answer: `python tests/rewrite_report.py [errors|envs] [--list]`.

Each rewriting keeps what the text or file says and changes how it is written. A loss points
at evidence that hangs on form, not on meaning: the place to look for a family rule (never a
rule for one text). The forms every text must survive unchanged are tests
(`test_pasted_forms.py`, `test_lint_forms.py`); these are the harder ones, measured rather
than required, on the `tune` half only, like every look at misses.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections.abc import Callable

from corpus_support import ERRORS, judge, rows
from env_corpus_support import entries, prepared, wrong_names

from setup_wizard.diagnose.classify import classify_pasted
from setup_wizard.lint.engine import lint_text


def _json_text(t: str) -> str | None:
    try:
        return json.dumps(json.dumps(t))[1:-1]
    except (TypeError, ValueError):
        return None


def _rendered(t: str) -> str | None:
    """An HTML page as a browser's copy or an app's page-to-text gives it: no tags, no
    scripts or styles, entities read, each line's blanks squeezed."""
    if not re.search(r"(?i)<(?:html|body|div|title|h1|p|center)\b", t):
        return None
    u = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
    u = re.sub(r"(?s)<!--.*?-->", " ", u)
    u = html.unescape(re.sub(r"<[^>]+>", " ", u))
    return "\n".join(" ".join(ln.split()) for ln in u.splitlines() if ln.strip())


def _every_line(t: str, prefix: str) -> str | None:
    """A multi-line text as a log collector writes it: its prefix on every line."""
    return "\n".join(prefix + ln for ln in t.split("\n")) if "\n" in t.strip() else None


# What a log or a copy does to an error text.
ERROR_FORMS: dict[str, Callable[[str], str | None]] = {
    "escaped twice (a JSON log quoting a line that quoted it)": _json_text,
    "cut at 10% of its start (an excerpt)":
        lambda t: t[len(t) // 10:] if len(t) // 10 >= 10 else None,
    "cut at 90% of its end (a logger's line limit)":
        lambda t: t[: len(t) * 9 // 10] if len(t) >= 100 else None,
    "joined on one line": lambda t: " ".join(t.split("\n")) if "\n" in t else None,
    "a traceback after it":
        lambda t: t + '\nTraceback (most recent call last):\n  File "app.py", line 42\n',
    "an app's prefix before it": lambda t: "错误：" + t,
    "an HTML page rendered to text": _rendered,
    "docker compose's prefix on every line": lambda t: _every_line(t, "app-1  | "),
    "kubectl's timestamp on every line":
        lambda t: _every_line(t, "2025-06-01T10:00:00.123456789Z "),
    "journald's prefix on every line": lambda t: _every_line(t, "Jun 01 10:00:00 host app[1234]: "),
}


def _message_alone(t: str, status: int | None) -> str | None:
    """A JSON body's message alone after its status ("Error 403: Your project has been denied
    access."), as apps print it: the envelope's evidence is gone, so origins may fairly be
    lost; causes should hold."""
    try:
        d = json.loads(t)
    except ValueError:
        return None
    e = d.get("error") if isinstance(d, dict) else None
    m = (e if isinstance(e, dict) else d if isinstance(d, dict) else {}).get("message")
    return f"Error {status}: {m}" if status and isinstance(m, str) and m else None


# Forms that need the status the source showed (and drop it from what is passed).
STATUS_FORMS: dict[str, Callable[[str, int | None], str | None]] = {
    "a JSON body's message alone after its status": _message_alone,
}

# What a template adds beside a file's own settings: another client's block.
ENV_BLOCKS: dict[str, str] = {
    "an Ollama fallback": "OLLAMA_BASE_URL=http://localhost:11434\nOLLAMA_MODEL=llama3.1:8b\n",
    "an embeddings client": ("EMBEDDING_MODEL=text-embedding-3-small\n"
                             "EMBEDDING_BASE_URL=https://api.openai.com/v1\n"),
    "another vendor's key and model": "ANTHROPIC_API_KEY=\nANTHROPIC_MODEL=claude-sonnet-4-5\n",
    "settings of no LLM": ("DATABASE_URL=postgres://u:p@db:5432/app\nREDIS_URL=redis://redis:6379"
                           "\nPORT=3000\nLOG_LEVEL=info\n"),
}


def errors_report(show: bool) -> None:
    base = []
    for r in rows("tune"):
        t = (ERRORS / r["file"]).read_text(encoding="utf-8")
        base.append((r, t, judge(r, classify_pasted(t, r.get("status"), r.get("headers") or {}))))
    for name, form in ERROR_FORMS.items():
        n = lost_origin = lost_cause = 0
        lost = []
        for r, t, (o, c, _b) in base:
            u = form(t)
            if u is None or u == t:
                continue
            n += 1
            o2, c2, _ = judge(r, classify_pasted(u, r.get("status"), r.get("headers") or {}))
            lost_origin += o and not o2
            lost_cause += c and not c2
            if o and not o2:
                lost.append(r["file"])
        print(f"{name}: {n} texts, origin lost {lost_origin}, cause lost {lost_cause}")
        for f in lost if show else ():
            print("   ", f)
    for name, sform in STATUS_FORMS.items():
        n = lost_origin = lost_cause = 0
        lost = []
        for r, t, (o, c, _b) in base:
            u = sform(t.strip(), r.get("status"))
            if u is None:
                continue
            n += 1
            o2, c2, _ = judge(r, classify_pasted(u, None, r.get("headers") or {}))
            lost_origin += o and not o2
            lost_cause += c and not c2
            if c and not c2:
                lost.append(r["file"])
        print(f"{name}: {n} texts, origin lost {lost_origin} (its envelope was the evidence), "
              f"cause lost {lost_cause}")
        for f in lost if show else ():
            print("   ", f)


def _envs_ok(row: dict, text: str) -> bool:
    found = lint_text(text, environ={})
    if row["verdict"] == "wrong":
        return bool(wrong_names(row) & {f.key for f in found if f.key})
    return not any(f.severity == "error" for f in found)


def envs_report(show: bool) -> None:
    base = [(r, t, _envs_ok(r, t)) for r in entries("tune") for t in [prepared(r)]]
    for name, block in ENV_BLOCKS.items():
        lost = []
        for r, t, ok in base:
            named = set(re.findall(r"(?m)^\s*(?:export\s+)?([A-Za-z_]\w*)\s*=", t))
            keep = [ln for ln in block.splitlines()
                    if ln.split("=", 1)[0] not in named]  # the file's own lines stay its own
            if ok and not _envs_ok(r, t + "\n" + "\n".join(keep) + "\n"):
                lost.append(r["file"])
        print(f"{name} appended: {len(base)} files, lost {len(lost)}")
        for f in lost if show else ():
            print("   ", f)


_ASSIGNED = re.compile(r"(?m)^(\s*(?:export\s+)?)([A-Za-z_]\w*)(\s*=)")


def envs_prefix_report(show: bool) -> None:
    """Every name under the app's own prefix (APP_LLM_BASE_URL): a mistake in a value must
    still be named. A loss where the mistake is a name's own convention (OPENAI_API_BASE,
    which the OpenAI SDK 1.x ignores) is expected: the prefix changes who reads it; so is one
    where the wrong name is on a line this rewriting does not reach (inside a comment, or
    written `NAME: value`)."""
    lost = []
    base = [(r, t) for r in entries("tune") for t in [prepared(r)] if _envs_ok(r, t)]
    for r, t in base:
        u = _ASSIGNED.sub(lambda m: m.group(1) + "APP_" + m.group(2) + m.group(3), t)
        u = re.sub(r"\$\{(\w+)", r"${APP_\1", u)
        found = lint_text(u, environ={})
        if r["verdict"] == "wrong":
            ok = bool({"APP_" + n for n in wrong_names(r)} & {f.key for f in found if f.key})
        else:
            ok = not any(f.severity == "error" for f in found)
        if not ok:
            lost.append(r["file"])
    print(f"an app's prefix on every name: {len(base)} files, lost {len(lost)}")
    for f in lost if show else ():
        print("   ", f)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("corpus", nargs="?", choices=("errors", "envs"), default=None)
    ap.add_argument("--list", action="store_true", help="name the tune texts or files lost")
    args = ap.parse_args(argv)
    if args.corpus in (None, "errors"):
        errors_report(args.list)
    if args.corpus in (None, "envs"):
        envs_report(args.list)
        envs_prefix_report(args.list)
    return 0


if __name__ == "__main__":
    sys.exit(main())
