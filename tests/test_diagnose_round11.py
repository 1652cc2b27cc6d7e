"""Evidence added in session 10 (issue 13, tune texts and the robustness measures), each with a
text that fires it and a look-alike that must not."""

from __future__ import annotations

from setup_wizard.diagnose.classify import classify_pasted


def _said(text: str, status: int | None = None) -> tuple[str, str]:
    d = classify_pasted(text, status)
    return d.origin, d.cause


_NOT_FOUND = ("NotFoundError: Error code: 404 - {{'error': {{'message': 'The model `{}` does not "
              "exist or you do not have access to it.', 'type': 'invalid_request_error', "
              "'param': None, 'code': 'model_not_found'}}}}")


def test_a_model_in_ollamas_form_is_no_vote_for_groq() -> None:
    # Sent to OpenAI's default base by mistake: Ollama's names are no Groq IDs, so OpenAI's own
    # field (param) decides.
    for model in ("llama3.2", "qwen2.5:7b", "llama3:latest", "gemma2:9b"):
        assert _said(_NOT_FOUND.format(model)) == ("openai", "model-not-found"), model
    # Groq's own IDs still say Groq.
    for model in ("llama-3.2-1b-preview", "llama3-8b-8192", "gemma2-9b-it"):
        assert _said(_NOT_FOUND.format(model))[0] == "groq", model


def test_a_field_missing_from_a_cut_off_body_is_not_counted() -> None:
    # The SDK's line cut off before 'param': its absence says nothing of the sender.
    cut = ("openai.NotFoundError: Error code: 404 - {'error': {'message': 'The model "
           "`gpt-4-1106-preview` does not exist or you do not have access to it.'")
    d = classify_pasted(cut)
    assert d.origin == "openai"
    assert any("cut off: not counted" in e for e in d.evidence)
    # The whole body without param still counts it (Groq's habit).
    whole = cut + ", 'type': 'invalid_request_error', 'code': 'model_not_found'}}"
    d = classify_pasted(whole)
    assert any(e.startswith("no error.param field (Groq") and "not counted" not in e
               for e in d.evidence)


def test_a_body_escaped_twice_is_read() -> None:
    # A JSON log quoting a line that already quoted the body: \\\" and \\n, two levels deep.
    twice = ('\\"{\\n  \\\\\\"result\\\\\\": null,\\n  \\\\\\"success\\\\\\": false,\\n  '
             '\\\\\\"errors\\\\\\": [{\\\\\\"code\\\\\\": 10000, \\\\\\"message\\\\\\": '
             '\\\\\\"Authentication error\\\\\\"}],\\n  \\\\\\"messages\\\\\\": []\\n}\\"')
    assert '\\\\\\"errors' in twice  # three backslashes before each quote: escaped twice
    assert _said(twice) == ("cloudflare-api", "cloudflare-api-auth")
    # Google's sentence with its line break escaped twice is still Google's.
    google = ('\\"[404 Not Found] models/gemini-1.5-flash is not found for API version v1beta, '
              '\\\\nor is not supported for generateContent.\\"')
    assert _said(google)[0] == "google"
    # A Windows path's backslashes are not escapes of a body: nothing is read into them.
    d = classify_pasted("Error: cannot open C:\\\\new\\\\temp\\\\n.json")
    assert d.origin == "unknown"
    assert not any("escaping around it" in e for e in d.evidence)


def test_openrouters_error_metadata_alone_is_openrouters() -> None:
    # A log excerpt that starts inside the body, after the envelope's opening.
    cut = ('vider returned error",\n    "code": 403,\n    "metadata": {\n      "raw": "{\\"error\\"'
           ':{\\"code\\":\\"unsupported_country_region_territory\\",\\"message\\":\\"Country, '
           'region, or territory not supported\\",\\"param\\":null,\\"type\\":\\"request_'
           'forbidden\\"}}",\n      "provider_name": "OpenAI"\n    }\n  },\n  "user_id": '
           '"user_2"\n}')
    assert _said(cut) == ("openrouter", "permission-denied")
    # Another server's object that only has a raw field is not OpenRouter's.
    other = ('{"raw": "{\\"error\\":{\\"code\\":\\"unsupported_country_region_territory\\",'
             '\\"message\\":\\"Country, region, or territory not supported\\",\\"param\\":null,'
             '\\"type\\":\\"request_forbidden\\"}}", "request": "POST /v1/chat/completions"}')
    assert _said(other)[0] == "openai"


