"""Lint, round 17: right configurations from vendors' documentation pages (issue #12), as a
probe of them found lint reading them wrong. Each family has a test that fires on the pages'
own blocks (verbatim, as the probe saved them) and one that stays silent on a look-alike."""

from __future__ import annotations

from setup_wizard.lint.engine import lint_text
from setup_wizard.lint.findings import Finding


def _lint(text: str) -> list[Finding]:
    return lint_text(text, environ={})


def _codes(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in _lint(text):
        out.setdefault(f.code, set()).add(f.key or "")
    return out


# -- B: Claude Code's platform switches, and Claude's IDs as the platforms write them ----------

# The probe's block: Claude Code's Google Cloud page's switch, with an Opus Anthropic retired.
VERTEX_RETIRED = """export CLAUDE_CODE_USE_VERTEX=1
export CLOUD_ML_REGION=global
export ANTHROPIC_VERTEX_PROJECT_ID=my-project
export ANTHROPIC_DEFAULT_OPUS_MODEL='claude-opus-4-1@20250805'
export ANTHROPIC_MODEL='claude-opus-4-1'
"""


def test_a_model_anthropic_retired_sent_to_google_cloud_is_that_hosts_schedule() -> None:
    # Anthropic's dates hold on the Claude API, Claude Platform on AWS and Foundry; Bedrock and
    # Google Cloud keep their own (the deprecations page): a warning naming the host, as under
    # CLAUDE_CODE_USE_BEDROCK, not the error that the model is refused.
    found = {f.code: f for f in _lint(VERTEX_RETIRED)}
    assert "SW301" not in found
    assert found["SW317"].key == "ANTHROPIC_MODEL"
    assert "Google Cloud (Vertex AI)" in found["SW317"].message
    # Mantle is Bedrock's endpoint: Bedrock's schedule, with or without AWS settings beside.
    mantle = {f.code: f for f in _lint("export CLAUDE_CODE_USE_MANTLE=1\n"
                                       "export ANTHROPIC_DEFAULT_OPUS_MODEL='claude-opus-4-1'\n")}
    assert "SW301" not in mantle and "Amazon Bedrock (Mantle)" in mantle["SW317"].message
    # The switch decides, an Anthropic key beside it or not (Claude Code then calls Google).
    key = "sk-ant-api03-" + "Qw7" * 30
    assert "SW317" in _codes(f"CLAUDE_CODE_USE_VERTEX=1\nANTHROPIC_API_KEY={key}\n"
                             "ANTHROPIC_MODEL=claude-opus-4-1\n")


def test_platforms_that_follow_anthropics_dates_keep_the_error() -> None:
    # Foundry's block from the probe (its own page, Italian, an older copy) and a bare name
    # with no switch stay SW301; so do Claude Platform on AWS (an AWS word in its switch, but
    # Anthropic's own dates) and a Vertex switch turned off or left empty (Claude Code reads an
    # empty value as unset).
    foundry = """export CLAUDE_CODE_USE_FOUNDRY=1
export ANTHROPIC_FOUNDRY_RESOURCE=myresource
export ANTHROPIC_DEFAULT_OPUS_MODEL='claude-opus-4-1'
"""
    for text in (foundry,
                 "export ANTHROPIC_DEFAULT_OPUS_MODEL='claude-opus-4-1'\n",
                 "CLAUDE_CODE_USE_ANTHROPIC_AWS=1\nANTHROPIC_MODEL=claude-opus-4-1\n",
                 "CLAUDE_CODE_USE_VERTEX=0\nANTHROPIC_MODEL=claude-opus-4-1\n",
                 'CLAUDE_CODE_USE_VERTEX=""\nANTHROPIC_MODEL=claude-opus-4-1\n'):
        codes = _codes(text)
        assert "SW301" in codes and "SW317" not in codes, text


# Claude Code's pages pin models in the platform's own IDs (its Bedrock page in Korean, its
# Google Cloud page in English), in blocks that follow the one that sets the switch.
BEDROCK_PIN = """export ANTHROPIC_DEFAULT_OPUS_MODEL='us.anthropic.claude-opus-4-8'
export ANTHROPIC_DEFAULT_SONNET_MODEL='us.anthropic.claude-sonnet-4-6'
export ANTHROPIC_DEFAULT_HAIKU_MODEL='us.anthropic.claude-haiku-4-5-20251001-v1:0'
"""
VERTEX_PIN = """export ANTHROPIC_DEFAULT_OPUS_MODEL='claude-opus-4-6'
export ANTHROPIC_DEFAULT_SONNET_MODEL='claude-sonnet-4-6'
export ANTHROPIC_DEFAULT_HAIKU_MODEL='claude-haiku-4-5@20251001'
"""


def test_a_platforms_model_ids_beside_its_switch_are_not_judged() -> None:
    for switch, pins in (("export CLAUDE_CODE_USE_BEDROCK=1\nexport AWS_REGION=us-east-1\n",
                          BEDROCK_PIN),
                         ("export CLAUDE_CODE_USE_MANTLE=1\n",
                          "export ANTHROPIC_MODEL=anthropic.claude-haiku-4-5\n"),
                         ("export CLAUDE_CODE_USE_VERTEX=1\nexport CLOUD_ML_REGION=global\n"
                          "export ANTHROPIC_VERTEX_PROJECT_ID=my-project\n", VERTEX_PIN)):
        assert _codes(switch + pins).keys().isdisjoint({"SW302", "SW315"}), pins


def test_a_platforms_model_id_with_no_switch_is_read_as_that_platforms() -> None:
    # Without the switch Claude Code sends the ID to Anthropic's API, which knows neither form:
    # SW315 says whose form it is and Anthropic's name for it (it was SW302, "not a model this
    # tool knows", for the inference profiles with no -v1:0 and for Google's @date).
    found = {f.key: f for f in _lint(BEDROCK_PIN)}
    assert {f.code for f in found.values()} == {"SW315"}
    assert found["ANTHROPIC_DEFAULT_OPUS_MODEL"].fix == \
        "set ANTHROPIC_DEFAULT_OPUS_MODEL=claude-opus-4-8"
    assert found["ANTHROPIC_DEFAULT_SONNET_MODEL"].fix == \
        "set ANTHROPIC_DEFAULT_SONNET_MODEL=claude-sonnet-4-6"
    assert found["ANTHROPIC_DEFAULT_HAIKU_MODEL"].fix == \
        "set ANTHROPIC_DEFAULT_HAIKU_MODEL=claude-haiku-4-5-20251001"
    assert "Amazon Bedrock" in found["ANTHROPIC_DEFAULT_OPUS_MODEL"].message
    vertex = _lint(VERTEX_PIN)
    assert [(f.code, f.key) for f in vertex] == [("SW315", "ANTHROPIC_DEFAULT_HAIKU_MODEL")]
    assert "Google Cloud (Vertex AI)" in vertex[0].message
    assert vertex[0].fix == "set ANTHROPIC_DEFAULT_HAIKU_MODEL=claude-haiku-4-5-20251001"


def test_look_alikes_of_a_platforms_model_id_are_not_read_as_one() -> None:
    # Anthropic's own names, an e-mail-like value under another client's name, and the same
    # Google form sent to a relay (whose names are its own) are not SW315.
    for text in ("ANTHROPIC_MODEL=claude-haiku-4-5-20251001\n",
                 "ANTHROPIC_MODEL=claude-opus-4-8\n",
                 "OPENAI_MODEL=claude-haiku-4-5@20251001\n",
                 "ANTHROPIC_BASE_URL=https://relay.example.com\n"
                 "ANTHROPIC_MODEL=claude-haiku-4-5@20251001\n",
                 "ANTHROPIC_MODEL=anthropicclaude-opus-4-8\n"):
        assert "SW315" not in _codes(text), text


# -- B: Claude Code's [1m] on another vendor's Anthropic API -------------------------------------

# DeepSeek's Claude Code page (api-docs.deepseek.com/quick_start/agent_integrations/claude_code),
# as a .env (the probe's converter drops `export`); the placeholder token is not judged here.
DEEPSEEK_CLAUDE_CODE = """ANTHROPIC_BASE_URL=https://api.deepseek.com/anthropic
ANTHROPIC_AUTH_TOKEN=<your DeepSeek API Key>
ANTHROPIC_MODEL=deepseek-flash[1m]
ANTHROPIC_DEFAULT_OPUS_MODEL=deepseek-flash[1m]
ANTHROPIC_DEFAULT_SONNET_MODEL=deepseek-flash[1m]
ANTHROPIC_DEFAULT_HAIKU_MODEL=deepseek-flash
CLAUDE_CODE_SUBAGENT_MODEL=deepseek-flash
CLAUDE_CODE_EFFORT_LEVEL=max
CLAUDE_CODE_AUTO_COMPACT_WINDOW=786432
"""


def test_claude_codes_1m_suffix_is_no_part_of_the_id_on_any_host() -> None:
    # Claude Code "strips the suffix before sending the model ID to your provider" (its
    # model-config page): deepseek-flash[1m] is DeepSeek's deepseek-flash (it was 3x SW302).
    assert "SW302" not in _codes(DEEPSEEK_CLAUDE_CODE)
    # The ID is still judged without it, and the fix keeps it: DeepSeek retired deepseek-chat.
    found = [f for f in _lint("ANTHROPIC_BASE_URL=https://api.deepseek.com/anthropic\n"
                              "ANTHROPIC_MODEL=deepseek-chat[1m]\n") if f.code == "SW301"]
    assert len(found) == 1 and found[0].fix is not None
    assert found[0].fix.startswith("set ANTHROPIC_MODEL=deepseek-") and "[1m]" in found[0].fix
    assert "SW302" in _codes("ANTHROPIC_BASE_URL=https://api.deepseek.com/anthropic\n"
                             "ANTHROPIC_MODEL=deepseek-flahs[1m]\n")


def test_a_1m_suffix_under_a_name_claude_code_does_not_read_stays_in_the_id() -> None:
    # An OpenAI client sends OPENAI_MODEL as written: deepseek-flash[1m] is no DeepSeek model.
    codes = _codes("OPENAI_BASE_URL=https://api.deepseek.com\n"
                   "OPENAI_API_KEY=sk-0123456789abcdef0123456789abcdef\n"
                   "OPENAI_MODEL=deepseek-flash[1m]\n")
    assert "SW302" in codes


# -- C: Cloudflare AI Gateway's custom providers ------------------------------------------------

_GATEWAY = "https://gateway.ai.cloudflare.com/v1/0123456789abcdef0123456789abcdef/my-gateway"
_TOKEN = "CF_AIG_TOKEN=Abc123Def456Ghi789Jkl012Mno345Pqr678Stu9\n"


def test_a_custom_providers_slug_is_a_gateway_provider() -> None:
    # Cloudflare's custom-providers page: .../{gateway}/custom-{slug}/{path} and, on /compat,
    # the model custom-{slug}/{model}. The probe's filled copies of its two curl forms: SW217
    # (and SW503, the key judged as OpenAI's) and SW304 before. Neither the custom provider's
    # key nor its model names are judged.
    for text in (f"OPENAI_BASE_URL={_GATEWAY}/custom-some-provider/v1\n"
                 f"OPENAI_API_KEY=abcdef0123456789abcdef0123456789\n{_TOKEN}"
                 "OPENAI_MODEL=model-name\n",
                 f"OPENAI_BASE_URL={_GATEWAY}/compat\n"
                 f"OPENAI_API_KEY=abcdef0123456789abcdef0123456789\n{_TOKEN}"
                 "OPENAI_MODEL=custom-some-provider/model-name\n",
                 f"OPENAI_BASE_URL={_GATEWAY}/custom-internal-gpt2\n{_TOKEN}"
                 "OPENAI_MODEL=gpt-3.5-turbo-0301\n"):
        assert _codes(text) == {}, text
    # The gateway's path on a wrong host is still read as the gateway's (SW225).
    assert "SW225" in _codes("OPENAI_BASE_URL=https://gateway.cloudflare.com/v1/"
                             "0123456789abcdef0123456789abcdef/my-gateway/custom-x/v1\n" + _TOKEN)


def test_a_custom_prefix_without_its_slug_or_a_slug_without_custom_is_still_unknown() -> None:
    assert "SW217" in _codes(f"OPENAI_BASE_URL={_GATEWAY}/custom/v1\n{_TOKEN}")
    assert "SW217" in _codes(f"OPENAI_BASE_URL={_GATEWAY}/some-provider/v1\n{_TOKEN}")
    for model in ("custom/model-name", "some-provider/model-name", "Custom-X/model-name"):
        assert "SW304" in _codes(f"OPENAI_BASE_URL={_GATEWAY}/compat\n{_TOKEN}"
                                 f"OPENAI_MODEL={model}\n"), model


# -- The gateway token sent in Claude Code's ANTHROPIC_CUSTOM_HEADERS ---------------------------

# Cloudflare's Claude Code page (cloudflare-docs, coding-agents/claude-code.mdx), as the probe
# saved it (bash export form).
CF_CLAUDE_CODE = """export ANTHROPIC_BASE_URL="https://gateway.ai.cloudflare.com/v1/<ACCOUNT_ID>/<GATEWAY_ID>/anthropic"
export ANTHROPIC_API_KEY="<ANTHROPIC_API_KEY>"
export ANTHROPIC_CUSTOM_HEADERS="cf-aig-authorization: Bearer <CF_AIG_TOKEN>"
"""
_KEY = "sk-ant-api03-" + "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789" * 2 + "AbCdEfGhIjKlMnOpQrS-AbCdEfAA"


def test_a_gateway_token_in_claude_codes_header_variable_is_judged_as_the_token() -> None:
    # The page's placeholder is SW402 on the variable that holds it (it was SW401 "CF_AIG_TOKEN
    # is missing", a variable the file never had); a real token there is the file's token.
    found = {f.code: f for f in _lint(CF_CLAUDE_CODE)}
    assert "SW401" not in found
    assert found["SW402"].key == "ANTHROPIC_CUSTOM_HEADERS" and found["SW402"].line == 3
    assert "cf-aig-authorization" in (found["SW402"].fix or "")
    filled = (f"ANTHROPIC_BASE_URL={_GATEWAY}/anthropic\nANTHROPIC_API_KEY={_KEY}\n")
    # (another header first, the name in capitals: HTTP header names have no case)
    for headers in ("cf-aig-authorization: Bearer <CF_AIG_TOKEN>",
                    "X-Team: infra\nCF-AIG-Authorization: Bearer your-token"):
        assert "SW402" in _codes(f'{filled}ANTHROPIC_CUSTOM_HEADERS="{headers}"\n'), headers
    good = f'{filled}ANTHROPIC_CUSTOM_HEADERS="cf-aig-authorization: Bearer {_TOKEN[13:-1]}"\n'
    assert not {"SW401", "SW402", "SW404"} & _codes(good).keys()
    # Sent to Anthropic's own API instead, it is unused (SW404), said of that variable.
    direct = _lint("ANTHROPIC_BASE_URL=https://api.anthropic.com\n"
                   f'ANTHROPIC_CUSTOM_HEADERS="cf-aig-authorization: Bearer {_TOKEN[13:-1]}"\n')
    assert [(f.code, f.key) for f in direct] == [("SW404", "ANTHROPIC_CUSTOM_HEADERS")]


def test_other_headers_in_the_header_variable_are_no_gateway_token() -> None:
    # x-api-key and Authorization are the provider's, not the gateway's: the file still has no
    # gateway token (SW401 where the key is missing too, as before).
    for header in ("x-api-key: <CF_AIG_TOKEN>", "Authorization: Bearer <CF_AIG_TOKEN>"):
        codes = _codes(f"ANTHROPIC_BASE_URL={_GATEWAY}/anthropic\n"
                       f"ANTHROPIC_API_KEY=<ANTHROPIC_API_KEY>\n"
                       f'ANTHROPIC_CUSTOM_HEADERS="{header}"\n')
        assert "SW402" not in codes and "SW401" in codes, header


# -- SW404 says "direct mode" only where a base URL says it --------------------------------------


def test_a_token_alone_is_not_said_to_be_in_direct_mode() -> None:
    # Cloudflare's opencode page exports only the token (the URL is in opencode.json).
    found = _lint('export CF_AIG_TOKEN="<CF_AIG_TOKEN>"\n')
    assert [f.code for f in found] == ["SW404"]
    assert "direct mode" not in found[0].message and "no base URL" in found[0].message
    # A base URL straight to a provider is direct mode, named.
    direct = [f for f in _lint("OPENAI_BASE_URL=https://api.groq.com/openai/v1\n"
                               "OPENAI_API_KEY=gsk_" + "abcdefghij" * 5 + "12\n" + _TOKEN)
              if f.code == "SW404"]
    assert len(direct) == 1 and "OPENAI_BASE_URL" in direct[0].message
    assert "direct mode" in direct[0].message


def test_a_token_beside_a_gateway_url_no_role_reads_is_not_unused() -> None:
    text = ("OPENROUTER_API_URL=https://openrouter.ai/api/v1\n"
            f"CLOUDFLARE_GATEWAY_URL={_GATEWAY}/openrouter\n"
            "CLOUDFLARE_API_TOKEN=cfut_" + "Ab1" * 14 + "\n")
    assert "SW404" not in _codes(text)


# -- ANTHROPIC_API_KEY="" that Claude Code needs empty --------------------------------------------

# OpenRouter's Claude Code guide, as a blog post quotes it (the probe's copy).
OPENROUTER_CLAUDE_CODE = """export OPENROUTER_API_KEY="<your-openrouter-key>"
export ANTHROPIC_BASE_URL="https://openrouter.ai/api"
export ANTHROPIC_AUTH_TOKEN="$OPENROUTER_API_KEY"
export ANTHROPIC_API_KEY=""
"""


def test_an_empty_anthropic_key_beside_claude_codes_token_on_a_relay_is_on_purpose() -> None:
    # "ANTHROPIC_API_KEY must be explicitly empty" (OpenRouter's guide): no SW508 (the
    # placeholder key is still SW502).
    codes = _codes(OPENROUTER_CLAUDE_CODE)
    assert "SW508" not in codes and codes.get("SW502") == {"OPENROUTER_API_KEY"}
    filled = OPENROUTER_CLAUDE_CODE.replace("<your-openrouter-key>", "sk-or-v1-" + "0a" * 32)
    assert "SW508" not in _codes(filled)


def test_an_empty_anthropic_key_without_the_token_or_on_anthropics_host_is_still_said() -> None:
    for text in ('ANTHROPIC_BASE_URL=https://openrouter.ai/api\nANTHROPIC_API_KEY=""\n',
                 'ANTHROPIC_BASE_URL=https://api.anthropic.com\nANTHROPIC_AUTH_TOKEN=abc\n'
                 'ANTHROPIC_API_KEY=""\n',
                 # Semantic Kernel's README template: a list of empty keys.
                 'OPENAI_API_KEY=""\nOPENAI_ORG_ID=""\nAZURE_OPENAI_ENDPOINT=""\n'
                 'AZURE_OPENAI_API_KEY=""\n'):
        assert "SW508" in _codes(text), text
