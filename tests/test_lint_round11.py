"""What lint learnt in session 10 (issue 12). Each rule fires on its family and stays silent on
a look-alike."""

from __future__ import annotations

from setup_wizard.config import names
from setup_wizard.lint.engine import lint_text


def _codes(text: str, *codes: str) -> list[tuple[str | None, str]]:
    return [(f.key, f.severity) for f in lint_text(text, environ={}) if f.code in codes]


def test_a_framework_prefix_does_not_tie_every_setting_together() -> None:
    assert names.head("NEXT_PUBLIC_DEEPSEEK_MODEL") == "DEEPSEEK"
    assert names.head("VITE_OPENAI_API_BASE") == "OPENAI"
    assert names.head("PUBLIC_") == "PUBLIC"  # a prefix alone is a name of its own
    assert names.head("DEEPSEEK_MODEL") == "DEEPSEEK"
    # The second model goes with its own base URL (DeepSeek's), not with the primary one
    # (Groq's): judged against DeepSeek's catalog, whose current names are clean.
    text = ("NEXT_PUBLIC_API_BASE_URL=https://api.groq.com/openai/v1\n"
            "NEXT_PUBLIC_MODEL=openai/gpt-oss-20b\n"
            "NEXT_PUBLIC_GROQ_API_KEY=gsk_" + "a1" * 26 + "\n"
            "VITE_DEEPSEEK_BASE_URL=https://api.deepseek.com\n"
            "VITE_DEEPSEEK_MODEL={}\n")
    assert _codes(text.format("deepseek-v4-flash"), "SW301", "SW302", "SW309") == []
    # A Groq model sent to DeepSeek is still named.
    assert _codes(text.format("llama-3.3-70b-versatile"), "SW301", "SW302", "SW309") != []


def test_a_model_beside_its_own_local_servers_url_is_that_servers_name() -> None:
    text = ("NEXT_PUBLIC_CUSTOM_API_URL=https://api.groq.com/openai/v1\n"
            "NEXT_PUBLIC_CUSTOM_MODEL=openai/gpt-oss-20b\n"
            "NEXT_PUBLIC_CUSTOM_API_KEY=gsk_" + "a1" * 26 + "\n"
            "NEXT_PUBLIC_DEFAULT_API_URL=http://localhost:11434\n"
            "NEXT_PUBLIC_DEFAULT_MODEL={}\n")
    # Ollama's llama3.1 is no unknown Groq model: it goes to the local server.
    assert _codes(text.format("llama3.1"), "SW301", "SW302") == []
    # The same model beside no local URL is judged where the file's requests go (Groq).
    other = text.replace("NEXT_PUBLIC_DEFAULT_API_URL=http://localhost:11434\n", "")
    assert _codes(other.format("llama3.1"), "SW302") == [("NEXT_PUBLIC_DEFAULT_MODEL",
                                                         "warning")]
    # A placeholder there is still a placeholder.
    assert _codes(text.format("your_model_here"), "SW310") != []


def test_a_secret_managers_reference_cannot_be_checked_offline() -> None:
    text = ("OPENAI_BASE_URL=https://api.groq.com/openai/v1\n"
            "OPENAI_API_KEY=op://platform/groq/credential\nOPENAI_MODEL=openai/gpt-oss-20b\n")
    found = lint_text(text, environ={})
    assert [(f.code, f.key, f.severity) for f in found] == [
        ("SW120", "OPENAI_API_KEY", "info")]
    assert "op run" in found[0].message
    # A value that only looks like one (no vault/item/field) is still judged as a key.
    assert _codes(text.replace("op://platform/groq/credential", "op://credential"),
                  "SW503") == [("OPENAI_API_KEY", "error")]


def test_a_models_url_name_holds_a_url_not_a_model() -> None:
    assert _codes("AZURE_MISTRAL_MODEL_ENDPOINT=xxx\n", "SW310") == []
    assert _codes("AZURE_MISTRAL_MODEL=xxx\n", "SW310") == [("AZURE_MISTRAL_MODEL", "error")]


