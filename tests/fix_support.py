"""Do what a finding's fix says, as a user reading it would, on the text of a .env.

Every fix lint writes must be one of these sentences (the first clause counts; what follows
", or", " (" or " as well" is advice): a fix that matches none fails the property test, so a
new rule cannot ship a fix nobody can follow. Where the fix asks for a secret ("paste the real
key into X") a well-formed stand-in of the right shape is pasted; placeholders such as
`<account_id>` are filled with well-formed values.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lint_support import ACCT, CF_API_TOKEN, GSK, OPENAI_KEY, TOKEN

from setup_wizard.config import envfile, providers, roles

# Fixes that are not an edit of the file's text: point lint at another file (binary, too
# large, too many lines) or save it in another encoding (lint_text never produces them), or
# ask the provider what it serves now (SW390: `setup-wizard models`; it fires only on a date
# past the catalog's, which the suite never has unless a test sets one).
NOT_TEXT_EDITS = {"SW001", "SW002", "SW003", "SW004", "SW005", "SW390"}
STAND_INS = {"groq": GSK, "openai": OPENAI_KEY, "workers-ai": CF_API_TOKEN,
             "grok": "xai-" + "StAnDiNxAi" * 3, "openrouter": "sk-or-v1-" + "ab12" * 16,
             "deepseek": "sk-" + "StAnDiNdEePsEeK" * 2}
PLACEHOLDERS = {"<account_id>": ACCT, "<gateway_id>": "omni", "<provider>": "groq",
                "<vendor>": "google"}


class Unfollowable(AssertionError):
    """A fix that says nothing a user could do to the file."""


def _lines(text: str) -> list[str]:
    """Lines as lint numbers them: python-dotenv reads CR and CRLF as LF (line edits write
    the file back with LF, as an editor that follows the fix would not care to keep)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _key_lines(text: str, key: str) -> list[int]:
    """0-based indexes of the lines that assign `key` (python-dotenv's view), else of a line
    that means to (`KEY-value`, `KEY: value`: lint judges those as the assignment meant)."""
    out = []
    for e in envfile.parse("\n".join(_lines(text))):
        if e.key == key and not e.error:
            body = e.original.lstrip()
            lead = e.original[: len(e.original) - len(body)]
            out.append(e.line - 1 + lead.count("\n"))
    return out or [i for i, ln in enumerate(_lines(text)) if _meant(key).match(ln)]


def _meant(key: str) -> re.Pattern[str]:
    return re.compile(rf"\s*(?:export\s+)?{re.escape(key)}\s*(?:-|:|=>)\s*(.*)$")


def _set(text: str, key: str, value: str) -> str:
    lines = _lines(text)
    at = _key_lines(text, key)
    new = envfile.line_for(key, value).rstrip("\n")
    if not at:
        if lines and lines[-1] == "":
            lines.insert(len(lines) - 1, new)
        else:
            lines.append(new)
        return "\n".join(lines)
    # "set NAME=value": every line that assigns NAME says value (a duplicate too).
    for i in reversed(at):
        export = re.match(r"\s*export\s+", lines[i])
        # A multi-line value: replace every line it spans (not the blank lines python-dotenv
        # counts into the entry before it: those stay).
        span = next((e.original.lstrip().rstrip("\n").count("\n")
                     for e in envfile.parse("\n".join(lines)) if e.key == key and not e.error
                     and e.line - 1 + e.original[: len(e.original) - len(e.original.lstrip())]
                     .count("\n") == i), 0)
        lines[i:i + span + 1] = [("export " if export else "") + new]
    return "\n".join(lines)


def _remove(text: str, key: str) -> str:
    """Every line about `key` goes: its assignments and a line that means one (`export
    KEY-value`), as a person told to remove KEY would do."""
    lines = _lines(text)
    meant = {i for i, ln in enumerate(lines) if _meant(key).match(ln)}
    for i in sorted(set(_key_lines(text, key)) | meant, reverse=True):
        del lines[i]
    return "\n".join(lines)


def _value(text: str, key: str) -> str:
    value = envfile.values(envfile.parse(text)).get(key)
    if value is None:
        for ln in _lines(text):
            m = _meant(key).match(ln)
            if m:
                return envfile.values(envfile.parse(f"{key}={m[1]}\n")).get(key) or ""
    return value or ""


def stand_in_key(text: str, key: str, provider_name: str | None = None) -> str:
    """A well-formed key for whoever `key` (or `provider_name`) belongs to."""
    if provider_name:
        p = next((p for p in providers.PROVIDERS.values() if p.name == provider_name), None)
        if p:
            return STAND_INS.get(p.slug, "StAnDiNkEy" * 4)
    values = envfile.values(envfile.parse(text))
    r = roles.resolve(values)
    row = roles.row_for(key)
    own = providers.get(row.provider) if row is not None and row.provider else None
    if own is None:  # a name that follows the base URL (OPENAI_API_KEY): that URL's provider
        own = r.url_provider or providers.PROVIDERS["groq"]
    return STAND_INS.get(own.slug, "StAnDiNkEy" * 4)


