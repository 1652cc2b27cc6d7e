"""Models of one vendor's API sent elsewhere (issue 12, round 18).

DeepSeek's API names (deepseek-chat and deepseek-reasoner, shut down 2026-07-24; the V4 names)
are DeepSeek's own, as claude-* is Anthropic's: sent to OpenAI's or Groq's API they are not
found (SW316). Its open weights' names (deepseek-ai/DeepSeek-V3, deepseek-r1 on Ollama) are
served by many and stay unjudged."""

from __future__ import annotations

from lint_support import GSK, OPENAI_KEY, codes, lint_findings


def test_deepseek_chat_sent_to_openai_is_said_as_deepseeks_shut_down_model() -> None:
    text = (f"OPENAI_API_KEY={OPENAI_KEY}\nOPENAI_BASE_URL=https://api.openai.com/v1\n"
            "OPENAI_MODEL=deepseek-chat\n")
    (f,) = [f for f in lint_findings(text) if f.code == "SW316"]
    assert f.key == "OPENAI_MODEL" and "DeepSeek has shut down" in f.message
    assert "OpenAI" in f.message


def test_a_current_deepseek_model_sent_to_groq_is_said() -> None:
    text = (f"GROQ_API_KEY={GSK}\nOPENAI_BASE_URL=https://api.groq.com/openai/v1\n"
            "MODEL=deepseek-v4-flash\n")
    assert ("SW316", "MODEL") in {(f.code, f.key) for f in lint_findings(text)}


def test_deepseeks_own_api_routers_and_open_weights_are_not_said() -> None:
    for text in (
        "OPENAI_BASE_URL=https://api.deepseek.com\nMODEL=deepseek-v4-flash\n",
        "OPENAI_BASE_URL=https://openrouter.ai/api/v1\nMODEL=deepseek/deepseek-chat\n",
        f"GROQ_API_KEY={GSK}\nOPENAI_BASE_URL=https://api.groq.com/openai/v1\n"
        "MODEL=deepseek-r1-distill-llama-70b\n",
        "OPENAI_BASE_URL=http://localhost:11434/v1\nMODEL=deepseek-r1:8b\n",
    ):
        assert codes(text, "SW316") == [], text


# -- SW320: another vendor's own model beside an OpenAI key and no base URL -----------------
def test_a_vendor_model_with_an_openai_key_and_no_base_url_is_a_warning() -> None:
    # mi-gpt's shape: the base URL line commented out, a DeepSeek model left behind.
    text = (f"OPENAI_API_KEY={OPENAI_KEY}\n# OPENAI_BASE_URL=https://api.deepseek.com\n"
            "OPENAI_MODEL=deepseek-v4-flash\n")
    (f,) = [f for f in lint_findings(text) if f.code == "SW320"]
    assert (f.key, f.severity) == ("OPENAI_MODEL", "warning")
    assert "api.openai.com" in f.message and "DEEPSEEK_API_KEY" in f.message
    assert f.fix == ("set OPENAI_BASE_URL=https://api.deepseek.com with a DeepSeek key in "
                     "OPENAI_API_KEY, or set DEEPSEEK_API_KEY")


def test_a_shut_down_vendor_model_gets_its_replacement_in_the_fix() -> None:
    # mi-gpt's own shape: following the fix must not lead straight to SW301.
    text = (f"OPENAI_API_KEY={OPENAI_KEY}\n# OPENAI_BASE_URL=https://api.deepseek.com\n"
            "OPENAI_MODEL=deepseek-chat\n")
    (f,) = [f for f in lint_findings(text) if f.code == "SW320"]
    assert "DeepSeek has shut down" in f.message
    assert f.fix.endswith("or set DEEPSEEK_API_KEY and OPENAI_MODEL=deepseek-v4-flash")


