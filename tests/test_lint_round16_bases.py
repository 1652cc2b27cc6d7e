"""What lint learnt in round 16 (issue 12): the OpenAI-compatible base URL of the vendors it sends
nothing to (providers.OPENAI_BASES, each from the vendor's own docs). A base URL on such a host
whose path the vendor does not serve is SW222 with the documented base as the fix, as for the
providers lint knows; the right base, an app's own client of the vendor's native API, an
Anthropic client and a local server stay silent. Every file here is written for the test; none
comes from the corpus."""

from __future__ import annotations

import pytest

from setup_wizard.lint.engine import lint_text

MODEL = "LLM_MODEL=some-vendor/some-model\n"
KEY = "OPENAI_API_KEY=sk-" + "T3stK3yF0rV3nd0r" * 2 + "\n"


def _lint(text: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(f.code, f.key, f.severity, f.fix) for f in lint_text(text, environ={})]


def _url_findings(text: str) -> list[tuple[str, str | None, str, str | None]]:
    return [f for f in _lint(text) if f[0] in ("SW212", "SW213", "SW222", "SW231", "SW233")]


# -- a wrong path on a vendor's host, under the OpenAI SDK's name ------------------------------
WRONG = [  # (value as posted, the vendor's documented base)
    ("https://api.together.xyz", "https://api.together.xyz/v1"),
    ("https://api.together.ai/api/v1", "https://api.together.ai/v1"),
    ("https://api.fireworks.ai/v1", "https://api.fireworks.ai/inference/v1"),
    ("https://dashscope.aliyuncs.com/v1", "https://dashscope.aliyuncs.com/compatible-mode/v1"),
    ("https://dashscope-intl.aliyuncs.com/compatible-mode",
     "https://dashscope-intl.aliyuncs.com/compatible-mode/v1"),
    ("https://api.deepinfra.com/v1", "https://api.deepinfra.com/v1/openai"),
    ("https://api.siliconflow.cn", "https://api.siliconflow.cn/v1"),
    ("https://api.moonshot.ai", "https://api.moonshot.ai/v1"),
    ("https://integrate.api.nvidia.com", "https://integrate.api.nvidia.com/v1"),
    ("https://api.sambanova.ai", "https://api.sambanova.ai/v1"),
    ("https://open.bigmodel.cn/api/paas/v3", "https://open.bigmodel.cn/api/paas/v4"),
    ("https://api.z.ai/v4", "https://api.z.ai/api/paas/v4"),
    ("https://api.novita.ai/v1", "https://api.novita.ai/v3/openai"),
    ("https://api.cohere.ai/v1/compatibility", "https://api.cohere.ai/compatibility/v1"),
    ("https://api.perplexity.ai/openai/v1", "https://api.perplexity.ai"),
    ("https://api.tokenfactory.nebius.com", "https://api.tokenfactory.nebius.com/v1"),
    ("https://qianfan.baidubce.com/v1", "https://qianfan.baidubce.com/v2"),
    ("https://ark.cn-beijing.volces.com/v3", "https://ark.cn-beijing.volces.com/api/v3"),
    ("https://api.minimax.io", "https://api.minimax.io/v1"),
    ("https://inference.baseten.co", "https://inference.baseten.co/v1"),
]


@pytest.mark.parametrize("value,base", WRONG)
def test_a_path_the_vendor_does_not_serve_is_sw222_with_its_base(value: str, base: str) -> None:
    text = f"OPENAI_BASE_URL={value}\n{KEY}{MODEL}"
    assert _url_findings(text) == [("SW222", "OPENAI_BASE_URL", "error",
                                    f"set OPENAI_BASE_URL={base}")]


@pytest.mark.parametrize("name", ["OPENAI_API_BASE", "LLM_BASE_URL", "MY_APP_LLM_BASE_URL",
                                  "CHAT_API_URL", "TOGETHER_BASE_URL"])
def test_the_same_under_any_base_url_name_lint_reads(name: str) -> None:
    text = f"{name}=https://api.fireworks.ai/v1\n{MODEL}"
    assert ("SW222", name, "error", f"set {name}=https://api.fireworks.ai/inference/v1") in \
        _lint(text)