def test_a_page_cut_before_its_html_tag_is_still_read_as_a_page() -> None:
    # A log excerpt that starts inside the challenge page's <head>: its style's braces are no
    # JSON, and its own style rule names the page.
    cut = ('xt/html; charset=UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge">'
           '<meta name="robots"\n     content="noindex,nofollow"><style>*{box-sizing:border-box;'
           'margin:0;padding:0}html{line-height:1.15}#challenge-error-text{background-image:'
           'url("data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmci\n'
           '     ZmlsbD0ibm9uZSI+PHBhdGggZmlsbD0iI0IyMEYwMyIgZD0iTTE2IDNhMTMgMTMgMCAxIDAgMTMgMTNB')
    assert _said("Error: 403 " + cut)[0] == "cloudflare-edge"
    # A JSON body whose message quotes a tag is still the JSON body.
    assert _said('{"error":{"message":"Unexpected token < in <meta charset=utf-8>",'
                 '"type":"invalid_request_error","code":"invalid_json"}}', 400)[1] == \
        "bad-request"


def test_evidence_names_wording_in_words_not_regex() -> None:
    import re

    from setup_wizard.diagnose import phrases
    syntax = re.compile(r"\(\?|\\|\{\d|[\^$]|\]\+|\)\?")
    assert [ph.says for ph in phrases.PHRASES if syntax.search(ph.says)] == []
    d = classify_pasted("HTTP 400 Bad Request.\ni Invalid model: doesnt-exist")
    assert "wording 'Invalid model (ID, name, identifier)' (any server)" in " ".join(d.evidence)


def test_one_weak_marker_is_said_as_such() -> None:
    d = classify_pasted("Transcription failed: API Error: 400 {\"error\":{\"message\":\"prompt "
                        "length must be 896 characters or fewer, but provided prompt contains "
                        "904 characters\",\"type\":\"inval")
    assert d.origin == "unknown"
    assert any(e.startswith("one weak marker, for groq, too little") for e in d.evidence)
    assert not any("do not decide between groq (1)" in e for e in d.evidence)


def test_amazon_bedrocks_own_words_are_not_anthropics() -> None:
    assert _said("API Error (claude-sonnet-4-6): 400 The provided model identifier is invalid.. "
                 "Try switching to us.anthropic.claude-sonnet-4-5-20250929-v1:0.") == (
        "unknown", "model-not-found")
    assert _said("Error: Malformed input request: #: required key [max_tokens] not found, "
                 "please reformat your input and try again.") == ("unknown", "bad-request")
    # Anthropic's own answer about a model stays Anthropic's.
    assert _said('{"type":"error","error":{"type":"not_found_error","message":"model: '
                 'claude-x"},"request_id":"req_011CSHoEeqs5C35K2UUqR7Fy"}')[0] == "anthropic"


def test_gos_resolver_failure_is_a_dns_failure() -> None:
    text = ('failed to create tunnel: Create Tunnel API call failed: REST request failed: Post '
            '"https://api.cloudflare.com/client/v4/accounts/cde0088a4ff4c932cd94e1162a4d3fb2/'
            'tunnels": dial tcp: lookup api.cloudflare.com on [::1]:53: dial udp [::1]:53: '
            'connect: cannot assign requested address')
    assert _said(text) == ("unknown", "dns-failure")
    assert _said("dial tcp: lookup api.groq.com on 10.0.0.2:53: server misbehaving")[1] == \
        "dns-failure"
    # A log line that only mentions a lookup is no DNS failure.
    assert _said("lookup table loaded on startup: 53 entries")[1] != "dns-failure"


def test_cloudflareds_code_and_reason_are_the_apis() -> None:
    assert _said("Failed to list tunnels: code: 10000, reason: Authentication error") == (
        "cloudflare-api", "cloudflare-api-auth")
    # The same code with another reason is not read as the API's 10000.
    assert _said("Failed: code: 10000, reason: disk full")[0] != "cloudflare-api"


def test_the_ai_bindings_gateway_error_classes_are_cloudflares() -> None:
    assert _said("AiGatewayInternalError: Gateway not found") == (
        "cloudflare-gateway", "gateway-not-found")
    assert _said("Uncaught (in promise) AiGatewayLogNotFound: Log not found")[0] == \
        "cloudflare-gateway"
    # A class of the app's own named after the gateway is not one of them.
    assert _said("MyAiGatewayInternalErrorHandler failed: timeout")[0] != "cloudflare-gateway"


