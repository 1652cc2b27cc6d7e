"""Programs that make one request exactly right for a `.env`: one template per client.

Templates are data. Two marks, nothing else:
- `{{role}}` (base_url, model, gateway_token, provider_key) becomes the name of the variable
  that holds it in the user's `.env` (mapping applied): a snippet reads every value, secrets
  above all, from the environment or the `.env` at run time and never contains one;
  `{{base_url_tail}}` appends what that variable's own client appends to it (GROQ_BASE_URL:
  the Groq SDK adds /openai/v1), in the snippet's language, and is empty otherwise;
- a line that starts with `[[tag]]` is kept only in the modes the tag names: `stored`,
  `request`, `direct`, `gateway` (stored and request), `key` (request and direct).

How each client sends no `Authorization` header was checked by running it against the
emulator (docs/sources.md#client-auth-headers); every Python snippet is run under
`check-app` by the tests.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

TAGS: dict[str, frozenset[str]] = {
    "stored": frozenset({"gateway-stored-key"}),
    "request": frozenset({"gateway-request-key"}),
    "direct": frozenset({"direct"}),
    "gateway": frozenset({"gateway-stored-key", "gateway-request-key"}),
    "key": frozenset({"gateway-request-key", "direct"}),
}
ROLE_MARKS = ("base_url", "model", "gateway_token", "provider_key")
_TAG = re.compile(r"^\[\[(\w+)\]\]")
_MARK = re.compile(r"\{\{(\w+)\}\}")

_PY_HEAD = '''\
"""One chat request for the .env in this folder ({{mode}}), by `setup-wizard snippet`.
[[stored]]
[[stored]]With keys stored in the gateway the request must carry NO Authorization header: any value,
[[stored]]a dummy too, is forwarded to the provider instead of the stored key (a 401).
"""
'''

_OPENAI = _PY_HEAD + '''
import os

import openai
from dotenv import load_dotenv

load_dotenv()  # reads .env; variables already set in the environment win
[[gateway]]gateway_token = os.environ["{{gateway_token}}"]  # sent as cf-aig-authorization

client = openai.OpenAI(
    base_url=os.environ["{{base_url}}"]{{base_url_tail}},
[[stored]]    api_key="unused",  # never sent: the call below removes the Authorization header
[[key]]    api_key=os.environ["{{provider_key}}"],
[[gateway]]    default_headers={"cf-aig-authorization": f"Bearer {gateway_token}"},
)
reply = client.chat.completions.create(
    model=os.environ["{{model}}"],
    messages=[{"role": "user", "content": "Say hello."}],
[[stored]]    extra_headers={"Authorization": openai.Omit()},  # the gateway adds the stored key
)
print(reply.choices[0].message.content)
'''

_OPENAI_ASYNC = _PY_HEAD + '''
import asyncio
import os

import openai
from dotenv import load_dotenv

load_dotenv()  # reads .env; variables already set in the environment win


async def main() -> None:
[[gateway]]    gateway_token = os.environ["{{gateway_token}}"]  # sent as cf-aig-authorization
    client = openai.AsyncOpenAI(
        base_url=os.environ["{{base_url}}"]{{base_url_tail}},
[[stored]]        api_key="unused",  # never sent: the call below removes the header
[[key]]        api_key=os.environ["{{provider_key}}"],
[[gateway]]        default_headers={"cf-aig-authorization": f"Bearer {gateway_token}"},
    )
    reply = await client.chat.completions.create(
        model=os.environ["{{model}}"],
        messages=[{"role": "user", "content": "Say hello."}],
[[stored]]        extra_headers={"Authorization": openai.Omit()},  # the stored key is used
    )
    print(reply.choices[0].message.content)
    await client.close()


asyncio.run(main())
'''

_AUTOGEN = _PY_HEAD + '''
import asyncio
import os

import openai
from autogen_core.models import ModelInfo, UserMessage
from autogen_ext.models.openai import OpenAIChatCompletionClient
from dotenv import load_dotenv

load_dotenv()  # reads .env; variables already set in the environment win
[[stored]]
[[stored]]
[[stored]]async def drop_authorization(request) -> None:
[[stored]]    """AutoGen refuses extra_headers per call, so its HTTP client removes the header."""
[[stored]]    request.headers.pop("Authorization", None)


async def main() -> None:
[[gateway]]    gateway_token = os.environ["{{gateway_token}}"]  # sent as cf-aig-authorization
    client = OpenAIChatCompletionClient(
        model=os.environ["{{model}}"],
        base_url=os.environ["{{base_url}}"]{{base_url_tail}},
[[stored]]        api_key="unused",  # never sent: drop_authorization removes the header
[[stored]]        http_client=openai.DefaultAsyncHttpxClient(
[[stored]]            event_hooks={"request": [drop_authorization]}),
[[key]]        api_key=os.environ["{{provider_key}}"],
[[gateway]]        default_headers={"cf-aig-authorization": f"Bearer {gateway_token}"},
        # Not an OpenAI model name, so AutoGen needs to be told what the model can do.
        model_info=ModelInfo(vision=False, function_calling=True, json_output=True,
                             family="unknown", structured_output=True),
    )
    result = await client.create([UserMessage(content="Say hello.", source="user")])
    print(result.content)
    await client.close()


asyncio.run(main())
'''

_LANGCHAIN = _PY_HEAD + '''
import os

[[stored]]import openai
from dotenv import load_dotenv
from langchain_openai import ChatOpenAI

load_dotenv()  # reads .env; variables already set in the environment win
[[gateway]]gateway_token = os.environ["{{gateway_token}}"]  # sent as cf-aig-authorization

llm = ChatOpenAI(
    model=os.environ["{{model}}"],
    base_url=os.environ["{{base_url}}"]{{base_url_tail}},
[[stored]]    api_key="unused",  # never sent: extra_headers below removes the header
[[stored]]    model_kwargs={"extra_headers": {"Authorization": openai.Omit()}},
[[key]]    api_key=os.environ["{{provider_key}}"],
[[gateway]]    default_headers={"cf-aig-authorization": f"Bearer {gateway_token}"},
)
print(llm.invoke("Say hello.").content)
'''

_NODE = '''\
// One chat request for the .env in this folder ({{mode}}), by `setup-wizard snippet`.
// Run: npm install openai && node snippet.mjs   (Node 20.12 or newer)
[[stored]]// With keys stored in the gateway the request must carry NO Authorization header: any
[[stored]]// value, a dummy too, is forwarded to the provider instead of the stored key (a 401).
import OpenAI from "openai";

try {
  process.loadEnvFile(); // reads .env; variables already set in the environment win
} catch {
  // no .env here: the environment alone
}

const client = new OpenAI({
  baseURL: process.env.{{base_url}}{{base_url_tail}},
[[stored]]  apiKey: "unused", // never sent: Authorization: null below removes the header
[[key]]  apiKey: process.env.{{provider_key}},
[[gateway]]  defaultHeaders: {
[[gateway]]    "cf-aig-authorization": `Bearer ${process.env.{{gateway_token}}}`,
[[stored]]    Authorization: null,
[[gateway]]  },
});
const reply = await client.chat.completions.create({
  model: process.env.{{model}},
  messages: [{ role: "user", content: "Say hello." }],
});
console.log(reply.choices[0].message.content);
'''

_CURL = '''\
#!/bin/sh
# One chat request for the .env in this folder ({{mode}}), by `setup-wizard snippet`.
# Run: sh snippet.sh   (reads simple KEY=value lines of .env, or $ENV_FILE; variables already
# set in the environment win; multi-line values and ${VAR} expansion are not handled)
[[stored]]# With keys stored in the gateway the request must carry NO Authorization header: any
[[stored]]# value, a dummy too, is forwarded to the provider instead of the stored key (a 401).
set -eu
env_file="${ENV_FILE:-.env}"

value() {  # the environment's value of $1, else the last `$1=...` line of the .env
  eval "current=\\${$1-}"
  if [ -n "$current" ]; then printf '%s' "$current"; return; fi
  [ -f "$env_file" ] || return 0
  sed -n "s/^[[:space:]]*\\(export[[:space:]]*\\)\\{0,1\\}$1[[:space:]]*=[[:space:]]*//p" \\
    "$env_file" | tail -n 1 | sed -e 's/[[:space:]]*$//' -e 's/^"\\(.*\\)"$/\\1/' \\
    -e "s/^'\\(.*\\)'$/\\1/"
}

base_url=$(value {{base_url}})
model=$(value {{model}})
# Secrets go to curl on stdin (-H @-), never on its command line, where `ps` shows them.
printf '%s\\n' \\
[[gateway]]  "cf-aig-authorization: Bearer $(value {{gateway_token}})" \\
[[key]]  "Authorization: Bearer $(value {{provider_key}})" \\
  | curl -sS "${base_url%/}{{base_url_tail}}/chat/completions" -H @- \\
    -H "content-type: application/json" \\
    -d "{\\"model\\": \\"$model\\",
         \\"messages\\": [{\\"role\\": \\"user\\", \\"content\\": \\"Say hello.\\"}]}"
echo
'''


@dataclass(frozen=True)
class Snippet:
    client: str
    language: str  # for the docs' code fences
    filename: str  # the name the program's own comment suggests
    template: str
    needs: str  # what to install
    # How the program appends a path to the base URL it read ({tail}: the path).
    tail: str = '.rstrip("/") + "{tail}"'


SNIPPETS: dict[str, Snippet] = {s.client: s for s in (
    Snippet("openai", "python", "snippet.py", _OPENAI, "pip install openai python-dotenv"),
    Snippet("openai-async", "python", "snippet.py", _OPENAI_ASYNC,
            "pip install openai python-dotenv"),
    Snippet("autogen", "python", "snippet.py", _AUTOGEN,
            "pip install 'autogen-ext[openai]' python-dotenv"),
    Snippet("langchain", "python", "snippet.py", _LANGCHAIN,
            "pip install langchain-openai python-dotenv"),
    Snippet("node", "javascript", "snippet.mjs", _NODE, "npm install openai",
            tail='.replace(/\\/+$/, "") + "{tail}"'),
    Snippet("curl", "sh", "snippet.sh", _CURL, "curl and a POSIX shell", tail="{tail}"),
)}
CLIENT_NAMES: tuple[str, ...] = tuple(SNIPPETS)


def render(client: str, mode: str, names: Mapping[str, str], base_url_tail: str = "") -> str:
    """The program for `client` in `mode`, reading each role from the variable `names` gives
    (`base_url_tail`: what that variable's own client appends to the base URL)."""
    snippet = SNIPPETS[client]
    marks = {**{r: names[r] for r in ROLE_MARKS}, "mode": mode,
             "base_url_tail": snippet.tail.format(tail=base_url_tail) if base_url_tail else ""}
    lines = []
    for line in snippet.template.splitlines(keepends=True):
        m = _TAG.match(line)
        if m:
            if mode not in TAGS[m.group(1)]:
                continue
            line = line[m.end():]
        lines.append(line)
    return _MARK.sub(lambda m: marks[m.group(1)], "".join(lines))