def _fill(value: str) -> str:
    for k, v in PLACEHOLDERS.items():
        value = value.replace(k, v)
    return value


Edit = Callable[[str], str]


def _end_at_quote(text: str, line: int) -> str:
    """Cut line `line` after the quote that closes its value (NAME="v" -- note)."""
    lines = text.splitlines(keepends=True)
    m = re.match(r"""([^=]*=\s*("(?:\\.|[^"\\\n])*"|'[^'\n]*'))""", lines[line - 1])
    if m is None:
        raise Unfollowable(f"line {line} has no closing quote to end at")
    lines[line - 1] = m[1] + "\n"
    return "".join(lines)


def follow(text: str, code: str, key: str | None, fix: str) -> str:
    """The text after doing what `fix` says (raise Unfollowable if it says nothing doable)."""
    fix = fix.strip()
    rules: list[tuple[str, Callable[[re.Match[str]], str]]] = [
        (r"set (\w+)=(\S+?)(?:,| and paste an? (.+?) (?:token|key) into (\w+)|\s|$)",
         lambda m: _set_then_paste(text, m)),
        (r"set (\w+) to a token created under", lambda m: _set(text, m[1], TOKEN)),
        (r"set (\w+) to your key", lambda m: _set(text, m[1], stand_in_key(text, m[1]))),
        (r"rename (\S+) to (\w+)", lambda m: _rename(text, m[1], m[2])),
        (r"remove (?:the spaces inside the quotes of )(\w+)",
         lambda m: _set(text, m[1], _value(text, m[1]).strip())),
        (r"remove the quotes inside (\w+)'s value",
         lambda m: _set(text, m[1], _value(text, m[1]).strip("\"'"))),
        # SW122: the value python-dotenv reads, written without the quotes around it.
        (r"remove the quotes around (\w+)'s value", lambda m: _set(text, m[1], _value(text, m[1]))),
        # SW124 on a one-line value that needs no quotes: the value npm dotenv reads, bare.
        (r"remove the backticks around (\w+)'s value",
         lambda m: _set(text, m[1], _value(text, m[1]))),
        (r"remove character (\d+) \(U\+[0-9A-F]+\) from (\w+)( and any other non-ASCII one)?",
         lambda m: _drop_char(text, m[2], int(m[1]), bool(m[3]))),
        (r"remove Bearer from (\w+)",
         lambda m: _set(text, m[1], re.sub(r"(?i)^\s*bearer\s+", "", _value(text, m[1])))),
        (r"put (\w+)'s value in single quotes instead of backticks",
         lambda m: _single_quoted(text, m[1])),
        (r"remove (\w+)", lambda m: _remove(text, m[1])),
        (r"delete lines? ([\d and]+?)(?: \(|$)", lambda m: _delete(text, m[1])),
        (r"move the lines? that sets? (\w+(?: and \w+)*) above (\w+)",
         lambda m: _move_all_above(text, m[1].split(" and "), m[2])),
        (r"close the quote at the end of line (\d+)"
         r"(?: and (delete line (\d+)|make line (\d+) a comment))?", lambda m: _close(text, m)),
        (r"make line (\d+) a comment", lambda m: _comment(text, int(m[1]))),
        (r"uncomment line (\d+)", lambda m: _uncomment(text, int(m[1]))),
        (r"end line (\d+) at the closing quote", lambda m: _end_at_quote(text, int(m[1]))),
        (r"split line (\d+) before (\w+)=", lambda m: _split(text, int(m[1]), m[2])),
        (r"put each setting of line (\d+) on a line of its own, outside the comment",
         lambda m: _unglue(text, int(m[1]))),
        (r"move the comment on line (\d+) to a line of its own",
         lambda m: _comment_above(text, int(m[1]))),
        (r"put = between (\w+) and its value on line (\d+)",
         lambda m: _separator(text, m[1], int(m[2]))),
        (r"paste (?:the real key|the whole key|the whole token|the Cloudflare token|an? (.+?) key)"
         r" into (\w+)", lambda m: _paste(text, m, code)),
        (r"save the file as UTF-8 without BOM", lambda m: text.lstrip("\ufeff")),
        (r"convert it to LF line endings",
         lambda m: text.replace("\r\n", "\n").replace("\r", "\n")),
        (r"run `setup-wizard init` to write them", lambda m: _init(text)),
    ]
    for pattern, edit in rules:
        m = re.match(pattern, fix)
        if m:
            return edit(m)
    raise Unfollowable(f"{code}: nobody can follow this fix: {fix!r}")