def test_the_apis_message_that_names_a_bad_value_is_a_refused_request() -> None:
    text = ("✘ [ERROR] A request to the Cloudflare API (/accounts/6ef54b6c3c948c59efd63fa96eab0bc8/"
            "workers/scripts/kapp/versions) failed.\n\n  KV namespace 'YOUR_KV_NAMESPACE_ID' is "
            "not valid.  [code: 10042]")
    assert _said(text) == ("cloudflare-api", "bad-request")
    # A code the table does not know with words that say nothing stays unknown.
    assert _said(text.replace("KV namespace 'YOUR_KV_NAMESPACE_ID' is not valid.",
                              "Something happened."))[1] == "unknown"


def test_a_body_cut_off_inside_a_log_record_stays_cut_off() -> None:
    import json

    cut = ("openai.NotFoundError: Error code: 404 - {'error': {'message': 'The model "
           "`gpt-4-1106-preview` does not exist or you do not have access to it.'")
    record = json.dumps({"level": "error", "msg": "request failed", "error": cut})
    d = classify_pasted(record)
    assert d.origin == "openai"
    assert any("cut off: not counted" in e for e in d.evidence)


def test_debians_dist_packages_path_names_the_sdk_too() -> None:
    tb = ("/usr/local/lib/python3.12/dist-packages/groq/_base_client.py in request(self, "
          "cast_to, options)\n-> 1044   raise self._make_status_error_from_response(err.response)"
          "\n\nBadRequestError: Error code: 400 - {'erro")
    assert _said(tb)[0] == "groq"
    # Another package's path that merely contains the word is not the SDK.
    assert _said("/usr/lib/python3/dist-packages/groqish/x.py\nBadRequestError: Error code: 400"
                 )[0] == "unknown"


def test_google_apis_error_items_are_googles() -> None:
    cut = ('[API Error: [{\n  "error": {\n    "code": 400,\n    "message": "The input token '
           'count (134123) exceeds the maximum number of tokens allowed (131072).",\n    '
           '"errors": [\n      {\n        "message": "The input token count (134123) exceeds '
           'the maximum number of tokens allowed (131072).",\n        "domain": "global",\n'
           '        "reason": "badRequest"\n      }\n    ],\n')
    assert _said(cut)[0] == "google"
    # The words domain and reason elsewhere are not Google's list.
    assert _said('{"error": {"code": 400, "message": "bad", "domain": "example.com", '
                 '"reason": "x"}}')[0] != "google"


def test_a_model_quoted_in_another_providers_words_is_what_was_sent() -> None:
    text = (':body => { "error" => { "message" => "The model anthropic:claude-3-7-sonnet does '
            'not exist or you do not have access to it ..."')
    d = classify_pasted(text)
    assert d.origin != "anthropic"
    assert any("is what was sent: the words are groq / openai's" in e for e in d.evidence)
    # Anthropic's own words about its model stay Anthropic's.
    assert _said('{"type":"error","error":{"type":"not_found_error","message":"model: '
                 'claude-3-7-sonnet"}}')[0] == "anthropic"


def test_openais_own_words_name_it_without_its_headers() -> None:
    # The bodies its cassettes recorded, read without the headers that came with them.
    assert _said('{"error": {"message": "The requested model \'this-model-does-not-exist\' does '
                 'not exist.", "type": "invalid_request_error", "param": "model", "code": '
                 '"model_not_found"}}') == ("openai", "model-not-found")
    assert _said('{"error": {"code": null, "message": "-1 is less than the minimum of 1 - '
                 '\'dimensions\'", "param": null, "type": "invalid_request_error"}}', 400) == (
        "openai", "bad-request")
    assert _said('{"error": {"message": "Invalid schema for response_format \'response\': In '
                 'context=(), \'additionalProperties\' is required to be supplied and to be '
                 'false.", "type": "invalid_request_error", "param": "text.format.schema", '
                 '"code": "invalid_json_schema"}}', 400)[0] == "openai"
    # Groq's own structured-output words stay Groq's; a vLLM model sentence is no one's.
    assert _said('{"error":{"message":"invalid schema for response format: response_format/'
                 'json_schema: x","type":"invalid_request_error"}}', 400)[0] == "groq"
    assert _said('{"object":"error","message":"The model `qwen` does not exist.","type":'
                 '"NotFoundError","param":null,"code":404}')[0] == "unknown"