def test_a_sign_in_servers_address_is_no_api_base() -> None:
    assert _codes("CODEX_AUTH_BASE_URL=https://auth.openai.com\n", "SW212", "SW231") == []
    assert _codes("OAUTH_REDIRECT_URL=https://auth.openai.com/callback\n", "SW212") == []
    # The same host in a name for the API is a wrong host.
    assert _codes("CODEX_BASE_URL=https://auth.openai.com\n", "SW212") == [
        ("CODEX_BASE_URL", "error")]


def test_a_name_that_says_which_endpoint_holds_that_endpoint_whole() -> None:
    assert _codes("OPENROUTER_MODELS_URL=https://openrouter.ai/api/v1/models\n",
                  "SW222") == []
    assert _codes("EMBEDDINGS_URL=https://api.openai.com/v1/embeddings\n", "SW222") == []
    # The endpoint on a wrong base is still named, and so is /models under a base URL name.
    assert _codes("OPENROUTER_MODELS_URL=https://openrouter.ai/v1/models\n", "SW222") == [
        ("OPENROUTER_MODELS_URL", "error")]
    assert _codes("OPENROUTER_BASE_URL=https://openrouter.ai/api/v1/models\n", "SW222") == [
        ("OPENROUTER_BASE_URL", "error")]


def test_more_placeholders_left_in_a_key() -> None:
    for value in ("OPEN_AI_API_KEY", "openai_api_key", "<your api key", "sk-or-xxxxx"):
        assert _codes(f"OPENAI_API_KEY={value}\n", "SW502") == [("OPENAI_API_KEY", "error")], \
            value
    # A key cut short is a wrong shape, not a placeholder.
    assert _codes("OPENAI_API_KEY=sk-proj-abc\n", "SW502") == []


def test_the_model_for_the_key_is_the_one_named_for_its_provider() -> None:
    text = ("GOOGLE_API_KEY=\nENSIA_GEMINI_MODEL=models/gemini-2.0-flash-001\n"
            "GROQ_API_KEY=gsk_" + "a1" * 26 + "\nENSIA_GROQ_MODEL={}\n")
    # The Gemini model is not judged against Groq; the Groq one is.
    assert _codes(text.format("openai/gpt-oss-20b"), "SW301", "SW302") == []
    assert _codes(text.format("llama-3.3-70b-versatile"), "SW301") == [
        ("ENSIA_GROQ_MODEL", "error")]
    # Another service's model alone beside a Groq key is that service's.
    assert _codes("GROQ_API_KEY=gsk_" + "a1" * 26 + "\nOLLAMA_MODEL=llama3.2:3b\n",
                  "SW302") == []


def test_a_model_beside_its_own_url_on_an_unknown_server_is_that_servers() -> None:
    siliconflow = ("DEEPSEEK_URL=https://api.siliconflow.cn/v1\n"
                   "DEEPSEEK_MODEL=deepseek-ai/DeepSeek-R1\n")
    assert _codes(siliconflow, "SW302") == []
    # On DeepSeek's own API the same name is judged against DeepSeek's catalog.
    assert _codes(siliconflow.replace("https://api.siliconflow.cn/v1",
                                      "https://api.deepseek.com"), "SW302") == [
        ("DEEPSEEK_MODEL", "warning")]
    local = ('GROQ_API_KEY=""\nWILLIAMOS_AI_BASE_URL="http://127.0.0.1:11434/v1"\n'
             'WILLIAMOS_AI_MODEL="llama3.2:3b"\n')
    assert _codes(local, "SW302") == []
    # An app's prefix on all its settings does not make its gateway's URL the model's own:
    # the model still goes to the provider its settings name.
    coder = ("CODER_INFERENCE_GATEWAY_URL=http://inference-gateway:8080\n"
             "CODER_AGENT_PROVIDER=groq\nCODER_AGENT_MODEL=deepseek-r1-distill-llama-70b\n")
    assert ("CODER_AGENT_MODEL", "error") in _codes(coder, "SW301")


def test_an_azure_resources_root_is_no_base_for_the_openai_sdk() -> None:
    text = "OPENAI_API_KEY=abc123\nOPENAI_BASE_URL=https://my-res.openai.azure.com{}\n"
    assert _codes(text.format(""), "SW222") == [("OPENAI_BASE_URL", "error")]
    fix = next(f for f in lint_text(text.format(""), environ={}) if f.code == "SW222").fix
    assert fix == "set OPENAI_BASE_URL=https://my-res.openai.azure.com/openai/v1"
    # Its v1 API is right; an app's own name may hand the root to an Azure client.
    assert _codes(text.format("/openai/v1"), "SW222") == []
    assert _codes("AZURE_OPENAI_ENDPOINT=https://my-res.openai.azure.com\n", "SW222") == []


