"""Evidence added in session 9 (issue 13, batch 25's tune texts), each with a text that fires
it and a look-alike that must not."""

from __future__ import annotations

from setup_wizard.diagnose.classify import classify_pasted


def _said(text: str, status: int | None = None) -> tuple[str, str]:
    d = classify_pasted(text, status)
    return d.origin, d.cause


def test_node_fetchs_timeout_codes_are_a_timeout() -> None:
    text = ("Error: TypeError: fetch failed\n    at Object.fetch (node:internal/deps/undici/"
            "undici:11457:11) {\n  cause: ConnectTimeoutError: Connect Timeout Error\n"
            "      at onConnectTimeout (node:internal/deps/undici/undici:8422:28) {\n"
            "    code: 'UND_ERR_CONNECT_TIMEOUT'\n  }\n}")
    assert _said(text) == ("unknown", "timeout")
    assert _said("TypeError: fetch failed [cause]: HeadersTimeoutError: Headers Timeout Error "
                 "code: 'UND_ERR_HEADERS_TIMEOUT'") == ("unknown", "timeout")
    # A fetch that failed for another reason is not a timeout.
    assert _said("TypeError: fetch failed\n  cause: Error: getaddrinfo ENOTFOUND api.x.invalid"
                 )[1] == "dns-failure"


def test_a_400_whose_words_say_the_model_does_not_exist_is_about_the_model() -> None:
    deepseek = ('{"error":{"message":"Model Not Exist","type":"invalid_request_error",'
                '"param":null,"code":"invalid_request_error"}}')
    assert _said(deepseek, 400)[1] == "model-not-found"
    assert _said("API Error: 400 模型不存在，请检查模型代码")[1] == "model-not-found"
    assert _said('{"code":20012,"message":"Model does not exist. Please check it carefully.",'
                 '"data":null}', 400)[1] == "model-not-found"
    # A 400 with other words stays a bad request.
    assert _said('{"error":{"message":"messages must not be empty","type":'
                 '"invalid_request_error","param":null,"code":"invalid_request_error"}}',
                 400)[1] == "bad-request"


def test_a_dotted_model_id_does_not_end_the_sentence() -> None:
    vllm = ('{"object":"error","message":"The model `Qwen1.5-14B-Chat-GPTQ-Int8` does not '
            'exist.","type":"NotFoundError","param":null,"code":404}')
    assert _said(vllm) == ("unknown", "model-not-found")
    # Two sentences: the model was fine, something after it did not exist.
    assert _said("Loaded model qwen1.5. The file config.json does not exist.")[1] != \
        "model-not-found"


def test_lm_studios_own_words_for_a_model_it_cannot_serve() -> None:
    assert _said("(404): No models loaded. Please load a model in the developer page or use "
                 "the `lms load` command")[1] == "model-not-found"
    assert _said('[ERROR] Invalid model identifier "qwen/qwen2.5vl-7b". Please specify a valid '
                 'downloaded model')[1] == "model-not-found"
    assert _said("Invalid model configuration file at ./models.yaml")[1] != "model-not-found"


def test_openais_deactivated_account_sentence() -> None:
    assert _said("This key is associated with a deactivated account. If you feel this is an "
                 "error, contact us through our help center at help.openai.com.") == (
        "openai", "permission-denied")


def test_anthropics_envelope_written_in_another_order_is_someone_elses() -> None:
    relay = ('API Error: 400 {"error":{"type":"invalid_request_error","message":"Client not '
             'allowed"},"type":"error"}')
    assert _said(relay)[0] == "unknown"
    # Anthropic's own order, and a printer that sorts every key (inner ones too), stay its.
    own = ('{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}')
    assert _said(own)[0] == "anthropic"
    # A printer that sorts Anthropic's own body keeps its request_id (between error and type);
    # sorted with no id and nothing but type and message is how Go relays write the envelope
    # (sub2api: round 15's relay probe, family B).
    sorted_keys = ('{"error":{"message":"Overloaded","type":"overloaded_error"},'
                   '"request_id":"req_011CZ9DiuUGNky5FgPnYSUKN","type":"error"}')
    assert _said(sorted_keys)[0] == "anthropic"
    assert _said('{"error":{"message":"Overloaded","type":"overloaded_error"},'
                 '"type":"error"}')[0] == "unknown"


def test_googles_status_field_names_google_even_without_the_bodys_opening() -> None:
    # A log excerpt that starts inside Google's error object.
    cut = ('  "code": 400,\n    "message": "A schema in GenerationConfig in the request exceeds '
           'the maximum allowed nesting depth.",\n    "status": "INVALID_ARGUMENT"\n  }\n}')
    assert _said(cut)[0] == "google"
    # The status name alone, in prose, is not the field.
    assert _said("the server said INVALID_ARGUMENT and gave up")[0] == "unknown"


def test_the_cloudflare_apis_routing_error_names_its_own_resource_paths() -> None:
    assert _said(": Could not route to /accounts/storage/kv/namespaces/63ab5438e79d4678bb16262"
                 "d4b7f5f79/keys,") == ("cloudflare-api", "cloudflare-api-route")
    # Another server's routing error, on its own paths, is not the Cloudflare API's.
    assert _said("Could not route to /api/v1/users, try again")[0] == "unknown"


def test_the_challenge_pages_own_style_rule_names_it_without_its_title() -> None:
    cut = ('content="width=device-width,initial-scale=1"><style>*{box-sizing:border-box}'
           '#challenge-error-text{background-image:url("data:image/svg+xml;base64,PHN2")}')
    assert _said(cut) == ("cloudflare-edge", "edge-blocked")
    assert _said("<style>#error-text{color:red}</style><p>Service unavailable</p>")[0] == \
        "unknown"


def test_an_excerpt_that_starts_inside_a_prefixed_log_body_is_read_through_its_prefixes() -> None:
    p = "2021-03-11T11:39:11.190+0100 [DEBUG] plugin.terraform-provider-cloudflare_v2.19.0: "
    cut = ("dflare_v2.19.0: {\n" + "".join(f"{p}{line}\n" for line in (
        ' "success": false,', ' "errors": [', "  {", '   "code": 10000,',
        '   "message": "Authentication error"', "  }")))
    assert _said(cut) == ("cloudflare-api", "cloudflare-api-auth")


def test_wranglers_sentence_without_its_first_word() -> None:
    assert _said(" request to the Cloudflare API (/memberships) failed.\n\n  Unable to "
                 "authenticate request [code: 10001]") == ("cloudflare-api", "cloudflare-api-auth")
    # "request to the ... API" of some other API is not it.
    assert _said("request to the Billing API (/invoices) failed. [code: 10001]")[0] == "unknown"


def test_the_model_not_found_hint_and_evidence_read_as_sentences() -> None:
    d = classify_pasted('{"error":{"message":"Model Not Exist","type":"invalid_request_error",'
                        '"param":null,"code":"invalid_request_error"}}', 400)
    assert "know model the model" not in d.hint and "does not know the model in" in d.hint
    assert any("wording 'model ... not found / does not exist" in e for e in d.evidence)
    d = classify_pasted('{"error":{"message":"The model `llama-9` does not exist or you do not '
                        'have access to it.","type":"invalid_request_error","param":null,'
                        '"code":"model_not_found"}}', 404)
    assert "does not know model `llama-9`" in d.hint