def test_new_apis_unpriced_model_is_the_relays_own_refusal() -> None:
    text = ("relay error: 模型 @cf/deepseek-ai/deepseek-math-7b-base 倍率或价格未配置，"
            "请联系管理员设置或开始自用模式；Model @cf/deepseek-ai/deepseek-math-7b-base ratio or "
            "price not set, please set or start self-use mode")
    assert _said(text, 500) == ("unknown", "model-not-found")
    assert any("a relay or another vendor" in e for e in classify_pasted(text, 500).evidence)


def test_an_apps_own_words_for_a_bad_key_say_the_cause() -> None:
    assert _said("Error: Your OpenAI API key might invalid. Please make sure you entered your "
                 "key correctly.")[1] == "provider-auth-invalid"
    assert _said("Please enter a valid Gemini API key")[1] == "provider-auth-invalid"
    # A key that is valid says no such thing.
    assert _said("API key is valid; the request timed out after 30 s")[1] != \
        "provider-auth-invalid"


def test_a_body_cut_at_its_lines_end_with_more_lines_after_it() -> None:
    # A logger cut the long line and went on with a traceback.
    text = ('Error: CompletionError: ProviderError: {"object":"error","message":"Expected last '
            'role User or Tool (or Assistant with prefix True) for serving but got assistant",'
            '"type":"invalid_requ\nTraceback (most recent call last):\n  File "app.py", line '
            '42, in <module>\n    main()\n')
    assert _said(text) == ("mistral", "bad-request")
    # Lines that follow a whole body are not read into it.
    whole = ('{"error":{"message":"Rate limit reached for model `llama-3.1-8b-instant` in '
             'organization `org_01` on tokens per minute (TPM)","type":"tokens","code":'
             '"rate_limit_exceeded"}}\nTraceback (most recent call last):\n  File "a.py"\n')
    assert _said(whole, 429) == ("groq", "rate-limited")


def test_a_tools_prefixed_lines_after_an_apps_own_first_line() -> None:
    lines = ["A request to the Cloudflare API (/accounts/6ef54b6c3c948c59efd63fa96eab0bc8/"
             "workers/scripts/kapp/versions) failed.", "",
             "  KV namespace 'YOUR_KV_NAMESPACE_ID' is not valid.  [code: 10042]", "",
             "  If you think this is a bug, please open an issue at: https://github.com/"
             "cloudflare/workers-sdk/issues/new/choose"]
    text = "错误：" + "\n".join(f"2025-12-04T05:16:58.70{i}Z\t{line}"
                              for i, line in enumerate(lines))
    assert _said(text) == ("cloudflare-api", "bad-request")


def test_a_cut_log_record_is_not_the_body_when_an_error_follows_it() -> None:
    # The first line is the app's own record (a retry notice) a logger cut; the error comes
    # later, whole, on the traceback's last line: that is the message, not the notice.
    text = ('{"level":"warning","message":"Retrying request to /chat/completions in 0.8 '
            'seconds","type":"retry","request":{"model":"gpt-4o","messages":[{"role":"user",'
            '"content":"Summarise the following\nTraceback (most recent call last):\n  File '
            '"app.py", line 10, in <module>\nopenai.AuthenticationError: Error code: 401 - '
            "{'error': {'message': 'Incorrect API key provided: sk-abc***xyz.', 'type': "
            "'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}\n")
    d = classify_pasted(text, None)
    assert (d.origin, d.cause) == ("openai", "provider-auth-invalid")
    assert "Incorrect API key provided" in d.message
    assert "Retrying request" not in d.message


