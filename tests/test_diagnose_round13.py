"""Evidence added in session 12 (issue 13), from the tune part of batch 30. Each family fires
on a real text and stays silent on a look-alike."""

from __future__ import annotations

from diagnose_support import corpus_text, who

from setup_wizard.diagnose.classify import classify_pasted


def test_a_model_server_that_could_not_load_the_model_failed_itself() -> None:
    text = corpus_text(
        "unknown-localai-all-backends-failed-langchain-retry-apierror-localai-1133.txt")
    assert who(text) == ("unknown", "provider-server-error")
    assert who("Error: failed to load model 'llama3'") == ("unknown", "provider-server-error")


def test_a_model_that_is_not_there_is_still_read_first() -> None:
    # "not found" says more than "could not load": the model is missing, not the server broken.
    assert who("failed to load model: model 'x' not found")[1] == "model-not-found"
    # Loading something else (a page, a file) is no model server's failure.
    assert who("Error: failed to load page")[1] != "provider-server-error"


def test_cloudflares_access_denied_sentence_names_the_edge() -> None:
    # bucardo/check_postgres#160 (the page, 1010) and pastebin.com/8RnrxjYP (its text).
    page = ("<h2 data-translate=\"what_happened\">What happened?</h2>\n<p>The owner of this "
            "website (bucardo.org) has banned your access based on your browser's signature "
            "(4e5c3fdf2e8893a6-ua24).</p>")
    text = ("- Access denied\n- What happened?\n- The owner of this website (ziglang.org) has "
            "banned your access based on your browser's signature (4e5c3fdf2e8893a6-ua48).")
    country = ("The owner of this website (api.cerebras.ai) has banned the country or region "
               "your IP address is in (CN) from accessing this website.")
    for t in (page, text, country):
        assert who(t, 403) == ("cloudflare-edge", "edge-blocked"), t
    assert who("the owner of this website (www.example.it) has banned your ip address "
               "(44.197.101.251).")[0] == "cloudflare-edge"


def test_the_same_words_without_what_was_banned_are_not_cloudflares() -> None:
    # Another product's block page copies the sentence without the brackets; a site's own
    # page words it otherwise.
    assert who("The owner of this website has banned your IP address.", 403)[0] == "unknown"
    assert who("The owner of this website has banned your access based on your browser's "
               "behaving", 403)[0] == "unknown"


def test_a_5xx_pages_what_happened_sentence_names_the_edge() -> None:
    # The sources' own texts (docs/sources.md#edge-errors).
    texts = (
        "Bad gateway\nThe web server reported a bad gateway error.\n\nRay ID: 88e72c23ee4d623e\n"
        "Your IP address: 79.113.xxx.xxxx\nError reference number: 502\nCloudflare Location: "
        "Bucharest",  # lencx/ChatGPT#1316
        "Web server is returning an unknown error\n\nThere is an unknown connection issue "
        "between Cloudflare and the origin web server. As a result, the web page can not be "
        "displayed.",  # codewars/codewars.com#1061
        "What happened?\n\n   The initial connection between CloudFlare's network and the origin"
        " web\n   server timed out. As a result, the web page can not be displayed.",  # DayZ#776
        "What happened?\nThe origin web server timed out responding to this request.",  # #17
        "<p>The web server is not returning a connection. As a result, the web page is not "
        "displaying.</p>",  # infosimples/node_two_captcha#19
        # An app that keeps the page's title and sentence only.
        "502 Bad Gateway: The web server reported a bad gateway error.",
    )
    for t in texts:
        assert who(t) == ("cloudflare-edge", "edge-origin-error"), t
    # The footer alone names the edge too (pygame/pygame#4466's paste has no Ray ID).
    footer = ("Bad gateway\nThe web server reported a bad gateway error.\n\nError reference "
              "number: 502\nCloudflare Location: Singapore")
    assert who(footer.replace("The web server reported a bad gateway error.\n", ""))[0] \
        == "cloudflare-edge"


def test_other_servers_bad_gateway_words_are_not_the_edges() -> None:
    assert who("upstream reported a bad gateway error", 502)[0] == "unknown"
    assert who("<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx</center>",
                 502)[0] == "unknown"
    assert who("The server timed out responding to this request", 504)[0] == "unknown"


def test_workers_1102_heading_alone_names_the_edge() -> None:
    assert who("Worker exceeded resource limits") == ("cloudflare-edge", "edge-origin-error")
    # A worker pool of another runtime that ran out of memory says it otherwise.
    assert who("worker exceeded memory limit, restarting")[0] == "unknown"


