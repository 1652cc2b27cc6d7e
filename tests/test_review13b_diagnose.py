"""Second reading of round 13's edge and Google evidence: look-alikes that must not move.

Each test is a text another server or vendor sends (or an app writes) that the round's new
markers read as Cloudflare's or Google's; the real forms stay covered in
tests/test_diagnose_round13.py.
"""

from __future__ import annotations

from diagnose_support import who

from setup_wizard.diagnose.classify import classify_pasted

NGINX_502 = ("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 "
             "Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>")



def test_a_relayed_origin_page_is_not_the_edges_for_a_ray_id_beside_it() -> None:
    # The site's nginx answered and Cloudflare relayed its page: the app logged the cf-ray.
    # The page is whole and carries no marker; the line around it must not make it the edge's.
    assert who("upstream error (Cloudflare Ray ID: 8a1b2c3d4e5f6789) " + NGINX_502) == \
        ("unknown", "provider-server-error")
    assert who("WARN proxy: Ray ID: 8a1b2c3d4e5f6789 origin answered:\n" + NGINX_502)[0] == \
        "unknown"


def test_the_challenges_title_with_a_403_from_another_named_server_is_not_the_edges() -> None:
    # The title counts with its 403 alone because the status is all the text has left; a dump
    # whose headers name another server has said who answered.
    assert who("HTTP/1.1 403 Forbidden\nServer: nginx\n\nJust a moment...")[0] == "unknown"
    akamai = "HTTP/2 403\nserver: AkamaiGHost\ncontent-type: text/plain\n\nJust a moment..."
    assert who(akamai)[0] == "unknown"
    # The edge's own answer keeps it.
    assert who("HTTP/2 403\nserver: cloudflare\n\nJust a moment...") == \
        ("cloudflare-edge", "edge-blocked")


def test_the_challenges_title_inside_a_sentence_is_not_the_edges() -> None:
    # An app's own 403 that says the words on its way to more ("... while we verify"): the
    # title stands alone, so words going on after it are a sentence of someone else's.
    assert who("Error 403: Forbidden. Just a moment... while we verify your subscription.")[0] \
        == "unknown"
    assert who("Just a moment... the server is busy", 403)[0] == "unknown"
    # The title as a line of its own, or before the page's next heading, is still the edge's.
    assert who("Error: 403 Forbidden: Just a moment...\nEnable JavaScript") == \
        ("cloudflare-edge", "edge-blocked")
    assert who("Just a moment... Verify", 403) == ("cloudflare-edge", "edge-blocked")


def test_the_minimal_pages_text_with_blanks_after_its_status_is_still_read() -> None:
    # The status's words now end in a letter (benchmarks/bench_explain.py's
    # status-lines-trailing-blanks took 2.8 s): blanks after them are still the line's.
    for text in ("502 Bad Gateway   \n502 Bad Gateway\t\ncloudflare",
                 "Error: upstream\n403 Forbidden \n\n403 Forbidden \t\n\n  cloudflare  ",
                 "520 Origin-Error\ncloudflare"):
        assert who(text)[0] == "cloudflare-edge", text
    # A line of blanks is no status's words.
    assert who("Error: upstream\n502      \ncloudflare")[0] == "unknown"


def test_the_minimal_pages_text_as_a_browser_copies_it_is_the_edges() -> None:
    # A browser's copy of the page has no title: its heading, then the word under the rule. The
    # parser takes the status off the first line, leaving "Bad Gateway / cloudflare".
    assert who("502 Bad Gateway\ncloudflare") == ("cloudflare-edge", "edge-origin-error")
    assert who("403 Forbidden\n\ncloudflare\n") == ("cloudflare-edge", "edge-blocked")
    # More words after the word, or another server's name, are not the page.
    assert who("502 Bad Gateway\ncloudflare tunnel restarted")[0] == "unknown"
    assert who("502 Bad Gateway\nnginx")[0] == "unknown"
    assert who("HTTP/1.1 502 Bad Gateway\nServer: nginx\n\nBad Gateway\ncloudflare")[0] == \
        "unknown"


def test_a_client_rejecting_an_answer_after_its_200_gets_its_own_fix() -> None:
    # httpx logs the request's "HTTP/1.1 200 OK" just before pydantic-ai's error: the 200 is the
    # strongest sign that no server refused anything, and it must not hide the fix.
    text = ('INFO httpx: HTTP Request: POST https://api.groq.com/openai/v1/chat/completions '
            '"HTTP/1.1 200 OK"\npydantic_ai.exceptions.UnexpectedModelBehavior: Invalid response '
            "from openai chat completions endpoint: 1 validation error for ChatCompletion\n"
            "service_tier\n  Input should be 'auto', 'default', 'flex', 'scale' or 'priority' "
            "[type=literal_error, input_value='on_demand', input_type=str]")
    d = classify_pasted(text)
    assert (d.origin, d.cause) == ("unknown", "unknown")
    assert "no server refused the request" in d.hint
    assert "no server refused the request" in classify_pasted(
        "Invalid response from openai chat completions endpoint: 1 validation error for "
        "ChatCompletion", 200).hint
    # A 200 with other words keeps its general reading.
    assert "no server refused" not in classify_pasted("something odd", 200).hint