def _set_then_paste(text: str, m: re.Match[str]) -> str:
    out = _set(text, m[1], _fill(m[2]))
    if m[3]:
        out = _set(out, m[4], stand_in_key(out, m[4], m[3]))
    return out


def _single_quoted(text: str, key: str) -> str:
    """KEY=`...` written KEY='...': its opening and closing backticks, nothing else."""
    lines, at = "\n".join(_lines(text)), 0
    for e in envfile.parse(lines):
        if e.key == key and e.backtick:
            i = e.original.index("`")
            j = i + 1 + len(e.value or "")
            new = f"{e.original[:i]}'{e.original[i + 1:j]}'{e.original[j + 1:]}"
            return lines[:at] + new + lines[at + len(e.original):]
        at += len(e.original)
    raise Unfollowable(f"no value of {key} in backticks")


def _split(text: str, number: int, name: str) -> str:
    lines = _lines(text)
    lines[number - 1] = re.sub(rf"\s+(?={re.escape(name)}=)", "\n", lines[number - 1], count=1)
    return "\n".join(lines)


def _unglue(text: str, number: int) -> str:
    lines = _lines(text)
    line = re.sub(r"(?<![A-Z0-9_])(?=[A-Z][A-Z0-9_]{2,}=)", "\n", lines[number - 1])
    lines[number - 1] = re.sub(r"(?<=[\"'])(?=#)", "\n", line)
    return "\n".join(lines)


def _comment_above(text: str, number: int) -> str:
    lines = _lines(text)
    key, _, comment = lines[number - 1].partition("#")
    lines[number - 1] = f"#{comment}\n{key.rstrip()}"
    return "\n".join(lines)


def _rename(text: str, old: str, new: str) -> str:
    lines = _lines(text)
    for i in _key_lines(text, old) or [j for j, ln in enumerate(lines)
                                       if ln.lstrip().startswith(old)]:
        lines[i] = lines[i].replace(old, new, 1)
    return "\n".join(lines)


def _drop_char(text: str, key: str, pos: int, every: bool) -> str:
    value = _value(text, key)
    value = value[: pos - 1] + value[pos:]
    if every:
        value = "".join(ch for ch in value if ch.isascii())
    return _set(text, key, value)


def _move_above(text: str, key: str, before: str) -> str:
    """The last line that sets `key` moved just above the first that sets `before`."""
    lines = _lines(text)
    src, dst = _key_lines(text, key)[-1], _key_lines(text, before)[0]
    line = lines.pop(src)
    lines.insert(dst if dst < src else dst - 1, line)
    return "\n".join(lines)


def _move_all_above(text: str, keys: list[str], before: str) -> str:
    """Each key's line moved just above the first line that sets `before`, in turn."""
    for key in keys:
        text = _move_above(text, key, before)
    return text


def _delete(text: str, which: str) -> str:
    lines = _lines(text)
    for n in sorted((int(x) for x in re.findall(r"\d+", which)), reverse=True):
        del lines[n - 1]
    return "\n".join(lines)


def _close(text: str, m: re.Match[str]) -> str:
    lines = _lines(text)
    n = int(m[1])
    line = lines[n - 1]
    quote = next(ch for ch in line.split("=", 1)[1] if ch in "\"'")
    lines[n - 1] = line.rstrip() + quote
    if m[3]:
        del lines[int(m[3]) - 1]
    elif m[4]:
        lines[int(m[4]) - 1] = "# " + lines[int(m[4]) - 1]
    return "\n".join(lines)


def _comment(text: str, n: int) -> str:
    lines = _lines(text)
    lines[n - 1] = "# " + lines[n - 1]
    return "\n".join(lines)


def _uncomment(text: str, n: int) -> str:
    lines = _lines(text)
    lines[n - 1] = re.sub(r"^\s*#+\s*", "", lines[n - 1], count=1)
    return "\n".join(lines)


def _separator(text: str, key: str, n: int) -> str:
    lines = _lines(text)
    lines[n - 1] = re.sub(rf"({key})\s*(?:-|:|=>)\s*", r"\1=", lines[n - 1], count=1)
    return "\n".join(lines)


def _paste(text: str, m: re.Match[str], code: str) -> str:
    key = m[2]
    if code in ("SW402", "SW403") or "token" in m[0]:
        return _set(text, key, TOKEN)
    return _set(text, key, stand_in_key(text, key, m[1]))


def _init(text: str) -> str:
    from setup_wizard.config import templating
    from setup_wizard.config.model import Config

    config = Config.build(provider="groq", model="openai/gpt-oss-20b", mode="gateway-stored-key",
                          account_id=ACCT, gateway_id="omni", cf_token=TOKEN)
    return templating.env_text(config, text)