# A typical multi-provider template adds blocks for other clients; found by appending such
# blocks to every tune file (a robustness measure): the file's own mistake must still be
# named, and a right file must stay clean.
OLLAMA_BLOCK = "OLLAMA_BASE_URL=http://localhost:11434\nOLLAMA_MODEL=llama3.1:8b\n"
EMBED_BLOCK = ("EMBEDDING_MODEL=text-embedding-3-small\n"
               "EMBEDDING_BASE_URL=https://api.openai.com/v1\n")


def test_another_services_block_does_not_hide_the_files_own_mistake() -> None:
    groq = ("GROQ_API_KEY=gsk_" + "a1" * 26 + "\nGROQ_MODEL=mixtral-8x7b-32768\n")
    claude = "ANTHROPIC_API_KEY=sk-ant-api03-" + "a1" * 40 + "\nCLAUDE_MODEL=claude-2.1\n"
    for text, name in ((groq, "GROQ_MODEL"), (claude, "CLAUDE_MODEL")):
        assert _codes(text, "SW301") == [(name, "error")]
        for block in (OLLAMA_BLOCK, EMBED_BLOCK):
            assert _codes(text + block, "SW301") == [(name, "error")], block


def test_another_services_address_is_not_the_files_base_url() -> None:
    from setup_wizard.config.roles import resolve
    values = {"GROQ_API_KEY": "gsk_x", "GROQ_MODEL": "openai/gpt-oss-20b",
              "OLLAMA_BASE_URL": "http://localhost:11434", "OLLAMA_MODEL": "llama3.1:8b",
              "EMBEDDING_BASE_URL": "https://api.openai.com/v1"}
    assert resolve(values).get("base_url") is None
    # A gateway URL of the app's own stays the base URL, and the Ollama model is not its model.
    values["GOOGLE_PROXY_URL"] = ("https://gateway.ai.cloudflare.com/v1/"
                                  "5f1c2a9e8b7d4c3a2f1e0d9c8b7a6f5e/gw/google-ai-studio")
    r = resolve({k: v for k, v in values.items() if not k.startswith("GROQ")})
    assert r.name("base_url") == "GOOGLE_PROXY_URL"
    assert r.get("model") is None


def test_a_local_proxy_without_a_model_of_its_own_may_serve_the_files_models() -> None:
    # LITELLM_BASE_URL on localhost may map claude-2.1 to anything: not judged.
    text = "LITELLM_BASE_URL=http://localhost:4000\nANTHROPIC_MODEL=claude-2.1\n"
    assert _codes(text, "SW301") == []
    # Ollama's address beside Ollama's own model serves that model, not ANTHROPIC_MODEL.
    assert _codes(text.replace("LITELLM_BASE_URL", "OLLAMA_BASE_URL")
                  + "OLLAMA_MODEL=llama3.1:8b\n", "SW301") == [("ANTHROPIC_MODEL", "error")]


def test_the_openai_path_after_a_gateways_name_is_no_route() -> None:
    # .../omni/chat/completions: the Universal endpoint with the SDK's path glued on (SW213,
    # SW221). "chat" is no provider route, so the Groq key the file sets is still its key.
    # (Found by the fix-following property test: SW501 said the key that is set was missing.)
    gsk = "gsk_" + "a1" * 26
    text = ("AI_GATEWAY_MODE=gateway-request-key\nUSE_AI_GATEWAY=true\nOPENAI_BASE_URL="
            "https://gateway.ai.cloudflare.com/v1/d4ba2e3c15c942c374380afd7fb7f441/omni/chat/"
            f"completions\nAUTOGEN_MODEL=openai/gpt-oss-20b\nGROQ_API_KEY={gsk}\n")
    assert _codes(text, "SW501") == []
    assert ("OPENAI_BASE_URL", "error") in _codes(text, "SW213")