def test_sw320_is_not_said_where_the_file_says_where_the_model_goes() -> None:
    for text in (
        f"OPENAI_API_KEY={OPENAI_KEY}\nOPENAI_MODEL=gpt-4o-mini\n",        # OpenAI's own
        f"OPENAI_API_KEY={OPENAI_KEY}\nANTHROPIC_API_KEY=sk-ant-api03-{'k' * 40}\n"
        "MODEL=claude-sonnet-4-6\n",                                        # routed by name
        f"OPENAI_API_KEY={OPENAI_KEY}\nLLM_BASE_URL=https://relay.example.com/v1\n"
        "MODEL=claude-sonnet-4-6\n",                                        # an app's own URL
        f"OPENAI_API_KEY={OPENAI_KEY}\nANTHROPIC_MODEL=claude-sonnet-4-6\n",  # Claude's client
        "OPENAI_API_KEY=AIza" + "k" * 35 + "\nOPENAI_MODEL=gemini-2.5-flash\n",  # Google's key
        "MODEL=claude-sonnet-4-6\n",                                         # no client at all
        f"OPENAI_API_KEY={OPENAI_KEY}\nAWS_REGION=us-east-1\nMODEL=claude-sonnet-4-6\n",
        # LobeChat's proxy name and Azure's endpoint: a URL under an API's own name
        f"OPENAI_API_KEY={OPENAI_KEY}\nOPENAI_PROXY_URL=https://relay.example.com/v1\n"
        "OPENAI_MODEL=claude-sonnet-4-6\n",
        f"OPENAI_API_KEY={OPENAI_KEY}\nLLM_API_HOST=https://relay.example.com\n"
        "OPENAI_MODEL=grok-4\n",
        # known only at run time: the base URL, or the vendor's key
        f"OPENAI_API_KEY={OPENAI_KEY}\nLLM_BASE_URL=${{RELAY_URL}}\nOPENAI_MODEL=grok-4\n",
        f"OPENAI_API_KEY={OPENAI_KEY}\nXAI_API_KEY=${{XAI_KEY}}\nOPENAI_MODEL=grok-4\n",
        # Gemini on Vertex AI: Google Cloud's credentials, no Gemini key
        f"OPENAI_API_KEY={OPENAI_KEY}\nGOOGLE_CLOUD_PROJECT=p\nMODEL=gemini-2.5-flash\n",
    ):
        assert codes(text, "SW320") == [], text


# -- the Gemini API's models/ resource prefix (note 15's left item) -------------------------
def test_a_gemini_model_written_as_its_resource_name_is_judged_as_that_model() -> None:
    key = "AIza" + "k" * 35
    text = f"GEMINI_API_KEY={key}\nGEMINI_MODEL=models/gemini-1.5-flash\n"
    (f,) = [f for f in lint_findings(text) if f.code == "SW301"]
    assert "gemini-1.5-flash" in f.message
    assert f.fix is not None and f.fix.startswith("set GEMINI_MODEL=models/")  # (kept as written)
    assert codes(f"GEMINI_API_KEY={key}\nGEMINI_MODEL=models/gemini-2.5-flash\n", "SW301") == []


def test_models_before_another_name_is_no_route() -> None:
    for text in ("MODEL=models/my-finetune\n", "MODEL=models/llama3\n"):
        assert codes(text, "SW301", "SW302", "SW316") == [], text


# -- Moonshot's (Kimi's) own API: a catalog of what it shut down -----------------------------
def test_a_moonshot_model_shut_down_is_an_error_on_either_of_its_hosts() -> None:
    for host in ("api.moonshot.ai", "api.moonshot.cn"):
        text = f"OPENAI_BASE_URL=https://{host}/v1\nOPENAI_MODEL=moonshot-v1-8k\n"
        (f,) = [f for f in lint_findings(text) if f.code == "SW301"]
        assert "2026-08-31" in f.message and f.fix is not None and "kimi-k3" in f.fix, host
    # under a name of the app's own, beside its own URL (KIMI_BASE_URL / KIMI_MODEL)
    text = "KIMI_BASE_URL=https://api.moonshot.cn/v1\nKIMI_MODEL=kimi-k2-turbo-preview\n"
    assert codes(text, "SW301") == [("SW301", "KIMI_MODEL", "error")]


def test_moonshots_current_models_and_other_hosts_names_are_not_said() -> None:
    for text in (
        "OPENAI_BASE_URL=https://api.moonshot.ai/v1\nOPENAI_MODEL=kimi-k2.6\n",
        "OPENAI_BASE_URL=https://api.moonshot.cn/v1\nOPENAI_MODEL=kimi-k3\n",
        # DashScope serves kimi-k2.5 under that bare name on its own schedule
        "OPENAI_BASE_URL=https://dashscope.aliyuncs.com/compatible-mode/v1\n"
        "OPENAI_MODEL=kimi-k2.5\n",
        # Groq's and OpenRouter's names for Kimi are theirs
        "OPENAI_BASE_URL=https://openrouter.ai/api/v1\nOPENAI_MODEL=moonshotai/kimi-k2\n",
        # a proxy the user runs keeps its own names
        "LITELLM_BASE_URL=http://localhost:4000\nMODEL=moonshot-v1-8k\n",
    ):
        assert codes(text, "SW301", "SW302", "SW316", "SW317") == [], text


# -- DashScope's (Alibaba Model Studio's) notice of 2026-10-10 -------------------------------
def test_a_qwen_model_its_notice_took_offline_is_an_error_in_the_regions_it_names() -> None:
    for host in ("dashscope.aliyuncs.com", "dashscope-intl.aliyuncs.com"):
        text = f"OPENAI_BASE_URL=https://{host}/compatible-mode/v1\nOPENAI_MODEL=qwen-turbo\n"
        (f,) = [f for f in lint_findings(text) if f.code == "SW301"]
        assert "2026-10-10" in f.message and "qwen3.7-max" in (f.fix or ""), host
    text = "QWEN_BASE_URL=https://dashscope.aliyuncs.com/compatible-mode/v1\nQWEN_MODEL=qwq-plus\n"
    assert codes(text, "SW301") == [("SW301", "QWEN_MODEL", "error")]