def test_a_realistic_file_names_the_wrong_line_only() -> None:
    text = ("# Qwen through Model Studio\n"
            "OPENAI_BASE_URL=https://dashscope.aliyuncs.com/v1\n"
            "OPENAI_API_KEY=sk-" + "a1b2c3d4e5" * 3 + "\n"
            "OPENAI_MODEL=qwen-plus\n"
            "EMBEDDING_BASE_URL=https://dashscope.aliyuncs.com/compatible-mode/v1\n")
    found = _url_findings(text)
    assert [(c, k) for c, k, _s, _f in found] == [("SW222", "OPENAI_BASE_URL")]


def test_the_native_api_under_an_openai_client_is_said_as_such() -> None:
    # DashScope's own SDK base, Cohere's bare host: right for the vendor's client only.
    for value, base in [("https://dashscope.aliyuncs.com/api/v1",
                         "https://dashscope.aliyuncs.com/compatible-mode/v1"),
                        ("https://api.cohere.ai", "https://api.cohere.ai/compatibility/v1"),
                        ("https://api.deepinfra.com/v1/inference",
                         "https://api.deepinfra.com/v1/openai")]:
        found = _url_findings(f"OPENAI_BASE_URL={value}\n{MODEL}")
        assert [(c, s, f) for c, _k, s, f in found] == [
            ("SW222", "error", f"set OPENAI_BASE_URL={base}")]
        assert "native" in next(f.message for f in lint_text(f"OPENAI_BASE_URL={value}\n",
                                                              environ={}) if f.code == "SW222")


def test_a_bare_vendor_host_under_an_apps_own_name_is_a_warning() -> None:
    # The app may append the version path itself (as for the providers lint knows: SW231).
    found = _url_findings("TOGETHER_BASE_URL=https://api.together.xyz\n")
    assert found == [("SW231", "TOGETHER_BASE_URL", "warning",
                      "set TOGETHER_BASE_URL=https://api.together.xyz/v1 unless your app "
                      "appends the version path itself")]


def test_a_whole_endpoint_on_a_wrong_base_keeps_its_endpoint_in_the_fix() -> None:
    found = _url_findings("EMBEDDINGS_API_URL=https://api.deepinfra.com/v1/embeddings\n")
    assert found == [("SW222", "EMBEDDINGS_API_URL", "error",
                      "set EMBEDDINGS_API_URL=https://api.deepinfra.com/v1/openai/embeddings")]


def test_a_mistyped_vendor_host_is_said_and_judged_as_the_host_meant() -> None:
    found = _url_findings("OPENAI_BASE_URL=https://api.togther.xyz/v1\n")
    assert found == [("SW212", "OPENAI_BASE_URL", "error",
                      "set OPENAI_BASE_URL=https://api.together.xyz/v1")]
    found = _url_findings("CHAT_API_URL=https://api.fireworsk.ai/v1\n")
    assert [c for c, *_ in found] == ["SW212", "SW222"]
    assert found[0][3] == "set CHAT_API_URL=https://api.fireworks.ai/inference/v1"


def test_chat_completions_keeps_its_own_rule() -> None:
    found = _url_findings("OPENAI_BASE_URL=https://api.fireworks.ai/inference/v1/chat/completions\n")
    assert found == [("SW213", "OPENAI_BASE_URL", "error",
                      "set OPENAI_BASE_URL=https://api.fireworks.ai/inference/v1")]


