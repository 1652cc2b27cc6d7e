"""`setup-wizard lint` through `cli.main` (and once as the real console script): formats,
exit codes, odd files, suppression, the environment, and no secret in any output."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from lint_support import (
    DIRECT,
    GSK,
    OPENAI_KEY,
    SECRETS,
    STORED,
    TOKEN,
    assert_no_secret,
    clean_environment,
)

from setup_wizard import cli
from setup_wizard.lint import rules as lint_rules
from setup_wizard.lint.report import escape_data, escape_property

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    clean_environment(monkeypatch)


def lint(capsys: pytest.CaptureFixture[str], *argv: str) -> Run:
    code = cli.main(["lint", *argv])
    cap = capsys.readouterr()
    assert "Traceback" not in cap.err + cap.out
    return Run(code, cap.out, cap.err)


def write(path: Path, content: str | bytes) -> str:
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return str(path)


# Every secret in every place a finding can mention it.
LEAKY = (
    "AI_GATEWAY_MODE=gateway-request-key\nUSE_AI_GATEWAY=true\n"
    "OPENAI_BASE_URL=https://gateway.ai.cloudflare.com/v1/d4ba2e3c15c942c374380afd7fb7f441"
    "/omni/groq\nAUTOGEN_MODEL=openai/gpt-oss-20b\n"
    f"CF_GATEWAY_TOKEN={GSK}\n"  # SW403: a provider key where the token goes
    f"GROQ_API_KEY={TOKEN}\n"  # SW101: a different secret on a duplicate line
    f'GROQ_API_KEY=" {OPENAI_KEY} "\n'  # SW104 + SW504 (the last value is the one read)
    f"OPENAI_API_KEY={OPENAI_KEY}\n"  # SW506
    f'BROKEN="{GSK}\n'  # SW103: an unclosed quote around a secret
    f"{TOKEN} {GSK}\n"  # SW100: a secret on an unparsable line
    f"MY-SECRET-TOKEN={TOKEN}\n"  # SW105
)


# -- formats ---------------------------------------------------------------------------------
def test_text_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = write(tmp_path / ".env", STORED.replace("openai/gpt-oss-20b", "llama-3.1-8b-instant")
              + "AUTOGEN_MODEL=llama-3.1-8b-instant\n")
    r = lint(capsys, p)
    assert r.code == 1
    lines = r.out.splitlines()
    # python-dotenv reads the last AUTOGEN_MODEL (line 6): that is where findings point.
    assert re.fullmatch(rf"{re.escape(p)}:6: SW102 .* \(warning\)", lines[0])
    assert lines[1] == "    fix: delete line 6"
    assert lines[2] == (f"{p}:6: SW301 AUTOGEN_MODEL: Groq shut down 'llama-3.1-8b-instant' on "
                        "2026-08-16; requests answer 400 model_decommissioned or 404 "
                        "model_not_found")
    assert lines[3].startswith("    fix: set AUTOGEN_MODEL=openai/gpt-oss-20b")
    assert lines[-1] == "1 error, 1 warning in 1 file"


def test_json_format_has_the_documented_shape(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    a = write(tmp_path / "a.env", LEAKY)
    b = write(tmp_path / "b.env", STORED)
    r = lint(capsys, "--format", "json", a, b, str(tmp_path / "missing.env"))
    assert r.code == 2
    doc = json.loads(r.out)
    assert set(doc) == {"files", "summary"}
    assert [f["path"] for f in doc["files"]] == [a, b, str(tmp_path / "missing.env")]
    for entry in doc["files"]:
        assert set(entry) == {"path", "findings"}
        for f in entry["findings"]:
            assert set(f) == {"code", "severity", "key", "line", "message", "fix"}
            assert f["code"] in lint_rules.BY_CODE
            assert f["severity"] in ("error", "warning")
            assert f["key"] is None or isinstance(f["key"], str)
            assert f["line"] is None or (isinstance(f["line"], int) and f["line"] >= 1)
            assert isinstance(f["message"], str) and f["message"]
            assert f["fix"] is None or isinstance(f["fix"], str)
    assert doc["files"][1]["findings"] == []
    assert doc["files"][2]["findings"][0]["code"] == "SW001"
    assert doc["files"][2]["findings"][0]["key"] is None
    s = doc["summary"]
    assert s["files"] == 3 and s["unreadable"] == 1 and s["exit_code"] == 2
    assert s["errors"] == sum(f["severity"] == "error" for e in doc["files"]
                              for f in e["findings"])
    assert_no_secret(r.out, r.err)


GITHUB_LINE = re.compile(
    r"::(error|warning) (file=[^,:\r\n]+,)?(line=\d+,)?title=SW\d{3}::[^\r\n]+")


def test_github_format_is_workflow_commands(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    p = write(tmp_path / "odd, name: 100%.env", LEAKY)
    r = lint(capsys, "--format", "github", p)
    assert r.code == 1
    *commands, last = r.out.splitlines()
    assert commands and last.startswith("setup-wizard lint: ")
    for line in commands:
        assert GITHUB_LINE.fullmatch(line), line
        assert "file=" + escape_property(p) + "," in line
    assert any(line.startswith("::warning ") for line in commands)
    assert any(",line=" in line for line in commands)
    assert "%0AFix: " in r.out
    assert_no_secret(r.out, r.err)


def test_github_escaping_follows_the_toolkit() -> None:
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"


def test_github_environment_findings_have_no_file(capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "https://api.groq.com/openai/v1")
    monkeypatch.setenv("AUTOGEN_MODEL", "openai/gpt-oss-20b")
    r = lint(capsys, "--from-environment", "--format", "github")
    assert r.code == 1
    assert r.out.startswith("::error title=SW501::GROQ_API_KEY is missing")


# -- secrets ---------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_no_secret_in_any_format(fmt: str, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    p = write(tmp_path / ".env", LEAKY)
    r = lint(capsys, "--format", fmt, p)
    codes = set(re.findall(r"SW\d{3}", r.out))
    assert {"SW100", "SW101", "SW103", "SW104", "SW105", "SW403", "SW504", "SW506"} <= codes
    assert_no_secret(r.out, r.err)


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_no_secret_from_the_environment(fmt: str, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("USE_AI_GATEWAY", "false")
    monkeypatch.setenv("OPENAI_BASE_URL", "https://api.groq.com/openai/v1")
    monkeypatch.setenv("AUTOGEN_MODEL", "openai/gpt-oss-20b")
    monkeypatch.setenv("GROQ_API_KEY", f" {OPENAI_KEY}")
    monkeypatch.setenv("CF_GATEWAY_TOKEN", GSK)
    monkeypatch.setenv("OPENAI_API_KEY", TOKEN)
    r = lint(capsys, "--from-environment", "--format", fmt)
    assert r.code == 1
    assert "SW104" in r.out and "SW404" in r.out
    assert_no_secret(r.out, r.err, secrets=SECRETS)


def test_from_environment_clean_and_without_lines(capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    for line in DIRECT.splitlines():
        k, v = line.split("=", 1)
        monkeypatch.setenv(k, v)
    r = lint(capsys, "--from-environment", "--format", "json")
    assert r.code == 0
    assert json.loads(r.out)["files"] == [{"path": "<environment>", "findings": []}]
    monkeypatch.delenv("GROQ_API_KEY")
    doc = json.loads(lint(capsys, "--from-environment", "--format", "json").out)
    (f,) = doc["files"][0]["findings"]
    assert (f["code"], f["line"], f["key"]) == ("SW501", None, "GROQ_API_KEY")


# -- exit codes and odd files -----------------------------------------------------------------
ODD_FILES: dict[str, tuple[bytes, int, str | None]] = {
    # name: (content, exit code, code expected in the output)
    "binary": (b"\x7fELF\x02\x01\x01\0\0\0", 1, "SW002"),
    "empty": (b"", 0, "SW110"),
    "huge": (b"A=" + b"x" * (5 * 1024 * 1024) + b"\n", 1, "SW004"),
    "latin1": (STORED.encode() + "NOTE=na\u00efve\n".encode("latin-1"), 1, "SW003"),
    "crlf": (STORED.replace("\n", "\r\n").encode(), 0, "SW107"),
    "bom": ("\ufeff".encode() + STORED.encode(), 0, "SW106"),
    "clean": (STORED.encode(), 0, None),
}


@pytest.mark.parametrize("name", sorted(ODD_FILES))
def test_odd_files_give_a_finding_and_the_documented_exit(
        name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content, code, expected = ODD_FILES[name]
    p = write(tmp_path / f"{name}.env", content)
    r = lint(capsys, p)
    assert r.code == code, r.out
    if expected:
        assert f" {expected} " in r.out
    else:
        assert r.out == "0 errors, 0 warnings in 1 file\n"
    assert r.err == ""


def test_strict_fails_on_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = write(tmp_path / ".env", STORED.replace("\n", "\r\n"))
    assert lint(capsys, p).code == 0
    assert lint(capsys, "--strict", p).code == 1
    assert json.loads(lint(capsys, "--strict", "--format", "json", p).out)["summary"][
        "exit_code"] == 1


@pytest.mark.parametrize("target", ["missing.env", "a_directory", "*.nomatch"])
def test_unreadable_paths_exit_2(target: str, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a_directory").mkdir()
    r = lint(capsys, target)
    assert r.code == 2
    assert r.out.startswith(f"{target}: SW001 ")


def test_default_path_is_dot_env(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    r = lint(capsys)
    assert r.code == 2 and r.out.startswith(".env: SW001 .env does not exist")
    write(tmp_path / ".env", STORED)
    assert lint(capsys).code == 0


def test_unreadable_file_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = write(tmp_path / ".env", STORED)
    os.chmod(p, 0)
    if os.access(p, os.R_OK):  # root reads anything: use a file whose read fails with EIO
        p = "/proc/self/mem"
    r = lint(capsys, p)
    assert r.code == 2 and r.out.startswith(f"{p}: SW001 cannot read {p}: ")


def test_globs_and_several_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "envs").mkdir()
    write(tmp_path / "envs" / "a.env", STORED)
    write(tmp_path / "envs" / "b.env", DIRECT)
    write(tmp_path / "envs" / "c.env", DIRECT + "GROQ_API_KEY=dummy\n")
    r = lint(capsys, "--format", "json", "envs/*.env", "envs/a.env")
    doc = json.loads(r.out)
    assert [f["path"] for f in doc["files"]] == ["envs/a.env", "envs/b.env", "envs/c.env"]
    assert r.code == 1


def test_bad_arguments_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    r = lint(capsys, "--from-environment", "x.env")
    assert r.code == 2 and r.err.startswith("setup-wizard: error: --from-environment")
    with pytest.raises(SystemExit) as e:
        cli.main(["lint", "--format", "xml"])
    assert e.value.code == 2


# -- suppression -----------------------------------------------------------------------------
def test_inline_suppression_on_the_line_and_above(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    text = STORED.replace("AUTOGEN_MODEL=openai/gpt-oss-20b",
                          "AUTOGEN_MODEL=my-finetune  # setup-wizard: ignore[SW302]")
    text += "# setup-wizard: ignore[SW505, SW102]\nGROQ_API_KEY=" + GSK + "\n"
    text += "MY-FLAG=1 # setup-wizard: ignore[SW999]\n"  # a different code: still reported
    r = lint(capsys, "--format", "json", write(tmp_path / ".env", text))
    doc = json.loads(r.out)
    # (SW126, info: docker run --env-file would keep the inline comment in the model's value)
    assert [f["code"] for f in doc["files"][0]["findings"]] == ["SW126", "SW105"]
    assert doc["summary"]["suppressed"] == 2


def test_suppression_of_a_finding_without_a_line(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    no_token = "".join(ln for ln in STORED.splitlines(keepends=True)
                       if not ln.startswith("CF_GATEWAY_TOKEN"))
    assert lint(capsys, write(tmp_path / "a.env", no_token)).code == 1
    silenced = "# old gateway without auth: setup-wizard: ignore[SW401]\n" + no_token
    assert lint(capsys, write(tmp_path / "b.env", silenced)).code == 0
    # Inside a value it is not a comment, so it does not count.
    inside = no_token + "NOTE=x#setup-wizard: ignore[SW401]\n"
    assert lint(capsys, write(tmp_path / "c.env", inside)).code == 1


# -- rules list ------------------------------------------------------------------------------
def test_list_rules_prints_the_rules_page(capsys: pytest.CaptureFixture[str]) -> None:
    r = lint(capsys, "--list-rules")
    assert r.code == 0
    assert r.out == (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    rules = json.loads(lint(capsys, "--list-rules", "--format", "json").out)
    assert [x["code"] for x in rules] == [x.code for x in lint_rules.RULES]


# -- the real console script, in a fresh process -------------------------------------------------
def _script() -> str:
    found = Path(sys.executable).with_name("setup-wizard")
    return str(found) if found.exists() else (shutil.which("setup-wizard") or "setup-wizard")


def test_console_script(tmp_path: Path) -> None:
    p = write(tmp_path / ".env", LEAKY)
    env = {k: v for k, v in os.environ.items() if k not in SECRETS}
    proc = subprocess.run([_script(), "lint", "--format", "json", p], capture_output=True,
                          text=True, timeout=60, env=env)
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["summary"]["errors"] >= 5
    assert_no_secret(proc.stdout, proc.stderr)


def test_lint_path_imports_no_heavy_dependency(tmp_path: Path) -> None:
    p = write(tmp_path / ".env", LEAKY)
    code = (
        "import sys\nfrom setup_wizard import cli\n"
        f"rc = cli.main(['lint', '--format', 'github', {p!r}])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('pydantic', 'httpx', 'questionary', 'prompt_toolkit'))\n"
        "print('HEAVY', heavy, rc)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert proc.stdout.splitlines()[-1] == "HEAVY [] 1", proc.stdout + proc.stderr
