"""HTTP clients apps use, as data: how to recognise each from the headers it sends, and how
it sends a request with no `Authorization` header (what gateway-stored-key mode needs).

Every row was checked by running the real package against the emulator on 2026-11-28
(docs/sources.md#client-auth-headers). The first row whose `when` headers all match is the
client; the last row matches anything. `check-app` puts the row's `fix` in its verdict.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Client:
    name: str
    # header (lower-case) -> the value's prefix that marks this client; all must match
    when: tuple[tuple[str, str], ...]
    fix: str  # how this client sends no Authorization header
    source: str


CLIENTS: tuple[Client, ...] = (
    Client(
        "the OpenAI Node SDK (openai on npm)",
        (("x-stainless-lang", "js"),),
        "give the client `defaultHeaders: { Authorization: null }` (or `headers: { "
        "Authorization: null }` per request): a null header is removed, and the SDK then "
        "accepts the missing key",
        "docs/sources.md#client-auth-headers (openai 6.49.0, client.js validateHeaders)",
    ),
    Client(
        "the async OpenAI Python SDK (AsyncOpenAI, also what AutoGen's "
        "OpenAIChatCompletionClient uses)",
        (("x-stainless-lang", "python"), ("x-stainless-async", "async")),
        "per call, `extra_headers={\"Authorization\": openai.Omit()}`; with AutoGen's "
        "OpenAIChatCompletionClient, which refuses extra_headers, pass `http_client="
        "openai.DefaultAsyncHttpxClient(event_hooks={\"request\": [drop]})` where `async def "
        "drop(request): request.headers.pop(\"Authorization\", None)`. Not `default_headers="
        "{\"Authorization\": openai.Omit()}`: the SDK then raises \"Could not resolve "
        "authentication method\"",
        "docs/sources.md#client-auth-headers (openai 3.57.0, autogen-ext 0.7.5)",
    ),
    Client(
        "LangChain's ChatOpenAI (or the OpenAI Python SDK's with_raw_response)",
        (("x-stainless-lang", "python"), ("x-stainless-raw-response", "true")),
        "give ChatOpenAI `model_kwargs={\"extra_headers\": {\"Authorization\": "
        "openai.Omit()}}` (its default_headers cannot hold Omit: ChatOpenAI refuses it); "
        "with the SDK itself, per call `extra_headers={\"Authorization\": openai.Omit()}`",
        "docs/sources.md#client-auth-headers (langchain-openai 1.7.4)",
    ),
    Client(
        "the OpenAI Python SDK",
        (("x-stainless-lang", "python"),),
        "per call, `extra_headers={\"Authorization\": openai.Omit()}`; for the whole client, "
        "`http_client=openai.DefaultHttpxClient(event_hooks={\"request\": [drop]})` where "
        "`drop(request)` does `request.headers.pop(\"Authorization\", None)`. Not "
        "`default_headers={\"Authorization\": openai.Omit()}`: the SDK then raises \"Could not "
        "resolve authentication method\"",
        "docs/sources.md#client-auth-headers (openai 3.57.0)",
    ),
    Client(
        "curl",
        (("user-agent", "curl/"),),
        "drop the `-H \"Authorization: ...\"` option",
        "https://curl.se/docs/manpage.html#-H",
    ),
    Client(
        "this client",
        (),
        "configure it to send no Authorization header at all (an empty or dummy value is "
        "forwarded too); `setup-wizard snippet --client ...` prints a working program",
        "docs/sources.md#stored-keys",
    ),
)


def recognise(headers: Mapping[str, str]) -> Client:
    """The client that sent these (lower-case) headers; the generic row when none matches."""
    for c in CLIENTS:
        if all(headers.get(h, "").lower().startswith(v) for h, v in c.when):
            return c
    return CLIENTS[-1]
