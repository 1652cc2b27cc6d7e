"""The default scenario's behaviour: the gateway's and Groq's decisions on a request, in the
order they take them.

It checks the gateway token, forwards a request `Authorization` to "Groq" instead of the
stored key (as the real gateway does, docs/sources.md#stored-keys), and checks the model.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from setup_wizard.config import providers
from setup_wizard.emulator.cloudflare_api import EmulatedAPI
from setup_wizard.emulator.wire import (
    Answer,
    Req,
    decommissioned,
    gateway_error,
    gateway_headers,
    groq_completion,
    groq_error,
    groq_models,
    invalid_key,
    json_answer,
    not_found,
)

# Credentials the emulator accepts (printed by `emulate`). They are not secrets, but the
# probe masks them like real ones. The key has Groq's real shape, so `lint` accepts it.
EMULATOR_TOKEN = "emulator-cf-token-" + "0" * 22
EMULATOR_GROQ_KEY = "gsk_EMULATOR" + "0" * 44
GROQ = providers.PROVIDERS["groq"]


# What the emulated Groq serves: the catalog's models, less the disputed ones (it does not
# pretend to know; chat on them answers 404 model_not_found, as one report says the real one
# does, docs/sources.md#groq-models).
SERVED: tuple[str, ...] = tuple(
    m for m in (*GROQ.models, *GROQ.known_models, *GROQ.not_for_chat)
    if GROQ.status(m) != "unconfirmed")


@dataclass(frozen=True)
class Settings:
    token: str = EMULATOR_TOKEN
    groq_key: str = EMULATOR_GROQ_KEY
    stored_key: bool = True  # a Groq key is stored under the gateway's Provider Keys
    served: tuple[str, ...] = SERVED  # GET /models lists these; chat accepts only these
    api: EmulatedAPI = field(default_factory=EmulatedAPI)  # what the REST API shows


def behave(req: Req, s: Settings) -> Answer:
    """The gateway's and Groq's decisions, in the order they take them."""
    if not req.via_gateway:
        if req.slug != "groq-direct":
            return Answer(404, b"setup-wizard emulate serves /v1/{account}/{gateway}/groq/..., "
                          b"/v1/{account}/{gateway}/compat/... and /openai/v1/...\n",
                          [("content-type", "text/plain")])
        if req.headers.get("authorization") != f"Bearer {s.groq_key}":
            return invalid_key(req)
        return _groq_endpoint(req, req.model, s)
    # A gateway the emulated API lists follows its own settings; any other behaves as an
    # authenticated gateway with a Groq key stored.
    listed = s.api.gateway(req.account, req.gateway)
    needs_token = listed is None or listed.authentication is not False
    if needs_token and req.headers.get("cf-aig-authorization") != f"Bearer {s.token}":
        # missing or wrong: same (docs/sources.md#gateway-auth)
        return gateway_error(2009, 401, "Unauthorized")
    model = req.model
    if req.slug == "compat":
        prefix, sep, bare = model.partition("/")
        if not sep and req.rest == "chat/completions":
            return gateway_error(2005, 400, "Failed to get response from provider")
        if prefix != "groq" and req.rest == "chat/completions":
            known = {p.compat_prefix for p in providers.PROVIDERS.values()}
            if prefix == "openai":
                return _openai_no_key(req)
            if prefix in known | providers.OTHER_COMPAT_PREFIXES:
                return _not_emulated(prefix)
            return gateway_error(2008, 400, "Invalid provider")
        model = bare
    elif req.slug != "groq":
        if req.slug in providers.PROVIDERS or req.slug in providers.OTHER_GATEWAY_SLUGS:
            return _not_emulated(req.slug or "")
        return gateway_error(2008, 400, "Invalid provider")
    auth = req.headers.get("authorization")
    if auth is not None:
        # A request key is forwarded verbatim, stored key or not (docs/sources.md#stored-keys).
        if auth != f"Bearer {s.groq_key}":
            return invalid_key(req)
    elif not s.stored_key or (listed is not None and not listed.stores("groq")):
        # No key anywhere: Unified Billing, with no credits here (docs/sources.md#unified-billing).
        return gateway_error(2021, 402, "Insufficient balance; add money to your gateway or "
                             "use BYOK")
    return _groq_endpoint(req, model, s)


def _groq_endpoint(req: Req, model: str, s: Settings) -> Answer:
    if req.rest == "models" and req.method == "GET":
        return groq_models(req, s.served)
    if req.rest != "chat/completions" or req.method != "POST":
        # Groq's body for an unknown path is not public: UNCONFIRMED shape.
        return groq_error(req, 404, f"Unknown request URL: {req.method} /openai/v1/{req.rest}. "
                          "Please check the URL for typos.", "invalid_request_error",
                          "unknown_url")
    if not model:
        # Groq's body for a missing model is not public: UNCONFIRMED message.
        return groq_error(req, 400, "property 'model' is missing", "invalid_request_error", None)
    if model in s.served:
        return groq_completion(req, model)
    if GROQ.retired_model(model):
        return decommissioned(req, model)
    return not_found(req, model)


def _openai_no_key(req: Req) -> Answer:
    """`openai/...` on compat goes to OpenAI (a Groq ID like openai/gpt-oss-20b too); with no
    OpenAI key stored, OpenAI's own missing-key 401 comes back (docs/sources.md#passthrough)."""
    err = {"message": "You didn't provide an API key. You need to provide your API key in an "
           "Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as "
           "the basic auth username and password. You can obtain an API key from "
           "https://platform.openai.com/account/api-keys.", "type": "invalid_request_error",
           # OpenAI always sends `param` (docs/sources.md#openai-errors)
           "param": None, "code": None}
    return json_answer(401, {"error": err}, [("x-request-id", f"req_{os.urandom(16).hex()}"),
                                              *gateway_headers()])


def _not_emulated(what: str) -> Answer:
    text = f"setup-wizard emulate: only Groq is emulated behind the gateway, not {what!r}\n"
    return Answer(501, text.encode(), [("content-type", "text/plain")])
