"""Every encoding of every secret we sent is masked when a server echoes it (issue 10, item 4).

The class: the redactor knew a secret's raw, JSON-escaped and `quote(safe="")` forms only, so
a server answering with `%2b` (lower-case hex), `&#x2F;`, `&amp;`, `\\/` or a double
percent-encoding printed the secret. Unit checks over every form, then a real server on
127.0.0.1 that echoes the credentials it got, encoded, to `probe`.
"""

from __future__ import annotations

import html
import json
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from setup_wizard import cli
from setup_wizard.config.envfile import quote
from setup_wizard.masking import Redactor

# Base64-style secrets: `+`, `/` and `=` are what the encodings change.
TOKEN = "cfut_Ab1+Cd2/Ef3=Gh4&Ij5<Kl6>Mn7'Op8\"Qr9"
KEY = "gsk_" + "Zx8/Yw7+Vu6=" * 4 + "Ts5r"


def _entities(s: str, hexa: bool) -> str:
    return "".join(c if c.isalnum() else (f"&#x{ord(c):X};" if hexa else f"&#{ord(c)};")
                   for c in s)


ENCODINGS: dict[str, Callable[[str], str]] = {
    "url, upper-case hex": lambda s: urllib.parse.quote(s, safe=""),
    "url, lower-case hex": lambda s: urllib.parse.quote(s, safe="").replace("%2F", "%2f")
    .replace("%2B", "%2b").replace("%3D", "%3d"),
    "url, / kept": lambda s: urllib.parse.quote(s),
    "form (quote_plus)": lambda s: urllib.parse.quote_plus(s),
    "url, twice": lambda s: urllib.parse.quote(urllib.parse.quote(s, safe=""), safe=""),
    "html": lambda s: html.escape(s),
    "html, quotes kept": lambda s: html.escape(s, quote=False),
    "html, decimal entities": lambda s: _entities(s, hexa=False),
    "html, hex entities": lambda s: _entities(s, hexa=True),
    "json": lambda s: json.dumps(s)[1:-1],
    "json, / escaped": lambda s: json.dumps(s)[1:-1].replace("/", "\\/"),
    "json, \\u escapes": lambda s: "".join(c if c.isalnum() else f"\\u{ord(c):04x}" for c in s),
    "json inside html": lambda s: html.escape(json.dumps(s)[1:-1].replace("/", "\\/")),
}


@pytest.mark.parametrize("name", ENCODINGS)
@pytest.mark.parametrize("secret", [TOKEN, KEY])
def test_every_encoding_is_masked(name: str, secret: str) -> None:
    encoded = ENCODINGS[name](secret)
    out = Redactor([secret])(f"Incorrect API key provided: {encoded}. ")
    assert encoded not in out, name
    assert out.startswith("Incorrect API key provided: ") and out.endswith(". ")


@given(st.text(alphabet="AbC019+/=-_.~&<>'\"", min_size=8, max_size=24),
       st.sampled_from(sorted(ENCODINGS)))
def test_any_secret_in_any_encoding(secret: str, name: str) -> None:
    encoded = ENCODINGS[name](secret)
    assert encoded not in Redactor([secret])(f"[{encoded}]")


def test_unrelated_text_is_not_touched() -> None:
    text = "a%2Fb &amp; c \\/ d &#x2F; e"
    assert Redactor([TOKEN, KEY])(text) == text


# -- end to end: a server that echoes what it got, encoded ------------------------------------
class _Echo(BaseHTTPRequestHandler):
    got: ClassVar[list[tuple[str, str]]] = []

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length") or 0))
        token = self.headers.get("cf-aig-authorization", "").removeprefix("Bearer ")
        key = self.headers.get("authorization", "").removeprefix("Bearer ")
        self.got.append((token, key))
        forms = {n: [f(token), f(key)] for n, f in ENCODINGS.items()}
        body = json.dumps({"error": {"message": f"Incorrect API key provided: {forms}",
                                     "type": "invalid_request_error",
                                     "code": "invalid_api_key"}}).encode()
        self.send_response(401)
        self.send_header("content-type", "application/json")
        self.send_header("x-echo", urllib.parse.quote(token, safe="").lower())
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def echo() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_probe_masks_encoded_echoes(fmt: str, echo: str, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    env = tmp_path / ".env"
    env.write_text(f"OPENAI_BASE_URL=https://gateway.ai.cloudflare.com/v1/{'a' * 32}/gw/groq\n"
                   "AUTOGEN_MODEL=openai/gpt-oss-20b\nAI_GATEWAY_MODE=gateway-request-key\n"
                   f"CF_GATEWAY_TOKEN={quote(TOKEN)}\nGROQ_API_KEY={KEY}\n")
    _Echo.got.clear()
    code = cli.main(["probe", "--env-file", str(env), "--format", fmt, "--connect-to",
                     f"https://gateway.ai.cloudflare.com={echo}"])
    out = capsys.readouterr()
    assert code == 5 and "Incorrect API key" in out.out
    assert _Echo.got == [(TOKEN, KEY)]  # both went out exactly, and came back encoded
    for secret in (TOKEN, KEY):
        for name, f in ENCODINGS.items():
            encoded = f(secret)
            # The JSON output escapes once more: look for that form too.
            for shown in (encoded, json.dumps(encoded)[1:-1]):
                assert shown not in out.out + out.err, name


def test_a_secret_with_backslashes_is_replaced_literally() -> None:
    # The masked form is text, not a regex template: `\A` in it must not be an escape.
    secret = "CF_GATEWAY_TOKEN=abc\\A"  # masked as `...bc\A`
    out = Redactor([secret])(f"echo: {json.dumps(secret)[1:-1]} and %5C")
    assert out == "echo: ...bc\\A and %5C"