def test_the_decommissioned_models_code_alone_says_its_cause() -> None:
    # Groq's code, as an app prints it without its message.
    assert who("Error: model_decommissioned")[1] == "model-decommissioned"
    assert who("Error: model_not_decommissioned_yet_check")[1] != "model-decommissioned"


def test_groqs_refusal_of_a_null_tool_choice_is_groqs() -> None:
    text = corpus_text("groq-400-tool-choice-null-sse-data-line-smart-connections-942.txt")
    assert who(text) == ("groq", "bad-request")
    # OpenAI's envelope (with param) and its own words for a bad tool_choice are not Groq's.
    openai = ('{"error": {"message": "Invalid value for \'tool_choice\': \'tool_choice\' is only '
              'allowed when \'tools\' are specified.", "type": "invalid_request_error", '
              '"param": "tool_choice", "code": null}}')
    assert who(openai, 400)[0] != "groq"


def test_geminis_model_sentence_cut_after_the_api_version_is_googles() -> None:
    text = corpus_text("google-404-gemini-1.5-flash-not-found-js-sdk-cut-deprecated-"
                       "generative-ai-js-493.txt")
    assert who(text) == ("google", "model-not-found")
    # The same words without the model's resource name are anyone's.
    assert who("[404 Not Found] gemini-1.5-flash is not found")[0] == "unknown"


def test_a_client_rejecting_a_successful_answer_gives_no_cause() -> None:
    text = corpus_text(
        "unknown-client-validation-service-tier-on-demand-groq-200-ai-doc-gen-18.txt")
    assert who(text) == ("unknown", "unknown")
    # pydantic-ai#2844's form: the validation's words are no bad request.
    other = ("pydantic_ai.exceptions.UnexpectedModelBehavior: Invalid response from OpenAI chat "
             "completions endpoint: 1 validation error for ChatCompletion\n"
             "choices.0.finish_reason\n  Input should be 'stop', 'length', 'tool_calls', "
             "'content_filter' or 'function_call' [type=literal_error, input_value='error', "
             "input_type=str]")
    assert who(other)[1] == "unknown"
    # A request model's validation error is still the request's.
    assert who("1 validation error for ChatRequest\nmessages\n  Field required")[1] == \
        "bad-request"


def test_workers_ai_refusing_the_input_schema_is_the_cloudflare_apis_bad_request() -> None:
    # The sources' forms (docs/sources.md#api-v4-errors): the API's envelope with code 5006
    # (cloudflare/ai#279), `errors` as one object (anomalyco/opencode#30381), no code through a
    # relay (decolua/9router#1926), and the binding's "AiError: 5006: ..." line.
    texts = (
        '{"errors":[{"message":"AiError: Bad input: Error: oneOf at \'/\' not met, 0 matches: '
        'required properties at \'/\' are \'input\', required properties at \'/\' are '
        '\'requests\'","code":5006}],"success":false,"result":{},"messages":[]}',
        'Bad Request: {"errors":{"message":"AiError: Bad input: Error: oneOf at \'/\' not met, '
        '0 matches: required properties at \'/\' are \'prompt\', Type mismatch of '
        '\'/messages/0/content\', \'array\' not in \'string\'","code":5006},"success":false,'
        '"result":{},"messages":[]}',
        '[400]: {\n  "errors": [\n    {\n      "message": "AiError: Bad input: Error: oneOf at '
        '\'/\' not met"\n    }\n  ]\n}',
        "AiError: 5006: Error: oneOf at '/' not met, Type mismatch of '/messages/2/content'",
    )
    for t in texts:
        assert who(t) == ("cloudflare-api", "bad-request"), t


def test_the_json_schema_librarys_words_alone_are_not_cloudflares() -> None:
    # Other programs validate with the same library: its words name no sender.
    assert who("Error: oneOf at '/' not met, 0 matches required")[0] == "unknown"
    assert who("ValidationError: Type mismatch of '/tools/0', 'string' not in 'object'")[0] \
        == "unknown"


def _rendered_text(name: str) -> str:
    from rewrite_report import _rendered

    out = _rendered(corpus_text(name))
    assert out is not None
    return out


def test_cloudflares_pages_rendered_to_text_are_still_the_edges() -> None:
    # Real tune texts, as a browser's copy or an app's page-to-text would give them.
    title = _rendered_text("edge-504-gateway-timeout-html-pawan-acheong08-866.txt")
    assert "gpt.pawan.krd | 504: Gateway time-out" in title
    assert who(title)[0] == "cloudflare-edge"
    minimal = _rendered_text("edge-502-center-cloudflare-openai-internalservererror-telegram-"
                             "bot-637.txt")
    assert minimal.endswith("502 Bad Gateway\ncloudflare")
    assert who(minimal) == ("cloudflare-edge", "edge-origin-error")
    # A cut page whose style sheet reads as an object: its markers are around it.
    styled = _rendered_text("edge-challenge-403-claude-code-anthropic-30437.txt")
    assert who(styled, 403) == ("cloudflare-edge", "edge-blocked")