def test_a_repeated_line_is_not_a_prefix_to_set_aside() -> None:
    # A retry loop's lines, the same words each time after a first line of the app's: their
    # shared start is the error itself, not a logger's prefix.
    retries = "Calling Groq failed after 3 attempts\n" + "".join(
        f"Retrying in {n}s: Error code: 429 - Rate limit reached for model "
        "llama-3.3-70b-versatile\n" for n in (1, 2, 4))
    assert _said(retries) == ("groq", "rate-limited")
    same = "Request failed.\n" + "ERROR groq: Invalid API Key\n" * 3
    assert _said(same) == ("groq", "provider-auth-invalid")
    # Lines that differ only at their end (a request id) share the error's words, too.
    ids = "Request failed.\n" + "".join(f"ERROR groq: Invalid API Key (request {r})\n"
                                        for r in ("req_abc", "req_xyz", "req_klm"))
    assert _said(ids) == ("groq", "provider-auth-invalid")
    quota = "Calling OpenAI failed\n" + "".join(
        "Retrying: Error code: 429 - You exceeded your current quota, please check your plan "
        f"and billing details (request id {r})\n" for r in "abc")
    assert _said(quota) == ("openai", "quota-exhausted")


def test_an_apps_guess_about_the_key_yields_to_a_named_cause() -> None:
    # The app guesses; the text names what happened: the timeout is the cause.
    assert _said("Request timed out after 60s (the API key might be invalid, or the network is "
                 "down)")[1] == "timeout"
    assert _said("Service unavailable. Please enter a valid API key or try again later")[1] == \
        "provider-server-error"


def test_a_routers_org_model_id_in_openais_sentence_is_not_openais() -> None:
    # The same sentence about an org/model ID (a router's: OpenAI's IDs have no slash).
    body = ('{"error":{"message":"The requested model \'meta-llama/Llama-3.3-70B-Instruct\' '
            'does not exist.","type":"invalid_request_error","param":"model","code":'
            '"model_not_found"}}')
    assert _said(body) == ("unknown", "model-not-found")


def test_the_lines_after_a_body_cut_at_its_lines_end_are_still_read() -> None:
    # The cut line is the app's request record; the error is the exception after it.
    text = ('DEBUG request: {"type":"chat","model":"gpt-4o","messages":[{"role":"user",'
            '"content":"hello there, summarise\nTraceback (most recent call last):\n  File '
            '"a.py", line 3, in <module>\nopenai.APITimeoutError: Request timed out.\n')
    assert _said(text)[1] == "timeout"


def test_a_field_copied_without_its_quotes_and_escaped_twice_is_read() -> None:
    import json

    page = ("The web server reported a bad gateway error.\n\nRay ID: 7ab01e022aa9841f\n"
            "Your IP address: 2001:db8::1\nError reference number: 502\n"
            "Cloudflare Location: Vancouver")
    twice = json.dumps(json.dumps(page))[1:-1]  # \"The web server ...\\n\\nRay ID: ...\"
    assert twice.startswith('\\"') and "\\\\n" in twice
    assert _said(twice) == _said(page) == ("cloudflare-edge", "edge-origin-error")
    # One JSON string literal, as before.
    assert _said(json.dumps(page)) == _said(page)
    # Words in escaped quotes are not taken apart.
    assert _said('\\"hello\\" said the bot')[0] == "unknown"


def test_anthropics_earlier_request_ids_and_openais_overload_sentence() -> None:
    cut = ("  response:\n    status:\n      code: 401\n    headers:\n      Request-Id:\n      - "
           "req_01CMtUbD8HkdqFieqkAoyHdX\n    body:\n      string: '{\"type\":\"error\",\"error\":"
           "{\"ty")
    assert _said(cut)[0] == "anthropic"
    # Groq's ULID-form ids (lower case, 24 after req_01) are not Anthropic's.
    assert _said(cut.replace("req_01CMtUbD8HkdqFieqkAoyHdX",
                             "req_01jngbvsctfy0bmjw87yea904b"))[0] != "anthropic"
    assert _said("RateLimitError: The server is currently overloaded with other requests. "
                 "Sorry about that! You can retr") == ("openai", "provider-server-error")


def test_mistrals_tool_call_id_rule_is_its_weak_word() -> None:
    cut = ('r","message":"Tool call id was abc123 but must be a-z, A-Z, 0-9, with a length of 9.",'
           '"type":"invalid_request_error","param":null,"code":null}')
    d = classify_pasted(cut, 400)
    assert d.cause == "bad-request"
    assert any("Tool call id was" in e and "(mistral)" in e for e in d.evidence)
    # A local server that says it too (weak: one marker) is not named Mistral for it alone.
    assert _said('{"error":"Tool call id was call_1 but must be a-z, A-Z, 0-9, with a length '
                 'of 9."}', 500) == ("unknown", "bad-request")