def test_qwen_models_no_notice_names_and_other_regions_are_not_said() -> None:
    for text in (
        "OPENAI_BASE_URL=https://dashscope.aliyuncs.com/compatible-mode/v1\nOPENAI_MODEL=qwen-plus\n",
        "OPENAI_BASE_URL=https://dashscope-us.aliyuncs.com/compatible-mode/v1\n"
        "OPENAI_MODEL=qwen-turbo\n",                      # the notice speaks for two regions
        "OPENAI_BASE_URL=https://openrouter.ai/api/v1\nOPENAI_MODEL=qwen/qwen-turbo\n",
        "MODEL=qwen-turbo\n",                              # where it goes is not in the file
    ):
        assert codes(text, "SW301", "SW302", "SW317") == [], text


def test_with_no_base_url_a_shared_name_is_judged_only_under_its_vendors_name() -> None:
    # kimi-k2.5 is also DashScope's, qwen-turbo also its US region's: with no URL in the file,
    # nothing says which host the name goes to. Under the vendor's own name it is its client's.
    assert codes("MODEL=kimi-k2.5\n", "SW301") == []
    assert codes("MODEL=qwen-turbo\n", "SW301") == []
    assert codes("MOONSHOT_MODEL=moonshot-v1-32k\n", "SW301") == [
        ("SW301", "MOONSHOT_MODEL", "error")]
    # Anthropic's IDs are nobody else's: judged with no URL, as before
    assert codes("MODEL=claude-3-5-sonnet-20240620\n", "SW301") == [("SW301", "MODEL", "error")]


# -- second reading of the catalogs ----------------------------------------------------------
def test_claude_code_on_moonshots_or_dashscopes_anthropic_base_is_not_judged_as_anthropic() -> None:
    for base in ("https://api.moonshot.cn/anthropic",
                 "https://dashscope.aliyuncs.com/apps/anthropic"):
        text = (f"ANTHROPIC_BASE_URL={base}\nANTHROPIC_AUTH_TOKEN=sk-{'k' * 30}\n"
                "ANTHROPIC_MODEL=claude-3-7-sonnet-20250219\n")
        assert codes(text, "SW301", "SW317") == [], base


def test_a_model_beside_its_own_vendors_url_is_judged_there_not_at_another_base() -> None:
    relay = "OPENAI_BASE_URL=https://relay.example.com/v1\nOPENAI_MODEL=gpt-4o\n"
    for extra, name in (
        ("ANTHROPIC_BASE_URL=https://api.anthropic.com\nANTHROPIC_MODEL=claude-3-haiku-20240307\n",
         "ANTHROPIC_MODEL"),
        ("GEMINI_BASE_URL=https://generativelanguage.googleapis.com/v1beta/openai\n"
         "GEMINI_MODEL=gemini-1.5-flash\n", "GEMINI_MODEL"),
        ("MOONSHOT_BASE_URL=https://api.moonshot.cn/v1\nMOONSHOT_MODEL=moonshot-v1-8k\n",
         "MOONSHOT_MODEL"),
    ):
        assert codes(relay + extra, "SW301", "SW317") == [("SW301", name, "error")], extra


def test_moonshots_vision_previews_are_moonshots_not_groqs() -> None:
    for m in ("moonshot-v1-8k-vision-preview", "moonshot-v1-128k-vision-preview"):
        text = f"OPENAI_BASE_URL=https://api.moonshot.cn/v1\nOPENAI_MODEL={m}\n"
        assert codes(text, "SW301", "SW302") == [("SW301", "OPENAI_MODEL", "error")], m


def test_dashscope_hosts_other_vendors_models_under_their_bare_names() -> None:
    text = ("OPENAI_BASE_URL=https://dashscope.aliyuncs.com/compatible-mode/v1\n"
            "OPENAI_MODEL=deepseek-v4-pro\n")
    assert codes(text, "SW316", "SW301") == []


def test_rows_only_a_third_party_or_a_wrong_successor_would_carry_are_not_said() -> None:
    # kimi-latest: closed to new users, no shutdown date; DashScope's vision models: the
    # notice names no successor of theirs.
    assert codes("OPENAI_BASE_URL=https://api.moonshot.cn/v1\nOPENAI_MODEL=kimi-latest\n",
                 "SW301") == []
    assert codes("OPENAI_BASE_URL=https://dashscope.aliyuncs.com/compatible-mode/v1\n"
                 "OPENAI_MODEL=qwen-vl-max\n", "SW301") == []


def test_models_before_a_non_gemini_name_is_no_route_even_beside_google() -> None:
    google = ("OPENAI_BASE_URL=https://generativelanguage.googleapis.com/v1beta/openai\n"
              f"OPENAI_API_KEY=AIza{'k' * 35}\n")
    for m in ("models/my-finetune", "models/llama3"):
        assert codes(google + f"OPENAI_MODEL={m}\n", "SW301", "SW316") == [], m