# -- silent: the right base, and what lint does not judge ---------------------------------------
RIGHT = ["https://api.together.xyz/v1", "https://api.together.ai/v1",
         "https://api.fireworks.ai/inference/v1", "https://api.deepinfra.com/v1/openai",
         "https://dashscope.aliyuncs.com/compatible-mode/v1",
         "https://dashscope-intl.aliyuncs.com/compatible-mode/v1",
         "https://dashscope-us.aliyuncs.com/compatible-mode/v1",
         "https://cn-hongkong.dashscope.aliyuncs.com/compatible-mode/v1",
         "https://api.siliconflow.cn/v1", "https://api.siliconflow.com/v1",
         "https://api.moonshot.ai/v1", "https://api.moonshot.cn/v1",
         "https://integrate.api.nvidia.com/v1", "https://api.sambanova.ai/v1",
         "https://open.bigmodel.cn/api/paas/v4", "https://api.z.ai/api/coding/paas/v4",
         "https://api.novita.ai/v3/openai", "https://api.novita.ai/openai/v1",
         "https://api.cohere.ai/compatibility/v1", "https://api.perplexity.ai",
         "https://api.perplexity.ai/v1", "https://api.tokenfactory.nebius.com/v1",
         "https://qianfan.baidubce.com/v2", "https://ark.cn-beijing.volces.com/api/v3",
         "https://ark.cn-beijing.volces.com/api/coding/v3", "https://api.minimax.io/v1",
         "https://api.minimaxi.com/v1", "https://inference.baseten.co/v1"]


@pytest.mark.parametrize("value", RIGHT)
def test_the_vendors_documented_base_is_right(value: str) -> None:
    assert _url_findings(f"OPENAI_BASE_URL={value}\n{KEY}{MODEL}") == []
    assert _url_findings(f"LLM_BASE_URL={value}\n{MODEL}") == []


@pytest.mark.parametrize("value", ["https://api.together.xyz/v1/", "https://api.moonshot.cn/v1/",
                                   "https://api.fireworks.ai/inference/v1/"])
def test_a_trailing_slash_on_the_right_base_is_handled_as_before(value: str) -> None:
    # (an unknown host's trailing slash was never said; the SDK joins it as the same path)
    assert _url_findings(f"OPENAI_BASE_URL={value}\n") == []


@pytest.mark.parametrize("line", [
    "COHERE_API_URL=https://api.cohere.ai",  # Cohere's own SDK: the bare host
    "DASHSCOPE_HTTP_BASE_URL=https://dashscope-intl.aliyuncs.com/api/v1",  # DashScope's SDK
    "DEEPINFRA_API_URL=https://api.deepinfra.com/v1/inference",  # its native inference API
    "ANTHROPIC_BASE_URL=https://api.minimax.io/anthropic",  # an Anthropic client
    "CLAUDE_API_BASE=https://dashscope.aliyuncs.com/apps/anthropic",
    "GROQ_BASE_URL=https://api.together.xyz/v1",  # the Groq SDK appends its own path
    "FIREWORKS_ACCOUNT_URL=https://api.fireworks.ai/v1/accounts/my-team",  # not a base name
])
def test_a_name_lint_does_not_judge_as_an_openai_base_stays_silent(line: str) -> None:
    assert [c for c, *_ in _url_findings(line + "\n")] == []


# (Ollama's bare address, http://localhost:11434, is judged since session 17: the OpenAI SDK
# posts to /chat/completions at its root, which Ollama does not serve; see
# test_lint_round17_models_urls.py)
@pytest.mark.parametrize("value", ["http://localhost:8080/custom/prefix",
                                   "http://localhost:11434/v1",
                                   "http://127.0.0.1:1234/api/v0", "http://vllm:8000/serve/v1"])
def test_a_local_or_own_server_on_a_custom_path_is_not_judged(value: str) -> None:
    assert _url_findings(f"OPENAI_BASE_URL={value}\n") == []


@pytest.mark.parametrize("value", ["https://together.helicone.ai/v1",
                                   "https://api.fireworks.ai.proxy.example.com/v1",
                                   "https://my-gateway.example.com/openai/compatible-mode/v1",
                                   "https://api.y.ai/v1"])
def test_another_servers_host_is_not_a_vendors(value: str) -> None:
    # A proxy in front of a vendor, a host that only starts with a vendor's, and another
    # service's real host one letter from a vendor's (api.y.ai, api.z.ai) are not judged.
    assert [c for c, *_ in _url_findings(f"CHAT_API_URL={value}\n")] == []


def test_the_models_list_under_its_own_name_is_right() -> None:
    assert _url_findings("TOGETHER_MODELS_URL=https://api.together.xyz/v1/models\n") == []