def test_the_challenges_title_names_the_edge_only_with_its_403() -> None:
    assert who("Error: 403 Forbidden: Just a moment...") == ("cloudflare-edge", "edge-blocked")
    assert who("Just a moment...", 403) == ("cloudflare-edge", "edge-blocked")
    # The same words as a spinner's, or with another status, are anyone's.
    assert who("Loading... Just a moment...")[0] == "unknown"
    assert who("Error 404: not found. Just a moment...")[0] == "unknown"


def test_other_pages_rendered_to_text_are_not_the_edges() -> None:
    # nginx's own minimal page as text, and a site's own title in the 5xx form.
    assert who("502 Bad Gateway\n502 Bad Gateway\nnginx")[0] == "unknown"
    assert who("api.example.com | 502: upstream unavailable")[0] == "unknown"
    assert who("Status: 503 Service Unavailable\nProviders: groq, cloudflare")[0] == "unknown"


def test_googles_own_sentences_say_their_cause_without_the_envelope() -> None:
    # What an app prints when it keeps the message after the status (tests/rewrite_report.py).
    assert who("Error 403: Your project has been denied access. Please contact support.") == \
        ("google", "permission-denied")
    vertex = ("Error 404: Publisher Model `projects/p/locations/us-central1/publishers/google/"
              "models/gemini-1.0-pro-001` was not found or your project does not have access "
              "to it.")
    assert who(vertex) == ("google", "model-not-found")
    # Another service's denial in other words is not Google's.
    assert who("Error 403: Your account has been denied access.")[0] == "unknown"


def test_a_client_rejecting_an_answer_gets_its_own_fix() -> None:
    text = corpus_text(
        "unknown-client-validation-service-tier-on-demand-groq-200-ai-doc-gen-18.txt")
    d = classify_pasted(text)
    assert "no server refused the request" in d.hint and "Upgrade the client" in d.hint
    # A text with no such words keeps the general fix.
    assert "Upgrade the client" not in classify_pasted("something went wrong").hint


def test_journalds_prefix_on_every_line_is_set_aside() -> None:
    # A real multi-line body (the Cloudflare API's pretty-printed answer) as journald writes
    # a service's output: "host app[pid]: " before every line, the tag closed by a colon.
    name = "cloudflare-api-1000-invalid-api-token-verify-pretty-json-478690.txt"
    want = who(corpus_text(name))
    assert want[0] == "cloudflare-api"
    logged = "\n".join("Jun 01 10:00:00 host app[1234]: " + ln
                       for ln in corpus_text(name).split("\n"))
    assert who(logged) == want
    # A tag that is the body's own ("[error]: ..." on one line only) is not set aside.
    assert who("[error]: Invalid API Key")[1] == "provider-auth-invalid"


def test_each_access_denied_page_gets_the_fix_for_what_it_banned() -> None:
    # The sentence names what was banned; its code picks the fix (docs/sources.md#edge-errors).
    country = classify_pasted("The owner of this website (api.cerebras.ai) has banned the "
                              "country or region your IP address is in (CN) from accessing "
                              "this website.", 403)
    assert (country.origin, country.code) == ("cloudflare-edge", 1009)
    assert "supported region" in country.hint and "User-Agent" not in country.hint
    browser = classify_pasted("The owner of this website (bucardo.org) has banned your access "
                              "based on your browser's signature (4e5c3fdf2e8893a6-ua24).", 403)
    assert browser.code == 1010 and "User-Agent" in browser.hint
    assert "retry later" in classify_pasted("error code: 1015", 429).hint
    assert "firewall rule" in classify_pasted("error code: 1020", 403).hint


def test_the_challenge_gets_its_own_fix_and_a_plain_block_the_general_one() -> None:
    challenge = classify_pasted("Error: 403 Forbidden: Just a moment...")
    assert "browser challenge" in challenge.hint and challenge.code is None
    block = classify_pasted("Sorry, you have been blocked", 403)
    assert "browser challenge" not in block.hint and "User-Agent" in block.hint


def test_a_challenge_said_by_its_header_gets_the_challenges_fix() -> None:
    d = classify_pasted("<html><body>...</body></html>", 403, {"cf-mitigated": "challenge"})
    assert (d.origin, d.cause) == ("cloudflare-edge", "edge-blocked")
    assert "browser challenge" in d.hint
