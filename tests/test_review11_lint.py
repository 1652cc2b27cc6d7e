"""A second reader's findings on session 11's lint changes (739e382..8ed127f): each test is an
input the change answered wrongly, and the family it was made for, still named."""

from __future__ import annotations

from setup_wizard.lint.engine import lint_text


def _codes(text: str, *codes: str) -> list[tuple[str | None, str]]:
    return [(f.key, f.severity) for f in lint_text(text, environ={}) if f.code in codes]


def test_an_azure_root_is_right_where_the_file_says_the_api_type_is_azure() -> None:
    # The OpenAI SDK before 1.0 with OPENAI_API_TYPE=azure (or azure_ad) reads OPENAI_API_BASE
    # as the resource's root and puts /openai/deployments/{engine}/... after it itself: the
    # classic Azure .env of older tutorials is right, and /openai/v1 would break it.
    for api_type in ("azure", "azure_ad", "Azure"):
        text = (f"OPENAI_API_TYPE={api_type}\nOPENAI_API_BASE=https://my-res.openai.azure.com/\n"
                "OPENAI_API_VERSION=2023-05-15\nOPENAI_API_KEY=0123456789abcdef\n")
        assert _codes(text, "SW222") == [], api_type
        # Not under OPENAI_BASE_URL, which that SDK never reads; the 1.x Azure client reads
        # AZURE_OPENAI_ENDPOINT, and its plain client posts to the root's /chat/completions.
        text = text.replace("OPENAI_API_BASE=", "OPENAI_BASE_URL=")
        assert _codes(text, "SW222") == [("OPENAI_BASE_URL", "error")], api_type
    # Without it the OpenAI SDK posts to the root's /chat/completions: still an error.
    text = "OPENAI_API_KEY=abc123\nOPENAI_BASE_URL=https://my-res.openai.azure.com/\n"
    assert _codes(text, "SW222") == [("OPENAI_BASE_URL", "error")]
    assert _codes(text.replace("\nOPENAI_BASE", "\nOPENAI_API_TYPE=open_ai\nOPENAI_BASE"),
                  "SW222") == [("OPENAI_BASE_URL", "error")]


def test_only_an_azure_resources_root_is_said_to_be_its_root() -> None:
    # A path of its own (Foundry's model inference endpoint, /models) is no root: the message
    # "is an Azure OpenAI resource's root" would be false, and its fix throws the path away.
    text = "OPENAI_API_KEY=abc123\nOPENAI_BASE_URL=https://my-res.services.ai.azure.com{}\n"
    assert _codes(text.format("/models"), "SW222") == []
    assert _codes(text.format(""), "SW222") == [("OPENAI_BASE_URL", "error")]
    assert _codes(text.format("/"), "SW222") == [("OPENAI_BASE_URL", "error")]


def test_ollamas_placeholder_key_beside_its_address_is_no_openai_key() -> None:
    # Ollama's docs give the OpenAI SDK api_key='ollama' ("required but ignored"): beside
    # OLLAMA_BASE_URL on the user's machine it is that server's key. Before 80705e7 the
    # address was the base URL and the key was not judged; then it became a bad OpenAI key.
    text = ("OLLAMA_BASE_URL=http://localhost:11434/v1\nOPENAI_API_KEY={}\nMODEL=llama3.2\n")
    assert _codes(text.format("ollama"), "SW503", "SW504") == []
    # Any other value is still judged: the appended Ollama block hides no broken key.
    assert _codes(text.format("abc"), "SW503") == [("OPENAI_API_KEY", "error")]
    # With no Ollama address in the file, 'ollama' is no OpenAI key.
    assert _codes("OPENAI_API_KEY=ollama\nMODEL=llama3.2\n", "SW503") == [
        ("OPENAI_API_KEY", "error")]


def test_a_local_servers_address_is_still_read_as_an_address() -> None:
    # 80705e7 took OLLAMA_BASE_URL out of the base-URL role; its own address was then no longer
    # checked at all: a missing scheme (Open WebUI cannot call 'localhost:11434') went unsaid.
    for text in ("OLLAMA_BASE_URL=localhost:11434\nMODEL=llama3.2\n",
                 "GROQ_API_KEY=gsk_" + "a1" * 26 + "\nOLLAMA_BASE_URL=localhost:11434\n"):
        found = [(f.code, f.key, f.fix) for f in lint_text(text, environ={})
                 if f.code == "SW211"]
        assert found == [("SW211", "OLLAMA_BASE_URL", "set OLLAMA_BASE_URL=http://localhost:11434")
                         ], text
    # Its address with a scheme stays unjudged, and so does the Groq file beside it.
    assert _codes("GROQ_API_KEY=gsk_" + "a1" * 26 + "\nOLLAMA_BASE_URL=http://ollama:11434\n",
                  "SW211", "SW212", "SW222") == []
