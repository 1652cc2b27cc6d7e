"""The .env corpus (tests/fixtures/corpus/envs): real configurations people posted, each with
its source, verdict and the variable(s) that hold the mistake; loading, reading, scoring.

What the test does to a file before `lint` sees it, and nothing else:
- the posted form becomes the .env it stands for: `docker run -e K=V` arguments, a compose
  `environment:` block (map or list), cmd.exe's `set K=V` (whose quotes stay in the value,
  as cmd keeps them), PowerShell's `$env:K = "V"`, a JSON `"K": "V"` block; every value kept
  character for character (`as_dotenv`); a Windows line for a name the page already set for
  a POSIX shell is the same setting shown twice, and is not repeated; a shell heredoc that
  writes the .env (`cat << EOF > .env`, `tee .env <<EOF`) is the file between its markers;
- a value the poster redacted (listed per entry in `redacted_by_poster`) is replaced by a
  well-formed stand-in of the kind the poster meant: a key of the provider the placeholder or
  the variable names, a 32-hex account ID, a model of the provider (`stand_ins`), inside the
  quotes the poster wrapped it in. Exactly those values, and only when the value left in the
  post is a placeholder.
The split is the error corpus's (`corpus_support.split_of`): change lint while looking at
`tune` only. Entries marked `"scope": "out"` are mistakes no offline linter can see (a local
server's port, a container's network, one app's version-specific reading of a generic name);
they stay in the corpus, with their reason, and are counted apart.
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass
from typing import Any

from corpus_support import CORPUS, split_of

from setup_wizard.config import envfile, fields, gateway, names, providers, roles
from setup_wizard.lint.engine import lint_text
from setup_wizard.lint.findings import Finding

ENVS = CORPUS / "envs"
STAND_IN_ACCOUNT = "5f1c2a9e8b7d4c3a2f1e0d9c8b7a6f5e"
STAND_IN_KEYS = {
    "groq": "gsk_" + "CoRpUsStAnDiN" * 4,
    "openai": "sk-proj-" + "CoRpUsStAnDiN" * 3,
    "openrouter": "sk-or-v1-" + "c0ffee42" * 8,
    "grok": "xai-" + "CoRpUsStAnDiN" * 3,
    "deepseek": "sk-" + "CoRpUsStAnDiN" * 3,
    "workers-ai": "CoRpUsStAnDiNcFaPiToKeN" + "x" * 17,
    "anthropic": "sk-ant-api03-" + "CoRpUsStAnDiN" * 4,
    "google-ai-studio": "AIza" + "CoRpUsStAnDiN" * 2 + "CoRpUsStA",
}
STAND_IN_TOKEN = "cfut_" + "CoRpUsToKeN" * 4
# Words in a placeholder that say whose key the poster meant ("your_openai_key", "gsk_...").
_MEANT = [(re.compile(r"sk-ant|anthropic|claude", re.I), "anthropic"),
          (re.compile(r"AIza|gemini|google", re.I), "google-ai-studio"),
          (re.compile(r"gsk|groq", re.I), "groq"), (re.compile(r"sk-or|openrouter", re.I),
                                                     "openrouter"),
          (re.compile(r"xai|grok", re.I), "grok"), (re.compile(r"openai|\bsk-", re.I), "openai")]


def entries(split: str | None = None, scope: str | None = "in",
            verdict: str | None = None) -> list[dict[str, Any]]:
    rows = json.loads((CORPUS / "envs.json").read_text(encoding="utf-8"))["entries"]
    return [r for r in rows if (split is None or split_of(r["file"]) == split)
            and (scope is None or r.get("scope", "in") == scope)
            and (verdict is None or r["verdict"] == verdict)]


# -- the posted form -> the .env it stands for ---------------------------------------------
def as_dotenv(text: str) -> str:
    # A heredoc that writes the .env: the file is what stands between its markers.
    written = _heredoc_dotenv(text)
    if written is not None:
        return written
    # A docker run command, or its -e flags alone (a docs page's excerpt of one).
    if re.search(r"\b(?:docker|podman|nerdctl)\s+run\b|^\s*(?:-e|--env)\s+[A-Za-z_]\w*=",
                 text, re.M):
        return _docker_run(text)
    text = _shell_session(text)
    text = _split_exports(text)
    out: list[str] = []
    # An excerpt of a compose `environment:` map cut below its key (or under a YAML anchor
    # the excerpt left out): every setting an indented `NAME: value`, all at one indent (a
    # map's entries line up; a nested map or a block scalar's lines would not).
    settings = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    indents = {len(ln) - len(ln.lstrip()) for ln in settings}
    in_environment = len(indents) == 1 and all(re.match(r"\s+[A-Z_][A-Z0-9_]*:(?:\s|$)", ln)
                                               for ln in settings)
    # A Kubernetes ConfigMap's `data:` map is the environment its pods load (envFrom).
    config_map = re.search(r"(?m)^kind:\s*ConfigMap\s*$", text) is not None
    # (a Helm chart's values name the list after the pods' env: extraEnv, additionalEnvVars)
    env_key = r"\s*(?:environment|env|data):\s*$" if config_map \
        else r"\s*(?:environment|env|[a-z]\w*Env(?:Vars)?):\s*$"
    compose = in_environment or config_map or re.search(r"(?m)^" + env_key, text) is not None
    env_indent = 0
    k8s_name: str | None = None
    # A JSON block of settings ("K": "V" lines: Claude Code's settings.json "env", a VS Code
    # or MCP config): its braces and the keys that open objects are the JSON's, not lines of
    # a .env.
    json_block = any(_FORMS[_JSON_FORM][0].match(ln) for ln in text.splitlines())
    # Inside a quoted value that spans lines: python-dotenv reads '...' and "..." across
    # lines, Node's dotenv also `...` (chat-ui's MODELS=`[ ... ]`, which lint reads as Node's
    # dotenv does and python-dotenv does not: SW122). Either way the lines are the value's,
    # never settings of their own.
    open_quote = ""
    nested_below: int | None = None  # a k8s valueFrom's own lines (secretKeyRef: name, key)
    for line in text.splitlines():
        if nested_below is not None:
            if not line.strip() or len(line) - len(line.lstrip()) > nested_below:
                continue
            nested_below = None
        if open_quote:
            out.append(line)  # the value's own lines, never settings of their own
            if re.search(r"(?<!\\)" + re.escape(open_quote), line):  # not an escaped one
                open_quote = ""
            continue
        q = re.match(r"\s*(?:export\s+)?[A-Za-z_]\w*=\s*([`\"'])(.*)$", line)
        if q and not re.search(r"(?<!\\)" + re.escape(q[1]), q[2]):
            open_quote = q[1]
            out.append(line)
            continue
        if re.match(env_key, line):  # compose, Actions, k8s
            in_environment, env_indent = True, len(line) - len(line.lstrip())
            continue
        if in_environment and line.strip() and len(line) - len(line.lstrip()) <= env_indent \
                and not line.lstrip().startswith(("-", "#")):
            in_environment = False  # the service's next key (ports:, volumes:)
        # A Kubernetes env list (- name: K / value: V), or a Render blueprint's envVars
        # (- key: K / value: V; sync: false or fromService: the value is set outside the file,
        # so it is only known at run time, as ${K} says to lint).
        m = re.match(r"\s*-\s+(?:name|key):\s*(['\"]?)([A-Za-z_]\w*)\1\s*(?:#.*)?$", line)
        if m:
            k8s_name = m[2]
            continue
        m = re.match(r"\s+value:\s*(.*?)\s*$", line)
        if m and k8s_name:
            out.append(envfile.line_for(k8s_name, _yaml_scalar(m[1])).rstrip("\n"))
            k8s_name = None
            continue
        if k8s_name and re.match(r"\s+(?:sync:\s*false|generateValue:|from(?:Service|Database|"
                                 r"Group):|valueFrom:)", line):
            # (k8s valueFrom: a secret's or a config map's key, put there when the pod starts)
            out.append(f"{k8s_name}=${{{k8s_name}}}")
            k8s_name = None
            if line.strip().startswith("valueFrom:"):
                nested_below = len(line) - len(line.lstrip())
            continue
        if json_block and _JSON_STRUCTURE.match(line):
            continue
        w = _WINDOWS_FORM.match(line)
        if w and any(re.match(rf"\s*(?:export\s+)?{w[1]}\s*=", o) for o in out):
            continue  # a docs page's Windows line for a setting it showed for a POSIX shell
        converted = _converted(line, in_environment)
        if converted is not None:
            out.append(converted)
            continue
        if line.strip() and not line.startswith((" ", "\t")) and not line.lstrip().startswith(
                "#"):
            in_environment = False
        if compose and (_YAML_STRUCTURE.match(re.sub(r"\s+#.*$", "", line))
                        or line.strip() == "---"):  # (a YAML document's marker)
            continue  # the service's other keys (image:, ports:, - 3000:8080): not settings
        out.append(line)
    return "\n".join(out) + "\n"


# A shell heredoc (POSIX Shell Command Language, 2.7.4 Here-Document): `<<WORD`, `<<-WORD`
# (leading tabs stripped), WORD quoted or not (quoted: the lines are written as they are).
_HEREDOC_MARK = re.compile(r"""<<(-?)[ \t]*(['"]?)([A-Za-z_]\w*)\2""")
# A dotenv file's name: .env, .env.local, backend/.env, prod.env.
_DOTENV_FILE = re.compile(r"(?:[^\s/]*/)*(?:\.env(?:\.[\w-]+)*|[\w.-]+\.env)")


def _heredoc_target(line: str) -> re.Match[str] | None:
    """The marker of `cat << EOF > .env`, `cat > .env <<'EOF'`, `cat <<-EOF >> x/.env`,
    `tee [-a] .env <<EOF` (sudo in front too), when the file written is a .env."""
    m = _HEREDOC_MARK.search(line)
    if m is None:
        return None
    words = (line[:m.start()] + " " + line[m.end():]).replace(">", " > ").split()
    if words[:1] == ["sudo"]:
        words = words[1:]
    if words[:1] == ["cat"]:
        targets = [w for i, w in enumerate(words) if words[i - 1] == ">" != w]
    elif words[:1] == ["tee"]:  # its files: the words before any redirection
        rest = words[1:words.index(">")] if ">" in words else words[1:]
        targets = [w for w in rest if not w.startswith("-")]
    else:
        return None
    return m if targets and all(_DOTENV_FILE.fullmatch(t.strip("'\"")) for t in targets) \
        else None


# `"@ | Out-File -FilePath "$env:USERPROFILE\.gemini\.env"` (Set-Content, Add-Content too).
_PS_WRITES_DOTENV = re.compile(r"""(?i)\|\s*(?:Out-File|Set-Content|Add-Content)\b.*?"""
                               r"""[\\/:"' ]\.env["'\s]*(?:-|$)""")


def _heredoc_dotenv(text: str) -> str | None:
    """The .env a posted `cat << EOF > .env ... EOF` writes: the lines between the markers (a
    post may leave the closing one out), the copy's indentation before the header removed; with
    `<<-` the shell strips leading tabs, with an unquoted marker it expands `$X` (python-dotenv's
    `${X}`, only known when the shell runs). `>` writes the file anew, `>>` appends. None when
    no heredoc writes a .env."""
    lines = text.splitlines()
    out: list[str] | None = None
    i = 0
    while i < len(lines):
        header = lines[i]
        m = _heredoc_target(header)
        i += 1
        if m is None and header.strip() in ('@"', "@'"):
            # PowerShell's here-string piped to a .env (`@" ... "@ | Out-File x\.env`): the
            # same file, written by the other shell.
            end = next((j for j in range(i, len(lines))
                        if lines[j].lstrip().startswith(header.strip()[::-1])), None)
            if end is None or not _PS_WRITES_DOTENV.search(lines[end]):
                continue
            indent = header[:len(header) - len(header.lstrip())]
            body = [ln.removeprefix(indent) for ln in lines[i:end]]
            appends = re.search(r"(?i)-Append\b|\bAdd-Content\b", lines[end]) is not None
            out = [*(out or []), *body] if appends else body
            i = end + 1
            continue
        if m is None:
            continue
        indent = header[:len(header) - len(header.lstrip())]
        dash, quoted, word = m[1], m[2], m[3]
        body: list[str] = []
        while i < len(lines) and lines[i].strip() != word:
            line = lines[i].removeprefix(indent)
            if dash:
                line = line.lstrip("\t")
            if not quoted:
                line = re.sub(r"(?<!\\)\$([A-Za-z_]\w*)", r"${\1}", line).replace("\\$", "$")
            body.append(line)
            i += 1
        i += 1  # (the closing marker)
        appends = re.search(r">>|\btee\s+-a\b", header) is not None
        out = [*(out or []), *body] if appends else body
    return None if out is None else "\n".join(out) + "\n"


# A YAML mapping key or list item that is no KEY=value setting (in a compose file).
_YAML_STRUCTURE = re.compile(r"\s*(?:-\s+)?[\w.\-\"']+:(?:\s.*)?$|\s*-\s+[^=\s]+\s*$")


# A word that starts a command in a posted shell session (gptme, ollama, python, ./run.sh).
_COMMAND_WORD = re.compile(r"(?:\./|[a-z])[\w./-]*$")
_ASSIGNMENT = re.compile(r"[A-Za-z_]\w*=")


# A prompt (no `=`, ending in $, %, > or ❯ and a blank) before an `export`.
_PROMPT = re.compile(r"(?m)^[^=\n#]*?[$%>\u276f][ \t]+(export[ \t]+[A-Za-z_]\w*=)")


def _shell_session(text: str) -> str:
    """A shell session posted as the configuration (docs' "export ..., then run it"): the
    .env it stands for is what it sets, not its commands.
    - `A=1 B=2 cmd args` (on one line or continued with `\\`) puts A and B in cmd's
      environment (POSIX Simple Commands): the assignments are the settings, cmd is no line
      of a .env. A line of assignments only stays (a .env that lost its line breaks).
    - `echo "K=V" > .env` / `>> .env` writes the line K=V into the .env.
    - Beside `export` (or PowerShell's `$env:`) lines, a command's own line (`gptme "hello"`,
      `ollama pull x`, `cd backend`) is run, not read as a setting.
    Anything else is left as posted."""
    joined = re.sub(r"\\\n\s*", " ", text)
    # A terminal's prompt before each command (`root ➜ .../ollama $ export K=v`, `user@host:~$
    # export K=v`): the command is what follows it.
    unprompted = _PROMPT.sub(r"\1", joined)
    prompted, joined = unprompted != joined, unprompted
    exports = re.search(r"(?m)^\s*(?:export\s+[A-Za-z_]\w*=|\$env:[A-Za-z_]\w*\s*=)",
                        joined) is not None  # (a POSIX shell's or PowerShell's session)
    out: list[str] = []
    commands: set[int] = set()  # where the session's own command lines were
    for line in joined.splitlines():
        try:
            words = shlex.split(line, comments=True)
        except ValueError:
            out.append(line)
            continue
        lead = 0
        while lead < len(words) and _ASSIGNMENT.match(words[lead]):
            lead += 1
        # (one assignment and one more word is a value with a blank in it: MODEL=gpt-4o mini)
        if 0 < lead < len(words) and _COMMAND_WORD.match(words[lead]) \
                and (lead > 1 or len(words) > lead + 1 or exports) \
                and not line.lstrip().startswith("export"):
            out.extend(envfile.line_for(*w.split("=", 1)).rstrip("\n") for w in words[:lead])
            exports = True
            continue
        if len(words) == 4 and words[0] in ("echo", "printf") and words[2] in (">", ">>") \
                and words[3].endswith(".env") and _ASSIGNMENT.match(words[1]):
            out.append(envfile.line_for(*words[1].split("=", 1)).rstrip("\n"))
            exports = True
            continue
        # `echo 'export K="v"' >> ~/.bashrc`: the shell's start-up file sets K in every shell
        if len(words) == 4 and words[0] in ("echo", "printf") and words[2] in (">", ">>") \
                and _SHELL_RC.search(words[3]) and (written := _export_line(words[1])):
            out.append(written)
            exports = True
            continue
        if words and lead == 0 and words[0] not in ("export", "set", "setx") \
                and _COMMAND_WORD.match(words[0]) and "=" not in words[0]:
            commands.add(len(out))
        out.append(line)
    if exports:  # a session: its commands (cd backend, gptme "hello") are run, not read
        out = [ln for i, ln in enumerate(out) if i not in commands]
    if out == joined.splitlines() and not prompted:
        return text  # nothing of a session in it: as posted, line breaks and all
    return "\n".join(out) + "\n"


# A shell's start-up file (bash, zsh, POSIX sh): what it exports, every new shell has.
_SHELL_RC = re.compile(r"(?:^|/)\.(?:bashrc|bash_profile|zshrc|zprofile|zshenv|profile)$")


def _export_line(text: str) -> str | None:
    """`export K="v"` (the text an echo writes) as the .env line K=v; None for anything else."""
    m = re.match(r"\s*export\s+([A-Za-z_]\w*)=(.*)$", text)
    if m is None:
        return None
    try:
        words = shlex.split(m[2]) if m[2].strip() else [""]
    except ValueError:
        return None
    return envfile.line_for(m[1], words[0] if len(words) == 1 else m[2]).rstrip("\n")


def _split_exports(text: str) -> str:
    """A shell `export A=1 B=2 \\` (continued over lines) sets each name: one line each."""
    if "export" not in text:
        return text
    text = re.sub(r"\\\n\s*", " ", text)  # the shell joins a line ending in a backslash
    out = []
    for line in text.splitlines():
        m = re.match(r"\s*export\s+(.*)$", line)
        try:
            words = shlex.split(m[1], comments=True) if m else []
        except ValueError:  # an unbalanced quote: not several names; python-dotenv's to read
            words = []
        if len(words) > 1 and all(re.match(r"[A-Za-z_]\w*=", w) for w in words):
            for word in words:
                name, value = word.split("=", 1)
                spaced = any(ch.isspace() for ch in value)
                out.append(f"export {name}={shlex.quote(value) if spaced else value}")
        else:
            out.append(line)
    return "\n".join(out) + "\n"


# A Windows shell's form of a setting (cmd's set and setx, PowerShell's $env:).
_WINDOWS_FORM = re.compile(r"\s*(?:setx?\s+|\$env:)([A-Za-z_]\w*)")

# One posted line -> its .env line: the form, and how its value is read.
_FORMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\s*set\s+([A-Za-z_]\w*)=(.*)$"), "raw"),  # cmd.exe keeps the quotes
    (re.compile(r"\s*setx\s+([A-Za-z_]\w*)\s+(.*?)\s*$"), "shell"),  # setx drops them
    (re.compile(r"\s*\$env:([A-Za-z_]\w*)\s*=\s*(.*?)\s*$"), "shell"),  # PowerShell
    (re.compile(r"\s*ENV\s+([A-Za-z_]\w*)[= ](.*)$"), "shell"),  # Dockerfile
    # macOS's launchctl (Ollama's FAQ: launchctl setenv OLLAMA_HOST "0.0.0.0:11434")
    (re.compile(r"\s*launchctl\s+setenv\s+([A-Za-z_]\w*)\s+(.*?)\s*$"), "shell"),
    # .NET's, from PowerShell: [System.Environment]::SetEnvironmentVariable('K', 'V', 'User')
    (re.compile(r"""\s*\[(?:System\.)?Environment\]::SetEnvironmentVariable\(\s*(?:'|")"""
                r"""([A-Za-z_]\w*)(?:'|")\s*,\s*('[^']*'|"[^"]*")\s*(?:,[^)]*)?\)\s*;?\s*$"""),
     "shell"),
    (re.compile(r"""\s*os\.environ\[(['"])([A-Za-z_]\w*)\1\]\s*=\s*(.*?)\s*$"""), "python"),
    (re.compile(r"\s*(?:heroku\s+config:set|fly\s+secrets\s+set|railway\s+variables\s+set)"
                r"\s+([A-Za-z_]\w*)=(.*?)\s*$"), "shell"),
    (re.compile(r'\s*"([A-Za-z_]\w*)"\s*:\s*("(?:[^"\\]|\\.)*")\s*,?\s*$'), "json"),
    (re.compile(r"""\s*'([A-Za-z_]\w*)'\s*:\s*(['"].*['"])\s*,?\s*$"""), "shell"),  # dict
    (re.compile(r"""\s*process\.env\.([A-Za-z_]\w*)\s*=\s*(['"].*?['"]);?\s*$"""), "shell"),
    # A compose list item; another program's dotted name (Elasticsearch's discovery.type) is
    # a setting of that container's environment too, which python-dotenv reads as written.
    (re.compile(r"""\s*-\s+(['"]?)([A-Za-z_][\w.]*)=(.*?)\1\s*$"""), "list"),
]


_JSON_FORM = next(i for i, (_p, how) in enumerate(_FORMS) if how == "json")
# `{`, `"env": {`, `},`, `]`: a JSON document's structure around its "K": "V" lines.
_JSON_STRUCTURE = re.compile(r'\s*(?:"[^"]*"\s*:\s*)?[{\[]\s*$|\s*[}\]]+\s*,?\s*$')


def _converted(line: str, in_environment: bool) -> str | None:
    for pattern, how in _FORMS:
        m = pattern.match(line)
        if not m:
            continue
        if how == "list":
            # YAML ends an unquoted item at ` #` (a comment after the setting).
            value = re.sub(r"\s+#.*$", "", m[3]) if not m[1] else m[3]
            if "${" in value:  # compose interpolates ${VAR}: kept for lint to expand
                return f"{m[2]}={_compose_refs(value)}"
            return envfile.line_for(m[2], value).rstrip("\n")
        if how == "python":
            return envfile.line_for(m[2], _yaml_scalar(m[3])).rstrip("\n")
        value = m[2]
        if how == "json":
            value = json.loads(value)
        elif how == "shell":
            words = shlex.split(value) if value.strip() else [""]
            value = words[0] if words else ""
        return envfile.line_for(m[1], value).rstrip("\n")
    m = re.match(r"\s+([A-Za-z_]\w*):\s*(.*?)\s*$", line) if in_environment else None
    if m:
        value = _yaml_scalar(m[2])
        if "${" in value:  # interpolated by compose: kept for lint to expand
            return f"{m[1]}={_compose_refs(value)}"
        return envfile.line_for(m[1], value).rstrip("\n")
    return None


# Compose's interpolation (https://docs.docker.com/reference/compose-file/interpolation):
# ${VAR-default} and ${VAR:-default} give the default when VAR is unset, which python-dotenv
# writes ${VAR:-default}; ${VAR?err}, ${VAR:?err}, ${VAR+alt} and ${VAR:+alt} depend on VAR
# at run time, which ${VAR} says to lint.
_COMPOSE_REF = re.compile(r"\$\{([A-Za-z_]\w*)(?::?-([^}]*)|:?[?+][^}]*)\}")


def _compose_refs(value: str) -> str:
    return _COMPOSE_REF.sub(lambda m: f"${{{m[1]}:-{m[2]}}}" if m[2] is not None
                            else f"${{{m[1]}}}", value)


def _yaml_scalar(text: str) -> str:
    text = re.sub(r"\s+#.*$", "", text)
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    return text


def _docker_run(text: str) -> str:
    """The settings a `docker run` (podman's, nerdctl's: the same flags) passes with -e."""
    words = shlex.split(text.replace("\\\n", " "), comments=False)
    # Lines before the command that are .env lines already (`export X=...`) stay.
    head = [ln for ln in text.splitlines() if re.match(r"\s*(?:export\s+)?[A-Za-z_]\w*=", ln)]
    exported = {m[1] for ln in head if (m := re.match(r"\s*(?:export\s+)?([A-Za-z_]\w*)=", ln))}
    out = []
    for i, w in enumerate(words):
        if w in ("-e", "--env") and i + 1 < len(words) and "=" in words[i + 1]:
            k, v = words[i + 1].split("=", 1)
        elif w.startswith("--env="):
            k, v = w[len("--env="):].split("=", 1)
        else:
            continue
        # The shell expands $X as ${X}; python-dotenv only the braced form.
        v = re.sub(r"\$([A-Za-z_]\w*)", r"${\1}", v)
        if v == f"${{{k}}}" and k in exported:
            continue  # -e K="$K" after export K=...: the same setting passed on, not a second
        if "${" in v:  # (line_for refuses a value python-dotenv would expand: here it is meant)
            out.append(f'{k}="' + v.replace("\\", "\\\\").replace('"', '\\"') + '"\n')
        else:
            out.append(envfile.line_for(k, v))
    return "".join(f"{ln}\n" for ln in head) + "".join(out)


# -- stand-ins for what the posters redacted ------------------------------------------------
def redacted_names(row: dict[str, Any]) -> list[str]:
    return [m.group(0) for item in row.get("redacted_by_poster") or []
            if (m := re.match(r"[A-Za-z_]\w*", item))]


def stand_ins(text: str, row: dict[str, Any]) -> str:
    """The .env with each value the poster redacted replaced by a well-formed one."""
    redacted = redacted_names(row)
    if not redacted:
        return text
    values = envfile.values(envfile.parse(text))
    own = roles.resolve({k: v for k, v in values.items() if k not in redacted})
    for name in redacted:
        value = values.get(name)
        if value is None or re.fullmatch(r"\s*\$\{[A-Za-z_]\w*\}\s*", value):
            continue  # a ${VAR} is no redaction: the value comes from where it is set
        inner = value.strip()
        quoted = len(inner) > 1 and inner[0] == inner[-1] and inner[0] in "\"'"
        # Another assignment glued after the placeholder (its line breaks lost): only the
        # placeholder is the poster's redaction; the rest of the line stays as posted.
        # So is a note after it in another language's comment marker (`gsk... // your key`),
        # which dotenv readers keep in the value.
        glued = None if quoted else re.search(r"\s[A-Z][A-Z0-9_]{2,}=\S|\s+//", value)
        tail = value[glued.start():] if glued else ""
        bare = inner[1:-1] if quoted else value[:len(value) - len(tail)]
        # A scheme the poster left before the redacted part ("Bearer xxx") is theirs, and
        # part of the mistake: only what follows it was redacted.
        scheme = re.match(r"(?i)\s*bearer\s+", bare)
        new = _stand_in(name, bare[scheme.end():] if scheme else bare, own)
        if new is not None and scheme:
            new = scheme.group(0) + new
        if new is not None and quoted:  # quotes kept in the value are part of the mistake
            new = inner[0] + new + inner[0]
        if new is not None and tail:
            new += tail
        if new is not None and new != value:
            text = _replace(text, name, new, as_is=bool(tail))
    return text


def _stand_in(name: str, value: str, own: roles.Roles) -> str | None:
    v = value.strip()
    if v.lower().startswith(("http://", "https://")):
        return _url_stand_in(v)
    row = names.lookup(name)
    role = row.role if row else ""
    if role == "model" or "MODEL" in name or name.endswith("_LLM"):
        return _model_stand_in(v, own)
    if _URL_NAME.search(name):
        # A URL the poster wrote as a placeholder with no scheme ({your-openai-proxy-server/v1/
        # chat/completions}): a URL of the same shape on a host that is not masked.
        inner = v.strip("{}<>[]")
        host, sep, path = inner.partition("/")
        if "." not in host or re.search(r"(?i)your|x{3,}|\*{3,}|server|host|domain|proxy",
                                        host):
            host = "example.com"  # (a word in its place, API_ENDPOINT, or nothing at all)
        return _url_stand_in(f"https://{host}{sep}{path}")
    if "ACCOUNT" in name:
        return STAND_IN_ACCOUNT
    if "GATEWAY" in name and "TOKEN" not in name and "KEY" not in name:
        return "my-gateway"
    if role == "gateway_token" or (name.startswith(("CF_", "CLOUDFLARE_")) and "TOKEN" in name):
        return STAND_IN_TOKEN
    return _key_stand_in(name, v, own)


# A name that holds an address (PROXY_SERVER_URL, OPENAI_API_BASE, LLM_ENDPOINT, OLLAMA_HOST).
_URL_NAME = re.compile(r"(?i)(?:^|_)(?:URL|URI|BASE|ENDPOINT|HOST)$")


def _url_stand_in(url: str) -> str:
    if "gateway.ai.cloudflare.com" in url:
        parts = url.split("/")
        if len(parts) > 4 and not gateway.ACCOUNT_ID_RE.fullmatch(parts[4]):
            parts[4] = STAND_IN_ACCOUNT
        if len(parts) > 5 and re.fullmatch(r"\{[^{}]*\}|<[^<>]*>", parts[5]):
            parts[5] = "my-gateway"  # a template's {gateway} / <gateway_id>
        return "/".join(parts)
    workers = re.search(r"api\.cloudflare\.com/client/v4/accounts/([^/]+)", url)
    if workers and not gateway.ACCOUNT_ID_RE.fullmatch(workers[1]):  # Workers AI's own URL
        return url[:workers.start(1)] + STAND_IN_ACCOUNT + url[workers.end(1):]
    # A masked host (******, xxx, your-server): a host of the same kind that is not masked.
    return re.sub(r"(\*{3,}|x{3,}|your-server|myvps)", "example", url)


def _model_stand_in(value: str, own: roles.Roles) -> str:
    m = re.match(r"([a-z-]+)([:/])", value)
    p = providers.get(m[1]) if m else None
    if p is not None:
        return f"{m[1]}{m[2]}{p.default_model}"  # type: ignore[index]
    p = own.url_provider
    return p.default_model if p else "local-model"


def _key_stand_in(name: str, value: str, own: roles.Roles) -> str:
    for pattern, slug in _MEANT:
        if pattern.search(value):
            url = own.url_provider.slug if own.url_provider is not None else None
            if slug == "openai" and not re.search(r"(?i)openai", value) and url and \
                    url in STAND_IN_KEYS and providers.PROVIDERS[url].key_matches(
                        "sk-" + "a1B2" * 8):
                slug = url  # a bare "sk-..." is DeepSeek's shape too: the file's URL says whose
            return STAND_IN_KEYS[slug]
    row = roles.row_for(name)
    slug = row.provider if row is not None and row.provider else None
    # A key name of a vendor that has no role here (ANTHROPIC_API_KEY, GEMINI_API_KEY) says
    # whose key it holds before the file's URL does.
    words = set(name.upper().split("_"))
    if slug is None and words & {"ANTHROPIC", "CLAUDE"}:
        slug = "anthropic"
    if slug is None and words & {"GEMINI", "GOOGLE"}:
        slug = "google-ai-studio"
    if slug is None and own.url_provider is not None:
        slug = own.url_provider.slug
    if slug is None:
        for pattern, s in _MEANT:
            if pattern.search(name):
                slug = s
                break
    if slug in STAND_IN_KEYS:
        return STAND_IN_KEYS[slug]
    return value if not fields.is_placeholder(value) else "CoRpUsStAnDiNkEy" * 3


def _replace(text: str, name: str, new: str, as_is: bool = False) -> str:
    """The last assignment of `name` (the one the app uses) now says `new` (written as it is,
    unquoted, when `as_is`: the rest of a line the poster glued to it). The whole element is
    replaced: a value in backticks over several lines (npm dotenv's) leaves no line behind. The
    quotes the poster wrapped the value in stay around the stand-in (`KEY="***"` ->
    `KEY="<stand-in>"`): python-dotenv reads the same either way, but a loader that keeps them
    (docker run --env-file) reads what was posted, quotes and all."""
    at = 1 if text.startswith("\ufeff") else 0  # (python-dotenv's reader drops a BOM)
    last: tuple[int, envfile.Entry] | None = None
    for e in envfile.parse(text):
        if e.key == name and not e.error:
            last = (at, e)
        at += len(e.original)
    if last is None:
        return text
    start, e = last
    m = re.match(rf"(\s*(?:export\s+)?{re.escape(name)}[^\S\n]*=[^\S\n]*)", e.original)
    if m is None:
        return text
    body = e.original.rstrip("\n")
    rest = body[m.end():]
    tail = re.search(r"\s+#.*$", rest) if "\n" not in rest else None
    posted = rest[:tail.start()] if tail else rest
    q = posted[:1]
    kept = q in ("'", '"') and "\n" not in posted and len(posted.rstrip()) > 1 \
        and posted.rstrip()[-1] == q and not as_is and envfile.quote(new) == new
    element = m[1] + (q + new + q if kept else new if as_is else envfile.quote(new)) \
        + (tail.group(0) if tail else "") + e.original[len(body):]
    return text[:start] + element + text[start + len(e.original):]


# -- scoring -----------------------------------------------------------------------------------
def prepared(row: dict[str, Any]) -> str:
    text = (ENVS / row["file"]).read_text(encoding="utf-8")
    return stand_ins(as_dotenv(text), row)


def lint_row(row: dict[str, Any]) -> list[Finding]:
    return lint_text(prepared(row), environ={})


def wrong_names(row: dict[str, Any]) -> set[str]:
    return {m.group(0) for v in row["wrong_vars"] if (m := re.match(r"[A-Za-z_]\w*", v))}


@dataclass
class Score:
    wrong: int = 0
    named: int = 0
    right: int = 0
    clean: int = 0

    def pct(self, n: int, of: int) -> float:
        return 100.0 * n / of if of else 100.0


def score(rows: list[dict[str, Any]]) -> tuple[Score, list[tuple[dict[str, Any], list[Finding]]]]:
    s = Score()
    misses = []
    for row in rows:
        found = lint_row(row)
        if row["verdict"] == "wrong":
            s.wrong += 1
            hit = bool(wrong_names(row) & {f.key for f in found if f.key})
            s.named += hit
        else:
            s.right += 1
            hit = not any(f.severity == "error" for f in found)
            s.clean += hit
        if not hit:
            misses.append((row, found))
    return s, misses
